// mizan-studio [FILE...]: opens the files given (the first opens, the rest are imported into
// it), or the bundled sample corpus. Sets the UI language from the preferences or the system.
// --quit-after-load (install checks): quits once the files are read and the Playground's
// default model is loaded; exit status 0 when all went well.
#include <QApplication>
#include <QCommandLineParser>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

#include <memory>

#include "common/resources.h"
#include "runtime/runtimeinfo.h"

#include "ui/common/language.h"
#include "ui/common/preferences.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/playground/playgroundpanel.h"
#include "ui/training/studiopanels.h"

namespace {

// Counts the imports, then waits for the Playground's model (when it is loading one), prints
// what was loaded and quits: 0 when everything loaded, 1 on a failure, 3 after two minutes.
void quitWhenLoaded(mizan::ui::MainWindow &window, int expected)
{
    auto failures = std::make_shared<int>(0);
    auto pending = std::make_shared<int>(expected);
    auto finish = [failures] {
        std::fflush(stdout);
        QCoreApplication::exit(*failures == 0 ? 0 : 1);
    };
    QObject::connect(&window, &mizan::ui::MainWindow::importFinished, &window,
                     [&window, failures, pending, finish](const QString &path, bool ok) {
        std::printf("%s %s (%d sentences open)\n", ok ? "loaded" : "FAILED to load", qPrintable(path),
                    int(window.document()->corpus().sentenceCount()));
        *failures += ok ? 0 : 1;
        if (--*pending > 0)
            return;
        auto *playground = window.panel<mizan::ui::PlaygroundPanel>(QStringLiteral("playground"));
        if (!playground || playground->hasModel() || mizan::defaultModelDir().empty()) {
            finish();
            return;
        }
        QObject::connect(playground, &mizan::ui::PlaygroundPanel::modelLoaded, &window,
                         [playground, failures, finish](bool loaded) {
                             std::printf("playground model %s: %s\n", loaded ? "loaded" : "FAILED",
                                         qPrintable(playground->modelDir()));
                             *failures += loaded ? 0 : 1;
                             finish();
                         });
    });
    QTimer::singleShot(120000, &window, [] {
        std::fprintf(stderr, "mizan-studio: --quit-after-load: nothing loaded within two minutes\n");
        QCoreApplication::exit(3);
    });
}

} // namespace

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
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Corpus files to open (SemEval XML, CoNLL, JSONL)"),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption quitAfterLoad(
        QStringLiteral("quit-after-load"),
        QStringLiteral("Quit once the files (or the sample) and the default model are loaded; "
                       "exit status 0 when all loaded (for install checks)"));
    parser.addOption(quitAfterLoad);
    parser.process(app);

    mizan::ui::Language::instance()->apply(mizan::ui::Preferences::effectiveLanguage());
    mizan::ui::registerStudioPanels();
    mizan::ui::MainWindow window;
    window.show();
    // The reference BLAS makes training and prediction ~18x slower: say so where it is seen.
    if (const std::string warning = mizan::blasWarning(mizan::detectBlas()); !warning.empty()) {
        std::fprintf(stderr, "mizan-studio: %s\n", warning.c_str());
        window.statusBar()->showMessage(QString::fromStdString(warning));
    }
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(quitAfterLoad))
        quitWhenLoaded(window, files.isEmpty() ? 1 : int(files.size()));
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
