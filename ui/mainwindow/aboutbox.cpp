#include "ui/mainwindow/aboutbox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QtGlobal>

#include "runtime/runtimeinfo.h"
#include "ui/common/guide.h"

namespace mizan::ui {

namespace {
QString q(const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); }
} // namespace

QString aboutText()
{
    const RuntimeInfo info = runtimeInfo();
    QString cuda =
        info.cudaAvailable
            ? QCoreApplication::translate("mizan::ui::AboutBox", "available (%1 device(s))").arg(info.cudaDevices)
            : QCoreApplication::translate("mizan::ui::AboutBox", "not available (CPU only)");
    QString text = QCoreApplication::translate("mizan::ui::AboutBox",
                                               "<b>Mizan Studio %1</b><br>Arabic annotation and training studio.")
                       .arg(q(info.mizanVersion));
    text += QStringLiteral("<p>");
    text +=
        QCoreApplication::translate("mizan::ui::AboutBox", "libtorch %1<br>Qt %2<br>BLAS: %3 (%4)<br>CUDA: %5")
            .arg(q(info.torchVersion), QString::fromLatin1(qVersion()), q(info.blas.name), q(info.blas.detail), cuda);
    text += QStringLiteral("</p>");
    if (const std::string warning = blasWarning(info.blas); !warning.empty())
        text += QStringLiteral("<p><b>") + q(warning) + QStringLiteral("</b></p>");
    text += QStringLiteral("<p>") +
            QCoreApplication::translate(
                "mizan::ui::AboutBox",
                "The default model is trained on the SemEval-2016 Task 5 Arabic hotel reviews (training data, MIT "
                "licence): M. Pontiki et al., \"SemEval-2016 Task 5: Aspect Based Sentiment Analysis\", "
                "Proceedings of SemEval-2016; Arabic data by M. Al-Smadi et al.") +
            QStringLiteral("</p>");
    if (const QUrl guide = guideUrl(); !guide.isEmpty())
        text += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(guide.toString(), QCoreApplication::translate("mizan::ui::AboutBox", "User guide"));
    return text;
}

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("mizan::ui::AboutBox", "About Mizan Studio"), aboutText());
}

} // namespace mizan::ui
