// Drives the real Training panel inside the main window: trains the built-in model (its
// vocabulary learned by mizan-vocab) on the bundled sample corpus, sees loss, dev-metric and
// learning-rate points arrive, measures the GUI thread's event-loop turns during training,
// stops, and finds the checkpoint, the run list entry and the CSV log. Also: closing the
// window during training asks, stops cleanly, then closes.
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QImage>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

#include "corpus/corpusio.h"
#include "tasks/taskdata.h"

#include "ui/common/bidi.h"
#include "ui/training/encodercheck.h"
#include "ui/training/livechart.h"
#include "ui/training/studiopanels.h"
#include "ui/training/trainingform.h"
#include "ui/training/trainingpanel.h"
#include "support/testsupport.h"
#include "../studiotestsupport.h"
#include "../uitestsupport.h"

using namespace mizan::ui;

namespace {

// Measures the gaps between turns of the GUI event loop with a 5 ms repeating timer: a gap
// much longer than 5 ms means the GUI thread was busy (or starved) that long.
class LatencyProbe : public QObject {
public:
    LatencyProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_clock.isValid())
                m_max = std::max(m_max, m_clock.restart());
            else
                m_clock.start();
            ++m_ticks;
        });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    qint64 maxGapMs() const { return m_max; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
    int m_ticks = 0;
};

} // namespace

class TrainingPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        registerStudioPanels();
    }
    void cleanup() { Language::instance()->apply(QStringLiteral("en")); }

    void trainsStopsAndKeepsTheCheckpoint()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(test::openAndWait(window));
        auto *panel = window.panel<TrainingPanel>(QStringLiteral("training"));
        QVERIFY(panel);
        TrainingForm *form = panel->form();
        // The sample corpus is SemEval XML with aspect categories: targets, sentiment and both
        // category tasks are offered and ticked, NER is not.
        QVERIFY(form->taskChecked(QStringLiteral("targets")));
        QVERIFY(form->taskChecked(QStringLiteral("sentiment")));
        QVERIFY(form->taskChecked(QStringLiteral("categories")));
        QVERIFY(form->taskChecked(QStringLiteral("target_categories")));
        QVERIFY(!form->taskChecked(QStringLiteral("ner")));
        QString error;
        QVERIFY2(form->applyPresetFile(test::writeTinyPreset(tmp.path(), 5), &error), qPrintable(error));
        const QString out = tmp.filePath(QStringLiteral("run"));
        form->setOutputFolder(out);

        QSignalSpy ended(panel, &TrainingPanel::runEnded);
        QSignalSpy failed(panel->job(), &TrainingJob::failed);
        QSignalSpy finished(panel->job(), &TrainingJob::finished);
        QSignalSpy stepped(panel->job(), &TrainingJob::stepped);
        QSignalSpy started(panel->job(), &TrainingJob::started);
        LatencyProbe probe;
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startTraining")), Qt::LeftButton);
        QVERIFY(panel->isTraining());
        QVERIFY(!form->isEnabled());

        // Points arrive in batches on the chart timer; dev metrics at every 5th step.
        QTRY_VERIFY2_WITH_TIMEOUT(panel->lossChart()->seriesNames().size() >= 1 || !failed.isEmpty(), "no loss point", 180000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        // The job trains the ticked category tasks.
        QCOMPARE(started.size(), 1);
        const auto examples = started.front().front().value<mizan::StartedEvent>().taskExamples;
        QVERIFY(examples.count("categories") && examples.count("target_categories"));
        // The GUI thread keeps turning while the worker trains: probe it for three seconds.
        probe.start();
        QTest::qWait(3000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->evalChart()->seriesNames().size() >= 2 || !panel->isTraining(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->lossChart()->pointCount(panel->lossChart()->seriesNames().front()) >= 12 ||
                                     !panel->isTraining(), 120000);
        probe.stop();
        QVERIFY2(panel->isTraining(), "the run ended before it was stopped");
        const QStringList tasks = panel->lossChart()->seriesNames();
        QVERIFY(tasks.contains(QStringLiteral("targets")) || tasks.contains(QStringLiteral("sentiment")));
        QVERIFY(panel->rateChart()->pointCount(panel->rateChart()->seriesNames().value(0)) > 0);
        // Batched: fewer repaints than points.
        int points = 0;
        for (const QString &t : tasks)
            points += panel->lossChart()->pointCount(t);
        QVERIFY(panel->lossChart()->flushCount() <= points);
        QVERIFY(panel->progressBar()->maximum() > 1);
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("tok/s")));
        // The real trainer's first event is update 1, and the events count up by one.
        QVERIFY(!stepped.isEmpty());
        for (int i = 0; i < stepped.size(); ++i)
            QCOMPARE(stepped.at(i).at(0).value<mizan::StepEvent>().step, std::size_t(i + 1));
        QVERIFY(panel->progressBar()->value() <= panel->progressBar()->maximum());
        qInfo("GUI event loop: %d turns of a 5 ms timer while training, longest gap %lld ms; %d loss points in %d chart flushes",
              probe.ticks(), probe.maxGapMs(), points, panel->lossChart()->flushCount());
        QVERIFY2(probe.ticks() > 10, "the probe did not run");
        QVERIFY2(probe.maxGapMs() < 100, qPrintable(QStringLiteral("GUI thread blocked %1 ms").arg(probe.maxGapMs())));

        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("stopTraining")), Qt::LeftButton);
        QVERIFY(ended.wait(120000));
        QVERIFY(!panel->isTraining());
        QCOMPARE(finished.size(), 1);
        const auto event = finished.front().front().value<mizan::FinishedEvent>();
        QCOMPARE(event.reason, mizan::StopReason::Cancelled);
        // Stop keeps the last good checkpoint: a loadable model folder.
        const QString model = panel->lastModelDir();
        QVERIFY(!model.isEmpty());
        QVERIFY2(QFile::exists(QDir(model).filePath(QStringLiteral("model.safetensors"))), qPrintable(model));
        QVERIFY(QFile::exists(QDir(model).filePath(QStringLiteral("config.json"))));
        QVERIFY(!panel->checkpoints().isEmpty());
        QVERIFY(form->isEnabled());

        // The run is remembered with its settings and stop reason.
        QVERIFY(!panel->history()->runs().isEmpty());
        const RunRecord &run = panel->history()->runs().front();
        QCOMPARE(run.stopReason, QStringLiteral("cancelled"));
        QCOMPARE(run.modelDir, model);
        QVERIFY(run.steps >= 12);
        QCOMPARE(QString::fromStdString(run.settings.value("preset", std::string())).endsWith(QLatin1String("tiny.json")), true);
        QVERIFY(panel->runTable()->rowCount() >= 1);
        QCOMPARE(panel->runTable()->item(0, 5)->text().remove(QChar(0x2066)).remove(QChar(0x2069)), model);  // an LTR isolate

        // Exports: the log as CSV (one row per event) and the chart as PNG.
        const QString csv = tmp.filePath(QStringLiteral("log.csv"));
        QVERIFY(panel->exportLogCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.front(), QStringLiteral("time,event,step,task,metric,value,detail"));
        QVERIFY(lines.filter(QStringLiteral(",step,")).size() >= 12);
        QVERIFY(lines.filter(QStringLiteral(",eval,")).size() >= 1);
        QVERIFY(lines.filter(QStringLiteral(",finished,")).size() == 1);
        const QString png = tmp.filePath(QStringLiteral("loss.png"));
        QVERIFY(panel->exportChartPng(png));
        QVERIFY(QImage(png).width() > 100);
    }

    void closingDuringTrainingAsksThenStops()
    {
        QTemporaryDir tmp;
        MainWindow window;
        window.show();
        QVERIFY(test::openAndWait(window));
        auto *panel = window.panel<TrainingPanel>(QStringLiteral("training"));
        QVERIFY(panel->form()->applyPresetFile(test::writeTinyPreset(tmp.path(), 1000)));
        panel->form()->setOutputFolder(tmp.filePath(QStringLiteral("run")));
        int asked = 0;
        bool answer = false;
        panel->setCloseQuestion([&] {
            ++asked;
            return answer;
        });
        QVERIFY(panel->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->lossChart()->seriesNames().isEmpty(), 180000);
        // "No": the window stays and training goes on.
        QVERIFY(!window.close());
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        QVERIFY(panel->isTraining());
        // "Yes": the close waits for the worker to stop and save, then happens.
        answer = true;
        QVERIFY(!window.close());
        QCOMPARE(asked, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 120000);
        QVERIFY(!panel->isTraining());
        QVERIFY(QFile::exists(QDir(panel->lastModelDir()).filePath(QStringLiteral("model.safetensors"))));
    }

    void encoderFolderIsCheckedOnTheSpot()
    {
        QTemporaryDir tmp;
        const EncoderCheck none = checkEncoderFolder(tmp.filePath(QStringLiteral("absent")));
        QVERIFY(!none.ok);
        QVERIFY(none.summary.contains(QStringLiteral("not a folder")));
        // A damaged pickle is refused naming the file.
        QDir(tmp.path()).mkpath(QStringLiteral("pickle"));
        const QString pickle = tmp.filePath(QStringLiteral("pickle"));
        for (const auto &[f, text] : {std::pair<const char *, const char *>{"config.json", R"({"vocab_size": 10,
                 "hidden_size": 4, "num_hidden_layers": 1, "num_attention_heads": 2, "intermediate_size": 8})"},
                                      {"vocab.txt", "[PAD]\n"}, {"pytorch_model.bin", "{}"}}) {
            QFile file(QDir(pickle).filePath(QLatin1String(f)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        const EncoderCheck p = checkEncoderFolder(pickle);
        QVERIFY(!p.ok);
        QVERIFY2(p.summary.contains(QStringLiteral("pytorch_model.bin")), qPrintable(p.summary));
        // A missing vocabulary is named.
        QDir(tmp.path()).mkpath(QStringLiteral("novocab"));
        QFile config(tmp.filePath(QStringLiteral("novocab/config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        const EncoderCheck nv = checkEncoderFolder(tmp.filePath(QStringLiteral("novocab")));
        QVERIFY(!nv.ok);
        QVERIFY2(nv.summary.contains(QStringLiteral("vocab.txt")), qPrintable(nv.summary));
        // The real tiny Hugging Face BERT fixture passes.
        const QString hf = QStringLiteral(MIZAN_SHARED_DIR "/fixtures/hf-bert/tiny-bert");
        if (!QFile::exists(QDir(hf).filePath(QStringLiteral("model.safetensors"))))
            MIZAN_QSKIP_FOR_MISSING_DATA("shared/fixtures/hf-bert/tiny-bert is absent");
        const EncoderCheck ok = checkEncoderFolder(hf);
        QVERIFY2(ok.ok, qPrintable(ok.summary));
        QVERIFY(ok.summary.contains(QStringLiteral("layers")));
        QCOMPARE(ok.format, QStringLiteral("safetensors"));
    }

    // Folders as MARBERT / QARiB publish them (pytorch_model.bin only, QARiB without
    // tokenizer_config.json) are accepted and described; a Farasa vocabulary is warned about.
    void encoderCheckDescribesPickleOnlyAndFarasaFolders()
    {
        const QString hf = QStringLiteral(MIZAN_SHARED_DIR "/fixtures/hf-bert/tiny-bert");
        const QString farasaVocab = QStringLiteral(MIZAN_SHARED_DIR "/data/vocab/arabertv2-farasa/vocab.txt");
        if (!QFile::exists(QDir(hf).filePath(QStringLiteral("pytorch_model.bin"))) || !QFile::exists(farasaVocab))
            MIZAN_QSKIP_FOR_MISSING_DATA("shared/fixtures/hf-bert/tiny-bert or shared/data/vocab/arabertv2-farasa is absent");
        QTemporaryDir tmp;
        const QString qarib = tmp.filePath(QStringLiteral("qarib"));
        QDir(tmp.path()).mkpath(QStringLiteral("qarib"));
        for (const char *f : {"config.json", "vocab.txt", "pytorch_model.bin"})
            QVERIFY(QFile::copy(QDir(hf).filePath(QLatin1String(f)), QDir(qarib).filePath(QLatin1String(f))));
        const EncoderCheck q = checkEncoderFolder(qarib);
        QVERIFY2(q.ok, qPrintable(q.summary));
        QCOMPARE(q.format, QStringLiteral("PyTorch checkpoint"));
        QCOMPARE(q.family, QStringLiteral("QARiB"));
        QCOMPARE(q.layers, qint64(2));
        QCOMPARE(q.vocabSize, qint64(246));
        QVERIFY(q.parameters > 10000);
        QVERIFY(q.lowerCase);
        QVERIFY2(q.summary.contains(QStringLiteral("tokenizer_config.json")), qPrintable(q.summary));
        QVERIFY(!q.farasa);

        // The same weights with the AraBERT v2 Farasa vocabulary's first pieces.
        const QString arabert = tmp.filePath(QStringLiteral("arabert"));
        QDir(tmp.path()).mkpath(QStringLiteral("arabert"));
        for (const char *f : {"config.json", "pytorch_model.bin", "tokenizer_config.json"})
            QVERIFY(QFile::copy(QDir(hf).filePath(QLatin1String(f)), QDir(arabert).filePath(QLatin1String(f))));
        QFile in(farasaVocab);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(QDir(arabert).filePath(QStringLiteral("vocab.txt")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < 246 && !in.atEnd(); ++i)
            out.write(in.readLine());
        out.close();
        const EncoderCheck a = checkEncoderFolder(arabert);
        QVERIFY2(a.ok, qPrintable(a.summary));
        QVERIFY(a.farasa);
        QVERIFY2(a.summary.contains(QStringLiteral("Farasa")), qPrintable(a.summary));
    }

    // The trainer numbers its updates from 1 (StepEvent::step is the updates done, so the first
    // event says 1 and the last says totalSteps); the panel shows exactly that count: 0 of N
    // before the first update, k of N after the k-th, never N+1 of N.
    void stepCounterFollowsTheTrainersEvents()
    {
        QTemporaryDir tmp;
        CorpusDocument document;
        RunHistory history(tmp.filePath(QStringLiteral("runs.json")));
        TrainingPanel panel(&document, &history);
        Q_EMIT panel.job()->started(mizan::StartedEvent{{}, 4, 0, "cpu", {{"targets", 40}}});
        QCOMPARE(panel.progressBar()->value(), 0);
        QCOMPARE(panel.progressBar()->maximum(), 4);
        QVERIFY2(!panel.statusLabel()->text().contains(QStringLiteral("step")), qPrintable(panel.statusLabel()->text()));
        for (std::size_t step = 1; step <= 4; ++step) {
            mizan::StepEvent e;
            e.step = step;
            e.totalSteps = 4;
            e.task = "targets";
            e.loss = 1.0;
            QTest::qWait(110);  // past the panel's 100 ms throttle: every event is shown
            Q_EMIT panel.job()->stepped(e);
            QCOMPARE(panel.progressBar()->value(), int(step));
            QVERIFY2(panel.statusLabel()->text().startsWith(QStringLiteral("step %1/4 ").arg(step)),
                     qPrintable(panel.statusLabel()->text()));
        }
        Q_EMIT panel.job()->finished(mizan::FinishedEvent{{}, 4, mizan::StopReason::Completed, 0.5, 4, tmp.path().toStdString(), 1});
        QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("at step 4/4")), qPrintable(panel.statusLabel()->text()));
        QCOMPARE(panel.progressBar()->value(), 4);
        // A resumed run starts where its checkpoint left off.
        Q_EMIT panel.job()->started(mizan::StartedEvent{{}, 8, 4, "cpu", {{"targets", 40}}});
        QCOMPARE(panel.progressBar()->value(), 4);
        QCOMPARE(panel.progressBar()->maximum(), 8);
    }

    void arabicRunShowsTranslatedNamesAndWesternDigits()
    {
        // A run's events, as the worker sends them, reach the real panel in the Arabic UI.
        QTemporaryDir tmp;
        CorpusDocument document;
        RunHistory history(tmp.filePath(QStringLiteral("runs.json")));
        TrainingPanel panel(&document, &history);
        panel.resize(1100, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        Language::instance()->apply(QStringLiteral("ar"));
        QTRY_COMPARE(panel.layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(!test::hasEnglish(panel.runTable()->horizontalHeaderItem(0)->text()));  // retranslated
        Q_EMIT panel.job()->started(mizan::StartedEvent{{}, 10, 0, "cpu", {{"targets", 40}, {"sentiment", 30}}});
        for (std::size_t step = 1; step <= 9; ++step) {
            mizan::StepEvent e;
            e.step = step;
            e.totalSteps = 10;
            e.task = step % 2 ? "targets" : "sentiment";
            e.loss = 1.0 / double(step);
            e.learningRate = 1e-4;
            e.tokensPerSecond = 3412;
            Q_EMIT panel.job()->stepped(e);
        }
        Q_EMIT panel.job()->evaluated(mizan::EvalEvent{{}, 9, {{"targets", {{"f1", 0.5}}}, {"sentiment", {{"accuracy", 0.7}}}}, 0.6, true});
        // The time budget ends the run one step before the schedule's total.
        Q_EMIT panel.job()->finished(mizan::FinishedEvent{{}, 9, mizan::StopReason::TimeBudget, 0.6, 9, tmp.path().toStdString(), 12});
        for (LiveChart *chart : {panel.lossChart(), panel.evalChart(), panel.rateChart()})
            chart->flush();

        // The counter and the bar end on the last step done: 9/9, full.
        QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("9/9")), qPrintable(panel.statusLabel()->text()));
        QCOMPARE(panel.progressBar()->value(), panel.progressBar()->maximum());
        QVERIFY(panel.progressBar()->isTextVisible());
        QCOMPARE(panel.progressBar()->text(), QStringLiteral("100%"));
        {
            // The mirrored bar draws its percentage (Qt's Fusion style clips a mirrored bar's
            // label away) and fills from the right.
            QProgressBar *bar = panel.progressBar();
            bar->setValue(bar->maximum() / 2);
            const QImage image = bar->grab().toImage();
            int ink = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x) {
                    const QColor c = image.pixelColor(x, y);
                    ink += c.red() < 80 && c.green() < 80 && c.blue() < 80;
                }
            QVERIFY2(ink > 5, "no percentage drawn on the right-to-left progress bar");
            const int y = image.height() / 2;
            QVERIFY(image.pixelColor(image.width() - 6, y) != image.pixelColor(5, y));
            bar->setValue(bar->maximum());
        }

        QStringList english;
        auto check = [&](const QString &where, const QString &text) {
            if (test::hasEnglish(text) || test::hasEasternDigit(text))
                english << where + QStringLiteral(": ") + text;
        };
        check(QStringLiteral("status"), panel.statusLabel()->text());
        for (LiveChart *chart : {panel.lossChart(), panel.evalChart(), panel.rateChart()})
            for (const QString &name : chart->seriesNames())
                check(QStringLiteral("legend"), chart->label(name));
        QTableWidget *runs = panel.runTable();
        mizan::ui::RunRecord record;
        record.id = QStringLiteral("r1");
        record.started = QDateTime(QDate(2026, 12, 4), QTime(21, 9));
        record.settings = {{"encoder", "builtin"}, {"preset", "fast"}, {"tasks", {"targets", "sentiment"}},
                           {"epochs", 3}, {"batch_size", 16}, {"learning_rate", 5e-5}};
        record.bestMetrics = {{"targets", {{"f1", 0.5}}}, {"sentiment", {{"macro_f1", 0.4}}}};
        record.bestScore = 0.45;
        record.steps = 9;
        record.stopReason = QStringLiteral("time-budget");
        record.modelDir = tmp.path();
        history.upsert(record);
        int row = -1;
        for (int r = 0; r < history.runs().size(); ++r)
            if (history.runs()[r].id == record.id)
                row = r;
        QVERIFY(row >= 0 && row < runs->rowCount());
        for (int c = 0; c < runs->columnCount(); ++c) {
            check(QStringLiteral("header"), runs->horizontalHeaderItem(c)->text());
            check(QStringLiteral("cell"), runs->item(row, c)->text());
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("\n"))));

        // Live switch back: nothing Arabic left behind in the status, the legend or the table.
        Language::instance()->apply(QStringLiteral("en"));
        QTRY_COMPARE(panel.statusLabel()->text(), QStringLiteral("Finished (time budget reached) at step 9/9"));
        QCOMPARE(panel.lossChart()->label(QStringLiteral("targets")), QStringLiteral("targets"));
        QCOMPARE(panel.evalChart()->label(QStringLiteral("sentiment/accuracy")), QStringLiteral("sentiment accuracy"));
        QVERIFY(runs->item(row, 4)->text().contains(QStringLiteral("time budget reached")));
        // Stopped by the user: the counter keeps the total it fell short of.
        Q_EMIT panel.job()->started(mizan::StartedEvent{{}, 10, 0, "cpu", {{"targets", 40}}});
        Q_EMIT panel.job()->finished(mizan::FinishedEvent{{}, 5, mizan::StopReason::Cancelled, 0, 0, {}, 3});
        QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Finished (stopped by you) at step 5/10"));
        QCOMPARE(panel.progressBar()->value(), 5);
        QCOMPARE(panel.progressBar()->maximum(), 10);
    }

    void distributedRunShowsItsWorldSize()
    {
        QTemporaryDir tmp;
        CorpusDocument document;
        RunHistory history(tmp.filePath(QStringLiteral("runs.json")));
        TrainingPanel panel(&document, &history);
        mizan::StartedEvent two{{}, 10, 0, "cpu", {{"targets", 40}}};
        two.worldSize = 2;
        Q_EMIT panel.job()->started(two);
        // The device name is isolated left-to-right (U+2066 ... U+2069) inside the sentence.
        const QString cpu = QChar(0x2066) + QStringLiteral("cpu") + QChar(0x2069);
        QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Training on ") + cpu + QStringLiteral(" over 2 ranks"));
        Language::instance()->apply(QStringLiteral("ar"));
        QTRY_VERIFY2(panel.statusLabel()->text().contains(QStringLiteral("عبر")), qPrintable(panel.statusLabel()->text()));
        QVERIFY(panel.statusLabel()->text().contains(QLatin1Char('2')));
        Language::instance()->apply(QStringLiteral("en"));
        QTRY_COMPARE(panel.statusLabel()->text(), QStringLiteral("Training on ") + cpu + QStringLiteral(" over 2 ranks"));
        // One process says nothing about ranks.
        Q_EMIT panel.job()->started(mizan::StartedEvent{{}, 10, 0, "cpu", {{"targets", 40}}});
        QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Training on ") + cpu);
    }

    void smallPanelScrollsTheFormDownwardsOnlyAndElidesRunColumns()
    {
        QTemporaryDir tmp;
        CorpusDocument document;
        RunHistory history(tmp.filePath(QStringLiteral("runs.json")));
        mizan::ui::RunRecord record;
        record.id = QStringLiteral("r1");
        record.started = QDateTime(QDate(2026, 12, 4), QTime(21, 9));
        record.settings = {{"encoder", "builtin"}, {"preset", "fast"}, {"tasks", {"targets"}}};
        record.stopReason = QStringLiteral("completed");
        record.modelDir = tmp.filePath(QStringLiteral("a/very/long/folder/name/that/does/not/fit/the/column/model"));
        history.upsert(record);
        TrainingPanel panel(&document, &history);
        panel.resize(700, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QScrollArea *scroll = panel.formScrollArea();
        QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());  // the form is taller than the panel: it scrolls
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        // Never cut sideways: the viewport is at least as wide as the form needs.
        QVERIFY2(scroll->viewport()->width() >= panel.form()->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2").arg(scroll->viewport()->width()).arg(panel.form()->minimumSizeHint().width())));
        QTableWidget *runs = panel.runTable();
        QCOMPARE(runs->textElideMode(), Qt::ElideMiddle);
        QVERIFY(!runs->wordWrap());
        // Short columns show their whole text.
        const QFontMetrics metrics(runs->font());
        for (int c : {0, 2, 4})
            QVERIFY2(runs->columnWidth(c) >= metrics.horizontalAdvance(runs->item(0, c)->text()),
                     qPrintable(runs->item(0, c)->text()));
    }

    // A training that fails is told in the UI language. A corpus that cannot be read: core's
    // problem code worded in Arabic, its path isolated. A refusal that has no code (the output
    // folder holds the corpus): the Arabic lead, and core's English account apart, in its own
    // isolated Details line, never inside the Arabic sentence.
    void aFailedTrainingIsToldInArabic()
    {
        QTemporaryDir tmp;
        const QString inputs = tmp.filePath(QStringLiteral("inputs"));
        QVERIFY(QDir().mkpath(inputs));
        const QString corpus = inputs + QStringLiteral("/sample.xml");
        QVERIFY(QFile::copy(test::sampleCorpus(), corpus));
        const QString broken = tmp.filePath(QStringLiteral("broken.xml"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<Reviews><Review rid=\"1\"><sentences><sentence id=\"1:0\"><text>\xd8\xac");  // cut short
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(test::openAndWait(window, corpus));
        auto *panel = window.panel<TrainingPanel>(QStringLiteral("training"));
        TrainingForm *form = panel->form();
        QString error;
        QVERIFY2(form->applyPresetFile(test::writeTinyPreset(tmp.path(), 5), &error), qPrintable(error));
        Language::instance()->apply(QStringLiteral("ar"));
        auto runToFailure = [&](const QString &out) {
            form->setOutputFolder(out);
            QSignalSpy failed(panel->job(), &TrainingJob::failed);
            QSignalSpy ended(panel, &TrainingPanel::runEnded);
            QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startTraining")), Qt::LeftButton);
            return ended.wait(120000) && failed.size() == 1;
        };

        // The output folder holds the open corpus: refused without a code.
        QVERIFY(runToFailure(inputs));
        QString shown = panel->statusLabel()->text();
        QStringList lines = shown.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("فشل التدريب."));
        QVERIFY2(lines[1].startsWith(QStringLiteral("التفاصيل: ") + QChar(0x2066)) && lines[1].endsWith(QChar(0x2069)),
                 qPrintable(lines[1]));
        QVERIFY2(!test::hasEnglish(shown), qPrintable(shown));

        // A corpus added to the run that cannot be read: worded by its code.
        form->addCorpusFile(broken);
        QVERIFY(runToFailure(tmp.filePath(QStringLiteral("run"))));
        shown = panel->statusLabel()->text();
        QVERIFY2(!test::hasEnglish(shown), qPrintable(shown));
        QVERIFY2(shown.startsWith(QStringLiteral("فشل التدريب. ")), qPrintable(shown));
        QVERIFY2(shown.contains(ltr(QDir::toNativeSeparators(broken))), qPrintable(shown));
        QVERIFY2(panel->logView()->toPlainText().contains(shown.split(QLatin1Char('\n')).front()),
                 qPrintable(panel->logView()->toPlainText()));
        // A live switch words it again in English.
        Language::instance()->apply(QStringLiteral("en"));
        QTRY_VERIFY2(panel->statusLabel()->text().startsWith(QStringLiteral("Training failed. The corpus ")),
                     qPrintable(panel->statusLabel()->text()));
    }

    void categoryTasksAreOfferedAsTheCliTrainsThem()
    {
        // `mizan train` trains the category tasks by default when the corpus has two categories
        // or more (core's availableTasks); the form offers and ticks the same tasks, and a run
        // gets the ticked ones.
        QTemporaryDir tmp;
        const mizan::ImportResult sample = mizan::importCorpus(test::sampleCorpus().toStdString());
        QVERIFY(sample.ok);
        CorpusDocument document;
        document.resetCorpus(sample.corpus);
        TrainingForm form(&document);
        std::set<std::string> cli;
        for (const auto &task : mizan::availableTasks(document.corpus()))
            cli.insert(task.first);
        QVERIFY(cli.count("categories") && cli.count("target_categories"));
        for (const char *task : {"targets", "sentiment", "categories", "target_categories", "ner"})
            QVERIFY2(form.taskChecked(QLatin1String(task)) == (cli.count(task) == 1), task);
        auto *categories = form.findChild<QCheckBox *>(QStringLiteral("task_categories"));
        auto *perTarget = form.findChild<QCheckBox *>(QStringLiteral("task_target_categories"));
        QVERIFY(categories && perTarget);
        QVERIFY2(categories->text().startsWith(QStringLiteral("Aspect categories of each sentence (from ")),
                 qPrintable(categories->text()));
        QVERIFY2(perTarget->text().startsWith(QStringLiteral("Category of each target (from ")),
                 qPrintable(perTarget->text()));
        // The open corpus's line counts them: sentences with a category, targets with one.
        std::size_t sentences = 0, targets = 0;
        for (const mizan::Document &d : sample.corpus.documents)
            for (const mizan::Sentence &s : d.sentences) {
                bool any = false;
                for (const mizan::Opinion &o : s.opinions) {
                    any = any || !o.category.empty();
                    targets += !o.isNull && o.to > o.from && !o.category.empty();
                }
                sentences += any;
            }
        const auto counts = taskCounts(document.corpus());
        QCOMPARE(counts.at("categories"), sentences);
        QCOMPARE(counts.at("target_categories"), targets);
        const QString line = form.findChild<QListWidget *>(QStringLiteral("corpusList"))->item(0)->text();
        QVERIFY2(line.contains(QStringLiteral("aspect categories: %1").arg(sentences)) &&
                     line.contains(QStringLiteral("target categories: %1").arg(targets)),
                 qPrintable(line));

        form.setOutputFolder(tmp.filePath(QStringLiteral("run")));
        auto has = [](const mizan::TrainParams &p, const char *task) {
            return std::find(p.tasks.begin(), p.tasks.end(), task) != p.tasks.end();
        };
        mizan::TrainParams params;
        QString error;
        QVERIFY2(form.params(params, error), qPrintable(error));
        QVERIFY(has(params, "categories") && has(params, "target_categories"));
        QVERIFY(form.settingsJson().at("tasks").dump().find("target_categories") != std::string::npos);
        form.setTaskChecked(QStringLiteral("target_categories"), false);
        QVERIFY2(form.params(params, error), qPrintable(error));
        QVERIFY(has(params, "categories") && !has(params, "target_categories"));

        // One category only: nothing to tell apart, as for the CLI; the boxes are off and say why.
        mizan::Corpus single = sample.corpus;
        for (mizan::Document &d : single.documents)
            for (mizan::Sentence &s : d.sentences)
                for (mizan::Opinion &o : s.opinions)
                    if (!o.category.empty())
                        o.category = "HOTEL#GENERAL";
        document.resetCorpus(single);
        QVERIFY(!form.taskChecked(QStringLiteral("categories")));
        QVERIFY(!form.taskChecked(QStringLiteral("target_categories")));
        QVERIFY(!categories->isEnabled());
        QVERIFY2(categories->text().contains(QStringLiteral("no corpus has it")), qPrintable(categories->text()));
        QVERIFY2(form.params(params, error), qPrintable(error));
        QVERIFY(!has(params, "categories") && !has(params, "target_categories"));
        // Categories back: ticked again by default.
        document.resetCorpus(sample.corpus);
        QVERIFY(form.taskChecked(QStringLiteral("categories")));
        QVERIFY(form.taskChecked(QStringLiteral("target_categories")));

        // Arabic: the task names translated, the file name isolated.
        Language::instance()->apply(QStringLiteral("ar"));
        for (QCheckBox *box : {categories, perTarget})
            QTRY_VERIFY2(!test::hasEnglish(box->text()), qPrintable(box->text()));
        QTRY_VERIFY2(!test::hasEnglish(form.findChild<QListWidget *>(QStringLiteral("corpusList"))->item(0)->text()
                                           .remove(document.displayName())),
                     qPrintable(form.findChild<QListWidget *>(QStringLiteral("corpusList"))->item(0)->text()));
    }

    void formRefusesToStartWithoutOutputFolder()
    {
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        auto *panel = window.panel<TrainingPanel>(QStringLiteral("training"));
        panel->form()->setOutputFolder(QString());
        QVERIFY(!panel->startTraining());
        QVERIFY(!panel->isTraining());
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("output folder")));
    }
};

QTEST_MAIN(TrainingPanelTest)
#include "trainingpanel_test.moc"
