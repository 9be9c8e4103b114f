// Save, Save As and Export on the real main window: a format that cannot hold part of the
// corpus is named before anything is written, and refusing leaves no file; SemEval XML keeps
// review marks and entity spans imported from CoNLL.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "corpus/corpusio.h"
#include "ui/corpus/exportwarning.h"
#include "../uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

namespace {

Corpus corpusWithEveryKind(bool uncategorised)
{
    Corpus c;
    c.format = CorpusFormat::SemEvalXml;
    Document d;
    d.id = "r1";
    Sentence s;
    s.id = "r1:0";
    s.text = "الموظف أحمد لطيف";
    s.opinions.push_back({"الموظف", false, uncategorised ? "" : "SERVICE#GENERAL", Polarity::Positive, 0, 6, {}});
    s.opinions.push_back({"", true, "HOTEL#GENERAL", Polarity::Positive, 0, 0, {}});
    s.entities.push_back({"PERS", 7, 11});
    s.reviewed = true;
    d.sentences.push_back(s);
    c.documents.push_back(d);
    return c;
}

} // namespace

class ExportWarningTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_asked.clear();
        m_window->setExportLossPrompt([this](const QStringList &losses) {
            m_asked << losses;
            return m_answer;
        });
    }

    void cleanup()
    {
        m_window->setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        m_window->close();
        m_window.reset();
    }

    void semevalKeepsMarksAndEntitiesWithoutAsking()
    {
        m_window->document()->resetCorpus(corpusWithEveryKind(false));
        const QString path = m_dir.filePath(QStringLiteral("kept.xml"));
        QVERIFY(m_window->saveAs(path, CorpusFormat::SemEvalXml));
        QVERIFY(m_asked.isEmpty());
        ImportResult back = importCorpus(path.toStdString(), {true, CorpusFormat::SemEvalXml});
        QVERIFY(back.ok);
        QCOMPARE(back.corpus.documents[0].sentences[0], corpusWithEveryKind(false).documents[0].sentences[0]);
    }

    void uncategorisedOpinionIsNamedBeforeSaving()
    {
        m_window->document()->resetCorpus(corpusWithEveryKind(true));
        const QString path = m_dir.filePath(QStringLiteral("refused.xml"));
        m_answer = false;
        QVERIFY(!m_window->saveAs(path, CorpusFormat::SemEvalXml));
        QCOMPARE(m_asked.size(), 1);
        const QString asked = m_asked[0].join(QLatin1Char('\n'));
        QVERIFY2(asked.contains(QStringLiteral("category=\"\"")), qPrintable(asked));
        QVERIFY(!QFile::exists(path));
        m_answer = true;
        QVERIFY(m_window->saveAs(path, CorpusFormat::SemEvalXml));
        QVERIFY(QFile::exists(path));
    }

    void conllExportNamesEverythingItDrops()
    {
        m_window->document()->resetCorpus(corpusWithEveryKind(false));
        const QString path = m_dir.filePath(QStringLiteral("copy.conll"));
        m_answer = false;
        QVERIFY(!m_window->exportCopy(path, CorpusFormat::Conll));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_asked.size(), 1);
        const QStringList &lines = m_asked[0];
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.filter(QStringLiteral("1 opinion target")).size() == 1);
        QVERIFY(lines.filter(QStringLiteral("1 sentence-level opinion")).size() == 1);
        QVERIFY(lines.filter(QStringLiteral("1 review mark")).size() == 1);
        m_answer = true;
        QVERIFY(m_window->exportCopy(path, CorpusFormat::Conll));
        QVERIFY(QFile::exists(path));
        // Mizan JSONL keeps everything: no question.
        m_asked.clear();
        QVERIFY(m_window->exportCopy(m_dir.filePath(QStringLiteral("all.jsonl")), CorpusFormat::JsonlMizan));
        QVERIFY(m_asked.isEmpty());
    }

    void conllEntitiesSurviveSavingAsSemEval()
    {
        // An entity corpus read from CoNLL, saved as SemEval XML, read back: the spans are there.
        const QString conll = m_dir.filePath(QStringLiteral("ner.conll"));
        QFile file(conll);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("زار\tO\nأحمد\tB-PERS\nالقاهرة\tB-LOC\n\n");
        file.close();
        QVERIFY(test::openAndWait(*m_window, conll));
        const QString xml = m_dir.filePath(QStringLiteral("ner.xml"));
        QVERIFY(m_window->saveAs(xml, CorpusFormat::SemEvalXml));
        QVERIFY(m_asked.isEmpty());
        ImportResult back = importCorpus(xml.toStdString(), {true, CorpusFormat::SemEvalXml});
        QVERIFY(back.ok);
        const std::vector<EntitySpan> expected = {{"PERS", 4, 8}, {"LOC", 9, 16}};
        QCOMPARE(back.corpus.documents[0].sentences[0].entities, expected);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QList<QStringList> m_asked;
    bool m_answer = true;
};

QTEST_MAIN(ExportWarningTest)
#include "exportwarning_test.moc"
