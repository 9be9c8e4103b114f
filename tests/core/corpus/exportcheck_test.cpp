// Every annotation kind through every pair of formats: each survives the save and the
// re-import, or exportLosses() named it before the write.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "corpus/corpusio.h"
#include "corpus/exportcheck.h"
#include "support/testsupport.h"

using namespace mizan;

namespace {

Corpus everyKind()
{
    Corpus c;
    c.format = CorpusFormat::SemEvalXml;
    Document d;
    d.id = "r1";
    d.documentOpinions.push_back({"", true, "HOTEL#GENERAL", Polarity::Positive, 0, 0, {}});
    Sentence s;
    s.id = "r1:0";
    s.text = "الفندق نظيف جدا والموظف أحمد لطيف";
    s.opinions.push_back({"الفندق", false, "HOTEL#CLEANLINESS", Polarity::Positive, 0, 6, {}});
    s.opinions.push_back({"الفندق", false, "HOTEL#GENERAL", Polarity::Negative, 0, 6, {}});
    s.opinions.push_back({"", true, "SERVICE#GENERAL", Polarity::Neutral, 0, 0, {}});
    s.opinions.push_back({"والموظف", false, "", Polarity::Positive, 16, 23, {}});  // accepted suggestion
    s.entities.push_back({"PERS", 24, 28});
    s.reviewed = true;
    d.sentences.push_back(s);
    Sentence t;
    t.id = "r1:1";
    t.text = "خارج الموضوع";
    t.outOfScope = true;
    d.sentences.push_back(t);
    c.documents.push_back(d);
    return c;
}

// One string per item of each kind, by sentence position, so a lost item shows as a difference.
using Items = std::map<std::string, std::multiset<std::string>>;

Items itemsOf(const Corpus &c)
{
    Items items;
    std::size_t n = 0;
    for (const Document &d : c.documents) {
        for (const Opinion &o : d.documentOpinions)
            items["review"].insert(o.category + polarityName(o.polarity));
        for (const Sentence &s : d.sentences) {
            const std::string at = std::to_string(n++) + ":";
            items["text"].insert(at + s.text);
            for (const Opinion &o : s.opinions) {
                std::ostringstream key;
                key << at << o.target << '|' << o.category << '|' << polarityName(o.polarity) << '|' << o.from << '-' << o.to;
                items[o.isNull ? "null" : o.category.empty() ? "uncategorised" : "span"].insert(key.str());
            }
            for (const EntitySpan &e : s.entities)
                items["entity"].insert(at + e.label + std::to_string(e.start) + "-" + std::to_string(e.end));
            if (s.reviewed)
                items["reviewed"].insert(at);
            if (s.outOfScope)
                items["outOfScope"].insert(at);
        }
    }
    return items;
}

// The words of ExportLoss::what that announce the loss of each kind.
const std::map<std::string, std::vector<std::string>> kAnnounced = {
    {"review", {"review-level opinions"}},
    {"text", {"spacing"}},
    {"null", {"sentence-level opinions"}},
    {"uncategorised", {"opinion targets", "without a category"}},
    {"span", {"opinion targets", "target categories"}},
    {"entity", {"entity"}},
    {"reviewed", {"review marks"}},
    {"outOfScope", {"out-of-scope"}},
};

const char *extensionOf(CorpusFormat f)
{
    switch (f) {
    case CorpusFormat::SemEvalXml: return ".xml";
    case CorpusFormat::Conll: return ".conll";
    default: return ".jsonl";
    }
}

Corpus roundTrip(const Corpus &c, CorpusFormat format, const std::string &dir)
{
    const std::string path = dir + "/out" + extensionOf(format);
    const Status written = exportCorpus(c, path, format);
    EXPECT_TRUE(written.ok()) << written.message();
    ImportOptions options;
    options.strict = true;
    options.format = format;
    ImportResult r = importCorpus(path, options);
    EXPECT_TRUE(r.ok) << formatName(format) << ": " << (r.report.issues.empty() ? "" : r.report.issues[0].toString());
    EXPECT_TRUE(r.report.issues.empty()) << formatName(format) << ": " << r.report.issues[0].toString();
    return r.corpus;
}

// Each kind that changed from `before` to `after` was announced by exportLosses().
void expectLossesAnnounced(const Corpus &before, const Corpus &after, CorpusFormat format, const std::string &route)
{
    const std::vector<ExportLoss> losses = exportLosses(before, format);
    const Items a = itemsOf(before), b = itemsOf(after);
    for (const auto &[kind, words] : kAnnounced) {
        const auto itA = a.find(kind), itB = b.find(kind);
        const std::multiset<std::string> none;
        if ((itA == a.end() ? none : itA->second) == (itB == b.end() ? none : itB->second))
            continue;
        bool announced = false;
        for (const ExportLoss &l : losses)
            for (const std::string &w : words)
                announced = announced || l.what.find(w) != std::string::npos;
        EXPECT_TRUE(announced) << route << ": " << kind << " changed without a warning";
    }
}

const CorpusFormat kFormats[] = {CorpusFormat::SemEvalXml, CorpusFormat::Conll, CorpusFormat::JsonlDoccano,
                                 CorpusFormat::JsonlMizan};

} // namespace

TEST(ExportCheck, EveryKindThroughEveryFormatPairSurvivesOrIsAnnounced)
{
    test::TempDir dir;
    const Corpus original = everyKind();
    for (CorpusFormat first : kFormats) {
        const Corpus once = roundTrip(original, first, dir.path.string());
        expectLossesAnnounced(original, once, first, formatName(first));
        for (CorpusFormat second : kFormats) {
            const Corpus twice = roundTrip(once, second, dir.path.string());
            expectLossesAnnounced(once, twice, second, std::string(formatName(first)) + " -> " + formatName(second));
        }
    }
}

TEST(ExportCheck, SemEvalKeepsReviewMarksAndEntities)
{
    test::TempDir dir;
    const Corpus original = everyKind();
    const Corpus back = roundTrip(original, CorpusFormat::SemEvalXml, dir.path.string());
    ASSERT_EQ(back.documents.size(), 1u);
    const Sentence &s = back.documents[0].sentences[0];
    EXPECT_TRUE(s.reviewed);
    EXPECT_FALSE(back.documents[0].sentences[1].reviewed);
    ASSERT_EQ(s.entities.size(), 1u);
    EXPECT_EQ(s.entities[0], (EntitySpan{"PERS", 24, 28}));
    EXPECT_EQ(s.opinions, original.documents[0].sentences[0].opinions);
    // Only the uncategorised opinion is announced for SemEval.
    const std::vector<ExportLoss> losses = exportLosses(original, CorpusFormat::SemEvalXml);
    ASSERT_EQ(losses.size(), 1u);
    EXPECT_EQ(losses[0].count, 1u);
    EXPECT_NE(losses[0].message.find("category"), std::string::npos);
}

TEST(ExportCheck, SemEvalAdditionsLeaveTheStandardElementsUntouched)
{
    // A reader that knows only SemEval's elements and attributes sees exactly the file written
    // without Mizan's additions: the additions are one attribute and one trailing element.
    test::TempDir dir;
    Corpus plain = everyKind();
    for (Sentence &s : plain.documents[0].sentences) {
        s.reviewed = false;
        s.entities.clear();
    }
    const std::string withPath = dir.path.string() + "/with.xml", plainPath = dir.path.string() + "/plain.xml";
    ASSERT_TRUE(exportCorpus(everyKind(), withPath, CorpusFormat::SemEvalXml).ok());
    ASSERT_TRUE(exportCorpus(plain, plainPath, CorpusFormat::SemEvalXml).ok());
    auto slurp = [](const std::string &p) {
        std::ifstream in(p);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    std::string with = slurp(withPath);
    const std::size_t attr = with.find(" reviewed=\"TRUE\"");
    ASSERT_NE(attr, std::string::npos);
    with.erase(attr, std::string(" reviewed=\"TRUE\"").size());
    const std::size_t open = with.find("<Entities>"), close = with.find("</Entities>");
    ASSERT_NE(open, std::string::npos);
    ASSERT_NE(close, std::string::npos);
    const std::size_t lineStart = with.rfind('\n', open) + 1;
    with.erase(lineStart, close + std::string("</Entities>\n").size() - lineStart);
    EXPECT_EQ(with, slurp(plainPath));
}

TEST(ExportCheck, ConllAnnouncesOpinionsAndMarks)
{
    const std::vector<ExportLoss> losses = exportLosses(everyKind(), CorpusFormat::Conll);
    std::set<std::string> what;
    for (const ExportLoss &l : losses)
        what.insert(l.what);
    EXPECT_TRUE(what.count("opinion targets (with category and polarity)"));
    EXPECT_TRUE(what.count("review marks"));
    EXPECT_TRUE(what.count("review-level opinions"));
    EXPECT_TRUE(exportLosses(everyKind(), CorpusFormat::JsonlMizan).empty());
}

TEST(ExportCheck, BadEntityElementIsReportedWithItsLine)
{
    const std::string xml =
        "<Reviews><Review rid=\"1\"><sentences><sentence id=\"1:0\"><text>abc</text>\n"
        "<Entities><Entity label=\"PERS\" from=\"2\" to=\"9\"/></Entities></sentence></sentences></Review></Reviews>";
    ImportOptions o;
    o.format = CorpusFormat::SemEvalXml;
    ImportResult r = importCorpusData(xml, "mem.xml", o);
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(r.report.issues.size(), 1u);
    EXPECT_EQ(r.report.issues[0].line, 2u);
    EXPECT_NE(r.report.issues[0].message.find("<Entity>"), std::string::npos);
    EXPECT_TRUE(r.corpus.documents[0].sentences[0].entities.empty());
}
