// "Annotate next" and "Compare annotators" driven through the real widgets in the main window:
// retrain the baseline off the GUI thread and rank, open a ranked sentence by double-click;
// open a second annotation, browse a disagreement with both versions highlighted, take B /
// take A (undoable), save the merged corpus and read it back; each retrain adds a point to the
// corpus's learning curve, kept for the next session and shown in the Results panel too.
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "corpus/corpusio.h"
#include "ui/annotate/sentenceview.h"
#include "ui/annotate/textpanel.h"
#include "ui/annotation/annotatenextpanel.h"
#include "ui/annotation/comparepanel.h"
#include "ui/results/resultspanel.h"
#include "ui/training/livechart.h"
#include "ui/training/studiopanels.h"
#include "../uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

class AnnotationPanelsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    // A second annotation of the sample: the first target's polarity flipped, the second
    // sentence's opinions dropped, everything else the same.
    QString writeSecondAnnotation(const Corpus &a, std::string *flippedId, std::string *droppedId)
    {
        Corpus b = a;
        Sentence *first = nullptr, *second = nullptr;
        for (Document &d : b.documents)
            for (Sentence &s : d.sentences) {
                bool explicitTarget = false;
                for (const Opinion &o : s.opinions)
                    explicitTarget = explicitTarget || (!o.isNull && o.to > o.from);
                if (!explicitTarget)
                    continue;
                if (!first)
                    first = &s;
                else if (!second)
                    second = &s;
            }
        if (!first || !second)
            return {};
        for (Opinion &o : first->opinions)
            if (!o.isNull && o.to > o.from) {
                o.polarity = o.polarity == Polarity::Positive ? Polarity::Negative : Polarity::Positive;
                break;
            }
        second->opinions.clear();
        *flippedId = first->id;
        *droppedId = second->id;
        const QString path = m_tmp.filePath(QStringLiteral("annotator_b.jsonl"));
        return exportCorpus(b, path.toStdString(), CorpusFormat::JsonlMizan).isOk() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        registerStudioPanels();
        QVERIFY(m_tmp.isValid());
    }

    void retrainRanksAndDoubleClickOpensTheSentence()
    {
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        auto *panel = window.panel<AnnotateNextPanel>(QStringLiteral("annotate-next"));
        QVERIFY(panel);
        panel->setPool(RankPool::All);
        panel->setStrategy(RankStrategy::TokenEntropy);
        QSignalSpy ranked(panel, &AnnotateNextPanel::ranked);
        QVERIFY(panel->retrain());
        QVERIFY(panel->isBusy());
        QVERIFY(!panel->retrain());  // one job at a time
        QVERIFY(ranked.wait(120000));
        QVERIFY2(ranked.takeFirst().at(0).toBool(), qPrintable(panel->statusLabel()->text()));
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("Baseline retrained on")));
        const int rows = panel->model()->rowCount();
        QCOMPARE(rows, 50);
        double previous = 1e9;
        for (int r = 0; r < rows; ++r) {
            const double score = panel->model()->index(r, 1).data().toDouble();
            QVERIFY(score <= previous);
            previous = score;
        }
        // Re-rank with the retrained model and another strategy (no retrain this time).
        panel->setStrategy(RankStrategy::Margin);
        QVERIFY(panel->rank());
        QVERIFY(ranked.wait(120000));
        QVERIFY(ranked.takeFirst().at(0).toBool());
        QVERIFY(!panel->statusLabel()->text().contains(QStringLiteral("retrained")));

        const SentenceRef ref = panel->sentenceAt(2);
        QVERIFY(ref.isValid());
        QTableView *table = panel->table();
        const QRect cell = table->visualRect(panel->model()->index(2, 3));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(window.textPanel()->currentSentence(), ref);
    }

    void retrainAddsALearningCurvePointKeptPerCorpus()
    {
        // A copy of the sample at a path of its own: a fresh curve file on every run.
        const QString corpus = m_tmp.filePath(QStringLiteral("curve_hotels.xml"));
        QVERIFY(QFile::copy(QStringLiteral(MIZAN_RESOURCES_DIR "/sample/hotel_reviews_sample.xml"), corpus));
        QString file;
        {
            MainWindow window;
            QVERIFY(test::openAndWait(window, corpus));
            auto *panel = window.panel<AnnotateNextPanel>(QStringLiteral("annotate-next"));
            QVERIFY(panel);
            file = panel->curveFileName();
            QVERIFY(!file.isEmpty());
            QVERIFY(!QFile::exists(file));
            QVERIFY(panel->rounds().empty());
            QVERIFY(panel->curveNote()->text().contains(QStringLiteral("Each retrain adds a point")));
            QSignalSpy ranked(panel, &AnnotateNextPanel::ranked);
            QVERIFY(panel->retrain());
            QVERIFY(ranked.wait(180000));
            QVERIFY2(ranked.takeFirst().at(0).toBool(), qPrintable(panel->statusLabel()->text()));
            QCOMPARE(panel->rounds().size(), std::size_t(1));
            const LearningRound &round = panel->rounds().front();
            QCOMPARE(round.labelled, RankJob::annotatedSentences(window.document()->corpus()).size());
            QVERIFY(round.heldOut > 0 && round.heldOut < round.labelled);
            QVERIFY(round.accuracy && round.macroF1 && round.targetF1 && !round.entityF1);
            QCOMPARE(round.strategy, std::string("entropy"));
            QCOMPARE(panel->learningCurve()->pointCount(QStringLiteral("Sentiment accuracy")), 1);
            QCOMPARE(panel->learningCurve()->pointCount(QStringLiteral("Target F1")), 1);
            QCOMPARE(panel->learningCurve()->pointCount(QStringLiteral("Entity F1")), 0);
            QVERIFY(panel->curveNote()->text().contains(QStringLiteral("1 round")));
            auto stored = readLearningCurve(file.toStdString());
            QVERIFY(stored.ok());
            QCOMPARE(stored->size(), std::size_t(1));
            QCOMPARE(stored->front().accuracy, round.accuracy);
            // The Results panel's Learning curve tab follows the queue's rounds.
            auto *results = window.panel<ResultsPanel>(QStringLiteral("results"));
            QVERIFY(results);
            QCOMPARE(results->learningCurve()->rounds().size(), std::size_t(1));
            QCOMPARE(results->learningCurve()->chart()->pointCount(QStringLiteral("Target F1")), 1);
        }
        {
            // The next session on the same file shows the rounds done before.
            MainWindow window;
            QVERIFY(test::openAndWait(window, corpus));
            auto *panel = window.panel<AnnotateNextPanel>(QStringLiteral("annotate-next"));
            QCOMPARE(panel->rounds().size(), std::size_t(1));
            QCOMPARE(panel->learningCurve()->pointCount(QStringLiteral("Sentiment macro-F1")), 1);
        }
        {
            // A damaged curve file is named, not drawn, and nothing breaks.
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
            damaged.write("{\"rounds\": [{\"labelled\": \"many\"}]}");
            damaged.close();
            MainWindow window;
            QVERIFY(test::openAndWait(window, corpus));
            auto *panel = window.panel<AnnotateNextPanel>(QStringLiteral("annotate-next"));
            QVERIFY(panel->rounds().empty());
            QVERIFY2(panel->curveNote()->text().contains(file), qPrintable(panel->curveNote()->text()));
            QVERIFY(panel->curveNote()->text().contains(QStringLiteral("round 1")));
        }
    }

    void compareBrowseAdjudicateUndoAndSave()
    {
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        CorpusDocument *doc = window.document();
        std::string flippedId, droppedId;
        const QString second = writeSecondAnnotation(doc->corpus(), &flippedId, &droppedId);
        QVERIFY(!second.isEmpty());
        auto *panel = window.panel<ComparePanel>(QStringLiteral("compare-annotators"));
        QVERIFY(panel);
        QSignalSpy compared(panel, &ComparePanel::compared);
        panel->openSecond(second);
        QVERIFY(compared.wait(30000));
        QVERIFY(compared.takeFirst().at(0).toBool());
        QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("Targets")));
        const AnnotatorPair pair = panel->comparison()->report.pairs.front();  // a copy: the report is replaced
        QCOMPARE(pair.polarity.items, pair.polarity.agreed + 1);  // exactly one flip
        QVERIFY(pair.targets.countA > pair.targets.countB);
        // Disagreements: the flip (target and category polarity) and the dropped sentence's.
        QStandardItemModel *rows = panel->model();
        QVERIFY(rows->rowCount() >= 3);
        int flipRow = -1;
        for (int r = 0; r < rows->rowCount(); ++r)
            if (rows->index(r, 0).data().toString().toStdString() == flippedId &&
                rows->index(r, 1).data() == QStringLiteral("targets") && rows->index(r, 2).data() == QStringLiteral("polarity"))
                flipRow = r;
        QVERIFY(flipRow >= 0);
        panel->selectDisagreement(flipRow);
        QVERIFY(!panel->viewA()->highlights().isEmpty());
        QVERIFY(panel->viewA()->currentSpan() >= 0);
        QVERIFY(panel->viewB()->currentSpan() >= 0);
        QCOMPARE(panel->viewA()->text(), panel->viewB()->text());

        // Take B: the sentence becomes B's version (reviewed), one undo step; the list shrinks.
        const int before = rows->rowCount();
        QVERIFY(panel->takeB());
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(compared.wait(30000));
        compared.clear();
        QVERIFY(rows->rowCount() < before);
        QCOMPARE(panel->comparison()->report.pairs.front().polarity.agreed, pair.polarity.items);
        doc->undoStack()->undo();
        QVERIFY(compared.wait(30000));
        compared.clear();
        QCOMPARE(rows->rowCount(), before);

        // Take A on the dropped sentence: kept as is, marked reviewed, hidden from the list.
        int dropRow = -1;
        for (int r = 0; r < rows->rowCount(); ++r)
            if (rows->index(r, 0).data().toString().toStdString() == droppedId)
                dropRow = r;
        QVERIFY(dropRow >= 0);
        panel->selectDisagreement(dropRow);
        QVERIFY(panel->takeA());
        QVERIFY(compared.wait(30000));
        for (int r = 0; r < rows->rowCount(); ++r)
            QVERIFY(rows->index(r, 0).data().toString().toStdString() != droppedId);

        // The merged corpus saves like any other and reads back with the decision.
        const QString merged = m_tmp.filePath(QStringLiteral("merged.jsonl"));
        QVERIFY(doc->saveAs(merged, CorpusFormat::JsonlMizan).isOk());
        ImportResult back = importCorpus(merged.toStdString());
        QVERIFY(back.ok);
        QVERIFY(back.corpus == doc->corpus());
    }

    void unreadableSecondAnnotationIsReported()
    {
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        auto *panel = window.panel<ComparePanel>(QStringLiteral("compare-annotators"));
        QSignalSpy compared(panel, &ComparePanel::compared);
        panel->openSecond(m_tmp.filePath(QStringLiteral("missing.xml")));
        QVERIFY(compared.wait(30000));
        QVERIFY(!compared.takeFirst().at(0).toBool());
        QVERIFY(panel->comparison() == nullptr);
    }
};

QTEST_MAIN(AnnotationPanelsTest)
#include "annotationpanels_test.moc"
