// Screenshots of "Annotate next" (after a retrain, with its learning curve) and "Compare annotators" (a disagreement
// selected) in English and Arabic, for looking at: joined right-to-left text, both versions
// highlighted, mirrored layout. Runs under Xvfb; writes PNGs to MIZAN_SCREENSHOT_DIR and skips
// when it is unset.
#include <QDir>
#include <QFileInfo>
#include <QDockWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include "annotation/learningcurve.h"
#include "corpus/corpusio.h"
#include "ui/annotate/sentenceview.h"
#include "ui/annotation/annotatenextpanel.h"
#include "ui/annotation/comparepanel.h"
#include "ui/training/studiopanels.h"
#include "../uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

class AnnotationScreenshotTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("MIZAN_SCREENSHOT_DIR");
        if (m_dir.isEmpty())
            QSKIP("MIZAN_SCREENSHOT_DIR is not set");
        QVERIFY(QDir().mkpath(m_dir));
        test::initTestEnvironment();
        registerStudioPanels();
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QVERIFY(Language::instance()->apply(language));
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::openAndWait(window));

        auto *next = window.panel<AnnotateNextPanel>(QStringLiteral("annotate-next"));
        window.dock(QStringLiteral("annotate-next"))->show();
        window.dock(QStringLiteral("annotate-next"))->raise();
        // Earlier rounds, as if the reviews had been annotated 5, 9, 13 and 17 at a time: real
        // scores of baselines trained on those first reviews; the retrain below adds the last.
        std::vector<LearningRound> earlier;
        for (std::size_t reviews : {5, 9, 13, 17}) {
            Corpus part = window.document()->corpus();
            for (std::size_t d = reviews; d < part.documents.size(); ++d)
                for (Sentence &s : part.documents[d].sentences) {
                    s.opinions.clear();
                    s.reviewed = false;
                }
            auto round = scoreAnnotated(part);
            QVERIFY2(round.ok(), round.error().c_str());
            round->strategy = "entropy";
            earlier.push_back(*round);
        }
        QVERIFY(QDir().mkpath(QFileInfo(next->curveFileName()).path()));
        QVERIFY(writeLearningCurve(next->curveFileName().toStdString(), "sample", earlier).isOk());
        QVERIFY(test::openAndWait(window));  // read again: the panel loads the curve
        QCOMPARE(next->rounds().size(), earlier.size());
        next->setPool(RankPool::All);
        next->setStrategy(RankStrategy::TokenEntropy);
        QSignalSpy ranked(next, &AnnotateNextPanel::ranked);
        QVERIFY(next->retrain());
        QVERIFY(ranked.wait(120000));
        QVERIFY(ranked.takeFirst().at(0).toBool());
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(m_dir).filePath(QStringLiteral("annotate-next-%1.png").arg(language))));
        QVERIFY(next->grab().save(QDir(m_dir).filePath(QStringLiteral("annotate-next-panel-%1.png").arg(language))));

        // B: every first explicit target's polarity flipped.
        Corpus b = window.document()->corpus();
        for (Document &d : b.documents)
            for (Sentence &s : d.sentences)
                for (Opinion &o : s.opinions)
                    if (!o.isNull && o.to > o.from) {
                        o.polarity = o.polarity == Polarity::Positive ? Polarity::Negative : Polarity::Positive;
                        break;
                    }
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("annotator_b.jsonl"));
        QVERIFY(exportCorpus(b, path.toStdString(), CorpusFormat::JsonlMizan).isOk());
        auto *compare = window.panel<ComparePanel>(QStringLiteral("compare-annotators"));
        window.dock(QStringLiteral("compare-annotators"))->show();
        window.dock(QStringLiteral("compare-annotators"))->raise();
        QSignalSpy compared(compare, &ComparePanel::compared);
        compare->openSecond(path);
        QVERIFY(compared.wait(30000));
        compare->selectDisagreement(2);
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(m_dir).filePath(QStringLiteral("compare-%1.png").arg(language))));
        QVERIFY(compare->grab().save(QDir(m_dir).filePath(QStringLiteral("compare-panel-%1.png").arg(language))));
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        window.close();
        Language::instance()->apply(QStringLiteral("en"));
    }

private:
    QString m_dir;
};

QTEST_MAIN(AnnotationScreenshotTest)
#include "annotationscreenshot_test.moc"
