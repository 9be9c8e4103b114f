// mizan-studio [FILE...]: opens the files given (the first opens, the rest are imported into
// it), or the bundled sample corpus. Sets the UI language from the preferences or the system.
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "ui/common/language.h"
#include "ui/common/preferences.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/training/studiopanels.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mizan"));
    QApplication::setApplicationName(QStringLiteral("Mizan Studio"));
    QApplication::setApplicationVersion(QStringLiteral(MIZAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Arabic annotation and training studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Corpus files to open (SemEval XML, CoNLL, JSONL)"),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    mizan::ui::Language::instance()->apply(mizan::ui::Preferences::effectiveLanguage());
    mizan::ui::registerStudioPanels();
    mizan::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, files] {
        if (window.offerRecovery())
            return;
        if (files.isEmpty()) {
            window.openSample();
        } else {
            window.openFile(files.front());
            for (int i = 1; i < files.size(); ++i)
                window.importFile(files[i]);
        }
    });
    return app.exec();
}
