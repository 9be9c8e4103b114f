#include <QSignalSpy>
#include <QTest>

#include "corpus/corpusio.h"
#include "ui/corpus/corpusdocument.h"
#include "ui/corpus/corpusfilter.h"
#include "ui/corpus/corpusmodel.h"

using namespace mizan;
using namespace mizan::ui;

namespace {
Corpus smallCorpus()
{
    auto sentence = [](const std::string &id, const std::string &text) {
        Sentence s;
        s.id = id;
        s.text = text;
        return s;
    };
    auto opinion = [](const std::string &category, Polarity p, std::size_t from, std::size_t to) {
        Opinion o;
        o.category = category;
        o.polarity = p;
        o.from = from;
        o.to = to;
        return o;
    };
    Corpus c;
    Document a;
    a.id = "1";
    Sentence s1 = sentence("1:0", "الخدمة سيئة");
    s1.opinions.push_back(opinion("SERVICE#GENERAL", Polarity::Negative, 0, 6));
    Sentence s2 = sentence("1:1", "الإفطار رائع");
    s2.opinions.push_back(opinion("FOOD_DRINKS#QUALITY", Polarity::Positive, 0, 7));
    a.sentences = {s1, s2};
    Document b;
    b.id = "2";
    Sentence s3 = sentence("2:0", "الغرفة");
    s3.opinions.push_back(opinion("ROOMS#GENERAL", Polarity::Positive, 0, 6));
    s3.opinions.push_back(opinion("ROOMS#CLEANLINESS", Polarity::Negative, 0, 6));
    Sentence s4 = sentence("2:1", "سنعود مرة أخرى");
    b.sentences = {s3, s4};
    c.documents = {a, b};
    return c;
}
} // namespace

class CorpusFilterTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<CorpusDocument>();
        m_document->resetCorpus(smallCorpus());
        m_model = std::make_unique<CorpusModel>(m_document.get());
        m_filter = std::make_unique<CorpusFilter>();
        m_filter->setSourceModel(m_model.get());
    }
    void treeShape()
    {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 2);
        const QModelIndex s = m_model->index(1, 0, m_model->index(0, 0));
        QCOMPARE(s.data().toString(), QStringLiteral("الإفطار رائع"));
        QCOMPARE(m_model->refAt(s), (SentenceRef{0, 1}));
        QCOMPARE(m_model->indexOf({0, 1}), s);
        QCOMPARE(m_model->parent(s), m_model->index(0, 0));
        QCOMPARE(m_filter->matchingSentences(), 4);
    }
    void filtersByTextPolarityCategoryConflictAndUnannotated()
    {
        FilterCriteria c;
        c.text = QStringLiteral("رائع");
        m_filter->setCriteria(c);
        QCOMPARE(m_filter->matchingSentences(), 1);
        QCOMPARE(m_filter->rowCount(), 1);  // only the document holding it

        c = {};
        c.polarity = QStringLiteral("negative");
        m_filter->setCriteria(c);
        QCOMPARE(m_filter->matchingSentences(), 2);

        c = {};
        c.category = QStringLiteral("ROOMS#CLEANLINESS");
        m_filter->setCriteria(c);
        QCOMPARE(m_filter->matchingSentences(), 1);

        c = {};
        c.label = QStringLiteral("FOOD_DRINKS");
        m_filter->setCriteria(c);
        QCOMPARE(m_filter->matchingSentences(), 1);

        c = {};
        c.conflictsOnly = true;
        m_filter->setCriteria(c);
        QCOMPARE(m_filter->matchingSentences(), 1);

        c = {};
        c.unannotatedOnly = true;
        m_filter->setCriteria(c);
        QCOMPARE(m_filter->matchingSentences(), 1);
    }
    void normalisedSearchIgnoresLetterVariants()
    {
        // "الافطار" (bare alef) finds "الإفطار" only in the normalised text.
        FilterCriteria c;
        c.text = QStringLiteral("الافطار");
        m_filter->setCriteria(c);
        QCOMPARE(m_filter->matchingSentences(), 0);
        c.normalized = true;
        m_filter->setCriteria(c);
        QCOMPARE(m_filter->matchingSentences(), 1);
    }
    void sortsWithArabicCollation()
    {
        m_filter->sort(CorpusModel::TextColumn, Qt::AscendingOrder);
        const QModelIndex doc = m_filter->index(0, 0);
        QStringList texts;
        for (int r = 0; r < m_filter->rowCount(doc); ++r)
            texts << m_filter->index(r, 0, doc).data().toString();
        // Alef-hamza sorts with alef: "الإفطار" before "الخدمة".
        QCOMPARE(texts, (QStringList{QStringLiteral("الإفطار رائع"), QStringLiteral("الخدمة سيئة")}));
    }
    void editsReachTheModel()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Sentence s = m_document->sentence({1, 1});
        s.reviewed = true;
        m_document->setSentence({1, 1}, s);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_model->indexOf({1, 1}).data(CorpusModel::ReviewedRole).toBool(), true);
    }

    // A sentence edited out of the filter leaves the list at once (and comes back on undo).
    void aSentenceThatNoLongerMatchesLeavesTheList()
    {
        FilterCriteria c;
        c.unannotatedOnly = true;
        m_filter->setCriteria(c);
        const int before = m_filter->matchingSentences();
        QVERIFY(before >= 1);
        SentenceRef unannotated;
        for (int d = 0; d < 2 && !unannotated.isValid(); ++d)
            for (int i = 0; i < m_model->rowCount(m_model->index(d, 0)); ++i)
                if (m_model->indexOf({d, i}).data(CorpusModel::UnannotatedRole).toBool()) {
                    unannotated = {d, i};
                    break;
                }
        QVERIFY(unannotated.isValid());
        QVERIFY(m_filter->mapFromSource(m_model->indexOf(unannotated)).isValid());
        Sentence s = m_document->sentence(unannotated);
        Opinion added;
        added.category = "HOTEL#GENERAL";
        added.polarity = Polarity::Positive;
        added.isNull = true;  // a sentence-level opinion annotates the sentence too
        s.opinions.push_back(added);
        m_document->setSentence(unannotated, s);
        QCOMPARE(m_filter->matchingSentences(), before - 1);
        QVERIFY(!m_filter->mapFromSource(m_model->indexOf(unannotated)).isValid());
        s.opinions.clear();
        m_document->setSentence(unannotated, s);
        QCOMPARE(m_filter->matchingSentences(), before);
    }

private:
    std::unique_ptr<CorpusDocument> m_document;
    std::unique_ptr<CorpusModel> m_model;
    std::unique_ptr<CorpusFilter> m_filter;
};

QTEST_MAIN(CorpusFilterTest)
#include "corpusfilter_test.moc"
