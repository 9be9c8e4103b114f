// Help > About names what a bug report needs (Mizan, libtorch, Qt and BLAS versions in use,
// CUDA) and credits the SemEval-2016 data behind the default model.
#include <QTest>

#include "runtime/runtimeinfo.h"
#include "ui/mainwindow/aboutbox.h"

using namespace mizan::ui;

class AboutBoxTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesVersionsBlasCudaAndCredits()
    {
        const mizan::RuntimeInfo info = mizan::runtimeInfo();
        const QString text = aboutText();
        QVERIFY2(text.contains(QStringLiteral("Mizan Studio " MIZAN_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("libtorch ") + QString::fromStdString(info.torchVersion)));
        QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("BLAS: ") + QString::fromStdString(info.blas.name).toHtmlEscaped()));
        QVERIFY(text.contains(QStringLiteral("CUDA: ")));
        QVERIFY(text.contains(QStringLiteral("SemEval-2016")));
        QVERIFY(text.contains(QStringLiteral("Pontiki")));
        QVERIFY(text.contains(QStringLiteral("MIT")));
    }
};

QTEST_MAIN(AboutBoxTest)
#include "aboutbox_test.moc"
