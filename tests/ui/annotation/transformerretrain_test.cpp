// "Also retrain the transformer" in the Annotate next queue, with a tiny preset: a retrain
// trains the baseline, ranks, then trains a transformer off the GUI thread and re-ranks with
// it; a second retrain stopped while the transformer trains keeps the last good model and
// removes its own unfinished run folder.
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include "ui/annotation/annotatenextpanel.h"
#include "ui/training/studiopanels.h"
#include "../studiotestsupport.h"
#include "../uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

class TransformerRetrainTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        registerStudioPanels();
        QVERIFY(m_tmp.isValid());
    }

    void retrainsTheTransformerReranksAndStopKeepsTheLastGoodModel()
    {
        const QString corpus = m_tmp.filePath(QStringLiteral("transformer_hotels.xml"));
        QVERIFY(QFile::copy(test::sampleCorpus(), corpus));
        MainWindow window;
        QVERIFY(test::openAndWait(window, corpus));
        auto *panel = window.panel<AnnotateNextPanel>(QStringLiteral("annotate-next"));
        QVERIFY(panel);
        TrainParams params = panel->transformerRetrain()->params();
        QCOMPARE(QString::fromStdString(params.preset.name), QStringLiteral("fast"));  // the default
        params.preset = test::tinyPreset();
        params.preset.epochs = 1;
        params.preset.baseline = false;
        params.devFraction = 0.2;
        params.seed = 5;
        panel->transformerRetrain()->setParams(params);
        panel->transformerCheck()->setChecked(true);
        panel->setPool(RankPool::All);

        QSignalSpy ranked(panel, &AnnotateNextPanel::ranked);
        QSignalSpy done(panel, &AnnotateNextPanel::transformerDone);
        QVERIFY(panel->retrain());
        QVERIFY(ranked.wait(180000));  // the baseline's ranking comes first
        QVERIFY2(ranked.takeFirst().at(0).toBool(), qPrintable(panel->statusLabel()->text()));
        QVERIFY(panel->isBusy());        // the transformer trains on
        QVERIFY(!panel->retrain());      // one job at a time
        QVERIFY(!panel->transformerCheck()->isEnabled());
        QVERIFY(done.wait(300000));
        QVERIFY2(done.takeFirst().at(0).toBool(), qPrintable(panel->statusLabel()->text()));
        const QString first = panel->modelFolder();
        QVERIFY(!first.isEmpty());
        QVERIFY(!QDir(first).entryList(QDir::Files).isEmpty());
        // The queue re-ranks with the transformer's folder.
        QVERIFY(ranked.wait(120000));
        QVERIFY2(ranked.takeFirst().at(0).toBool(), qPrintable(panel->statusLabel()->text()));
        QCOMPARE(panel->model()->rowCount(), 50);
        QVERIFY(!panel->isBusy());
        QVERIFY(!panel->statusLabel()->text().contains(QStringLiteral("retrained on")));

        // A long second run, stopped as soon as the transformer trains: the last good model stays.
        QDir runs(first);  // up to active-models/<key>
        while (QFileInfo(runs.absolutePath()).dir().dirName() != QStringLiteral("active-models"))
            QVERIFY(runs.cdUp());
        QCOMPARE(runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        params.preset.epochs = 500;
        panel->transformerRetrain()->setParams(params);
        QVERIFY(panel->retrain());
        QVERIFY(ranked.wait(180000));
        QVERIFY(ranked.takeFirst().at(0).toBool());
        QVERIFY(panel->transformerRetrain()->isRunning());
        QCOMPARE(runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
        panel->stop();
        QVERIFY(done.wait(120000));
        QVERIFY(!done.takeFirst().at(0).toBool());
        QVERIFY2(panel->statusLabel()->text().contains(QStringLiteral("last good model is kept")),
                 qPrintable(panel->statusLabel()->text()));
        QCOMPARE(panel->modelFolder(), first);
        QCOMPARE(panel->transformerRetrain()->modelDir(), first);
        QVERIFY(QDir(first).exists());
        QCOMPARE(runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);  // the stopped run's folder is gone
        QVERIFY(!panel->isBusy());
        QVERIFY(ranked.isEmpty());  // no re-ranking after a stopped run
        QVERIFY(panel->transformerCheck()->isEnabled());
    }
};

QTEST_MAIN(TransformerRetrainTest)
#include "transformerretrain_test.moc"
