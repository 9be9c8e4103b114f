// "Annotate next" and "Compare annotators" driven through the real widgets in the main window:
// retrain the baseline off the GUI thread and rank, open a ranked sentence by double-click;
// open a second annotation, browse a disagreement with both versions highlighted, take B /
// take A (undoable), save the merged corpus and read it back.
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
