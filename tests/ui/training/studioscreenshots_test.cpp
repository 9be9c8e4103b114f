// Screenshots of the Training panel during a run, the Results panel after an evaluation and
// the Playground with a prediction, in a real window (run under xvfb-run); written to
// $MIZAN_SCREENSHOT_DIR (default: the build folder's screenshots/).
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/resources.h"
#include "ui/annotate/sentenceview.h"
#include "ui/playground/playgroundpanel.h"
#include "ui/results/resultspanel.h"
#include "ui/training/livechart.h"
#include "ui/training/studiopanels.h"
#include "ui/training/trainingform.h"
#include "ui/training/trainingpanel.h"
#include "../studiotestsupport.h"
#include "../uitestsupport.h"

using namespace mizan::ui;

class StudioScreenshotsTest : public QObject {
    Q_OBJECT
private:
    QString m_dir;
    QString m_suffix;

    void shoot(QWidget &window, const QString &name)
    {
        QTest::qWait(300);  // let the charts' batch timer and layouts settle
        const QString path = QDir(m_dir).filePath(QString(name).replace(QStringLiteral(".png"), m_suffix + QStringLiteral(".png")));
        QVERIFY2(window.grab().save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }

    void raise(MainWindow &window, const QString &id)
    {
        QDockWidget *dock = window.dock(id);
        QVERIFY(dock);
        dock->show();
        dock->raise();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        // MIZAN_SCREENSHOT_LANG=ar: the Arabic UI (mirrored layout); files get an _ar suffix.
        m_suffix = qEnvironmentVariable("MIZAN_SCREENSHOT_LANG");
        if (!m_suffix.isEmpty()) {
            Language::instance()->apply(m_suffix);
            m_suffix.prepend(QLatin1Char('_'));
        }
        registerStudioPanels();
        m_dir = qEnvironmentVariable("MIZAN_SCREENSHOT_DIR", QStringLiteral(MIZAN_BINARY_DIR "/screenshots"));
        QVERIFY(QDir().mkpath(m_dir));
    }

    void trainingResultsPlayground()
    {
        QTemporaryDir tmp;
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::openAndWait(window));
        if (!mizan::defaultModelDir().empty()) {  // first start: the shipped model answers
            auto *first = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
            raise(window, QStringLiteral("playground"));
            QSignalSpy loadedDefault(first, &PlaygroundPanel::modelLoaded);
            QVERIFY(first->hasModel() || loadedDefault.wait(60000));
            QVERIFY(first->usingDefaultModel());
            const QString text = QString::fromUtf8("الغرفة نظيفة ومريحة لكن الخدمة سيئة جدا والإفطار بارد");
            first->setText(text);
            // The output shown is the prediction of this very text (not of an earlier one).
            QTRY_COMPARE_WITH_TIMEOUT(first->resultView()->text(), text, 60000);
            shoot(window, QStringLiteral("playground-default.png"));
        }
        auto *training = window.panel<TrainingPanel>(QStringLiteral("training"));
        QVERIFY(training->form()->applyPresetFile(test::writeTinyPreset(tmp.path(), 10)));
        training->form()->setOutputFolder(tmp.filePath(QStringLiteral("run")));
        raise(window, QStringLiteral("training"));
        window.resizeDocks({window.dock(QStringLiteral("training"))}, {560}, Qt::Vertical);
        // The form alone, as the user fills it: the sample's tasks, the category ones included.
        QVERIFY(training->form()->taskChecked(QStringLiteral("categories")));
        shoot(*training->form(), QStringLiteral("training-form.png"));
        QVERIFY(training->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(!training->evalChart()->seriesNames().isEmpty() || !training->isTraining(), 300000);
        QTRY_VERIFY_WITH_TIMEOUT(!training->lossChart()->seriesNames().isEmpty() &&
                                     training->lossChart()->pointCount(training->lossChart()->seriesNames().front()) > 40,
                                 300000);
        QVERIFY(training->isTraining());
        shoot(window, QStringLiteral("training.png"));
        QSignalSpy ended(training, &TrainingPanel::runEnded);
        training->stopTraining();
        QVERIFY(ended.wait(120000));
        const QString model = training->lastModelDir();
        QVERIFY(!model.isEmpty());
        training->findChild<QTabWidget *>(QStringLiteral("trainingTabs"))->setCurrentIndex(2);
        shoot(window, QStringLiteral("training-runs.png"));
        training->findChild<QTabWidget *>(QStringLiteral("trainingTabs"))->setCurrentIndex(0);

        auto *results = window.panel<ResultsPanel>(QStringLiteral("results"));
        raise(window, QStringLiteral("results"));
        results->devOnlyBox()->setChecked(false);
        QSignalSpy evaluated(results, &ResultsPanel::evaluationFinished);
        QVERIFY(results->evaluate(model));
        QVERIFY(evaluated.wait(120000));
        results->taskCombo()->setCurrentIndex(results->taskCombo()->findData(QStringLiteral("sentiment")));
        shoot(window, QStringLiteral("results.png"));
        results->taskCombo()->setCurrentIndex(results->taskCombo()->findData(QStringLiteral("categories")));
        QCOMPARE(results->taskCombo()->currentData().toString(), QStringLiteral("categories"));
        shoot(window, QStringLiteral("results-categories.png"));
        results->taskCombo()->setCurrentIndex(results->taskCombo()->findData(QStringLiteral("targets")));
        results->findChild<QTabWidget *>(QStringLiteral("resultsTabs"))->setCurrentIndex(1);
        if (results->errorTable()->rowCount() > 0)
            QVERIFY(results->openError(0));
        shoot(window, QStringLiteral("results-errors.png"));

        auto *playground = window.panel<PlaygroundPanel>(QStringLiteral("playground"));
        raise(window, QStringLiteral("playground"));
        QSignalSpy loaded(playground, &PlaygroundPanel::modelLoaded);
        playground->loadModel(model);
        QVERIFY(loaded.wait(60000));
        const QString text = QString::fromUtf8("الفُنْدُقُ 😀 رائعٌ جداً والموقع ممتاز لكنَّ الخدمةَ 👎 سيئة والإفطار بارد");
        playground->setText(text);
        QTRY_COMPARE_WITH_TIMEOUT(playground->resultView()->text(), text, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(playground->prediction().text), text, 60000);
        shoot(window, QStringLiteral("playground.png"));
    }
};

QTEST_MAIN(StudioScreenshotsTest)
#include "studioscreenshots_test.moc"
