#include <gtest/gtest.h>

#include <filesystem>

#include "corpus/corpusio.h"
#include "support/testsupport.h"

using namespace mizan;

namespace {

ImportResult importConll(const std::string &text, bool strict = false)
{
    ImportOptions o;
    o.strict = strict;
    o.format = CorpusFormat::Conll;
    return importCorpusData(text, "mem.conll", o);
}

std::size_t countIssues(const ImportReport &r, const std::string &needle)
{
    std::size_t n = 0;
    for (const ImportIssue &i : r.issues)
        n += i.message.find(needle) != std::string::npos;
    return n;
}

} // namespace

TEST(Conll, SpacesTabsBlankLinesAndEntities)
{
    ImportResult r = importConll("زار O\nمحمد B-PERS\nالعلي I-PERS\nدبي\tB-LOC\n\n\nالشركة O\n");
    ASSERT_TRUE(r.ok);
    EXPECT_TRUE(r.report.issues.empty());
    ASSERT_EQ(r.corpus.documents.size(), 1u);
    ASSERT_EQ(r.corpus.sentenceCount(), 2u);
    const Sentence &s = r.corpus.documents[0].sentences[0];
    EXPECT_EQ(s.text, "زار محمد العلي دبي");
    EXPECT_EQ(s.id, "1:0");
    EXPECT_EQ(s.sourceLine, 1u);
    ASSERT_EQ(s.entities.size(), 2u);
    EXPECT_EQ(s.entities[0], (EntitySpan{"PERS", 4, 14}));
    EXPECT_EQ(s.entities[1], (EntitySpan{"LOC", 15, 18}));
    EXPECT_EQ(r.corpus.documents[0].sentences[1].sourceLine, 7u);
}

TEST(Conll, CrlfBomAndDocstart)
{
    ImportResult r = importConll("\xEF\xBB\xBF-DOCSTART- O\r\n\r\nA B-ORG\r\nb O\r\n\r\n-DOCSTART- O\r\n\r\nC B-LOC\r\n");
    ASSERT_TRUE(r.ok);
    EXPECT_TRUE(r.report.issues.empty());
    ASSERT_EQ(r.corpus.documents.size(), 2u);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].text, "A b");
    EXPECT_EQ(r.corpus.documents[1].id, "2");
    EXPECT_EQ(r.corpus.documents[1].sentences[0].entities[0], (EntitySpan{"LOC", 0, 1}));
}

TEST(Conll, ExtraColumnsUseTheFirstTagAndAreReportedOnce)
{
    ImportResult r = importConll("a NN B-PERS\nb NN I-PERS\n", false);
    ASSERT_TRUE(r.ok);
    // column 2 is the first tag column: "NN" is malformed here, reported per line.
    EXPECT_EQ(countIssues(r.report, "only the first tag column"), 1u);
    ImportResult t = importConll("a B-PERS x\nb I-PERS y\n", true);
    ASSERT_TRUE(t.ok);
    EXPECT_EQ(t.corpus.documents[0].sentences[0].entities[0], (EntitySpan{"PERS", 0, 3}));
    EXPECT_EQ(countIssues(t.report, "only the first tag column"), 1u);
    ImportResult trailing = importConll("a\tB-PERS\t\nb\tI-PERS\t\t\n", true);
    ASSERT_TRUE(trailing.ok);
    EXPECT_TRUE(trailing.report.issues.empty());
}

TEST(Conll, OrphanInsideTagIsRepairedAndReported)
{
    ImportResult r = importConll("a B-LOC\nb O\nc I-PERS\nd I-PERS\n");
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(countIssues(r.report, "without a preceding B-"), 1u);
    EXPECT_EQ(r.report.issues[0].line, 3u);
    EXPECT_EQ(r.report.issues[0].column, 3u);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].entities[1], (EntitySpan{"PERS", 4, 7}));
    EXPECT_FALSE(importConll("a B-LOC\nb O\nc I-PERS\n", true).ok);
}

TEST(Conll, Iob1IsDetectedAndConverted)
{
    ImportResult r = importConll("a I-PERS\nb I-PERS\nc B-PERS\nd O\ne I-LOC\n", true);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(countIssues(r.report, "IOB1"), 1u);
    const auto &e = r.corpus.documents[0].sentences[0].entities;
    ASSERT_EQ(e.size(), 3u);
    EXPECT_EQ(e[0], (EntitySpan{"PERS", 0, 3}));
    EXPECT_EQ(e[1], (EntitySpan{"PERS", 4, 5}));
    EXPECT_EQ(e[2], (EntitySpan{"LOC", 8, 9}));
}

TEST(Conll, MalformedTagsAreReportedWithTheirLine)
{
    ImportResult r = importConll("a B-ORG\nb I--ORG\nc IO\nd B-ORG`\n");
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(countIssues(r.report, "malformed tag"), 3u);
    EXPECT_EQ(r.report.issues[0].line, 2u);
    EXPECT_NE(r.report.issues[0].message.find("read as I-ORG"), std::string::npos);
    EXPECT_NE(r.report.issues[1].message.find("read as O"), std::string::npos);
    const auto &e = r.corpus.documents[0].sentences[0].entities;
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0], (EntitySpan{"ORG", 0, 3}));
    EXPECT_EQ(e[1], (EntitySpan{"ORG", 6, 7}));
    ImportResult strict = importConll("a B-ORG\nb I--ORG\n", true);
    EXPECT_FALSE(strict.ok);
    EXPECT_EQ(strict.report.issues.back().line, 2u);
}

TEST(Conll, MisspelledLabelNextToAFrequentOneIsRepaired)
{
    std::string text;
    for (int i = 0; i < 5; ++i)
        text += "w B-MIS1\n";
    text += "x B-MISS1\ny B-MIS0\n";
    ImportResult r = importConll(text);
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(countIssues(r.report, "misspelling of \"MIS1\""), 1u);
    EXPECT_EQ(r.report.issues[0].line, 6u);
    const auto &e = r.corpus.documents[0].sentences[0].entities;
    EXPECT_EQ(e[5].label, "MIS1");
    EXPECT_EQ(e[6].label, "MIS0");  // a substitution is another label, not a misspelling
}

TEST(Conll, RoundTripKeepsTokensAndEntities)
{
    const std::string text = "-DOCSTART- O\n\nزار O\nمحمد B-PERS\nالعلي I-PERS\n\nA B-LOC\nB B-LOC\n\n"
                             "-DOCSTART- O\n\nx B-MISC\n";
    ImportResult a = importConll(text, true);
    ASSERT_TRUE(a.ok);
    test::TempDir dir;
    ASSERT_TRUE(exportCorpus(a.corpus, dir.file("x.conll")).isOk());
    ImportResult b = importCorpus(dir.file("x.conll"), {true, CorpusFormat::Unknown});
    ASSERT_TRUE(b.ok);
    EXPECT_TRUE(b.report.issues.empty());
    EXPECT_TRUE(a.corpus == b.corpus);
}

TEST(Conll, ExportCutsWordsAtEntityBoundaries)
{
    Sentence sentence;
    sentence.id = "1:0";
    sentence.text = "والموقع جيد";
    sentence.entities = {{"TARGET", 1, 7}};
    Corpus c;
    c.documents.emplace_back();
    c.documents[0].id = "1";
    c.documents[0].sentences.push_back(sentence);
    test::TempDir dir;
    ASSERT_TRUE(exportCorpus(c, dir.file("x.conll"), CorpusFormat::Conll).isOk());
    ImportResult b = importCorpus(dir.file("x.conll"));
    ASSERT_TRUE(b.ok);
    const Sentence &s = b.corpus.documents[0].sentences[0];
    EXPECT_EQ(s.text, "و الموقع جيد");
    EXPECT_EQ(s.entities[0], (EntitySpan{"TARGET", 2, 8}));
}

TEST(Conll, AnercorpCrlfFiles)
{
    const std::string path = test::sharedFile("data/anercorp/ANERCorp_manually_cleaned_train.tsv");
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "ANERcorp not found at " << path;
    ImportResult r = importCorpus(path);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.corpus.format, CorpusFormat::Conll);
    EXPECT_EQ(r.corpus.sentenceCount(), 3753u);
    std::size_t entities = 0;
    for (const Sentence &s : r.corpus.documents[0].sentences) {
        EXPECT_EQ(s.text.find('\r'), std::string::npos);
        entities += s.entities.size();
    }
    EXPECT_GT(entities, 1000u);
    ImportResult dev = importCorpus(test::sharedFile("data/anercorp/ANERCorp_manually_cleaned_dev.tsv"));
    ASSERT_TRUE(dev.ok);
    EXPECT_EQ(dev.corpus.sentenceCount(), 417u);

    test::TempDir dir;
    ASSERT_TRUE(exportCorpus(r.corpus, dir.file("a.conll")).isOk());
    ImportResult back = importCorpus(dir.file("a.conll"));
    ASSERT_TRUE(back.ok);
    EXPECT_TRUE(r.corpus == back.corpus);
}

TEST(Conll, AqmarMalformedTagsAreListedWithLines)
{
    const std::string dir = test::sharedFile("data/aqmar/articles");
    if (!std::filesystem::exists(dir))
        MIZAN_SKIP_FOR_MISSING_DATA() << "AQMAR articles not found at " << dir;
    std::size_t malformed = 0, suspicious = 0, files = 0;
    for (const auto &entry : std::filesystem::directory_iterator(dir)) {
        ImportResult r = importCorpus(entry.path().string());
        ASSERT_TRUE(r.ok) << entry.path();
        ++files;
        for (const ImportIssue &i : r.report.issues)
            if (i.message.find("malformed tag") != std::string::npos) {
                ++malformed;
                EXPECT_GT(i.line, 0u);
                EXPECT_GT(i.column, 1u);
            } else if (i.message.find("suspicious tag") != std::string::npos) {
                ++suspicious;
            }
    }
    EXPECT_EQ(files, 28u);
    // OO, IO, I--ORG, B-MIS1`, 2 x B-MIS-1, 2 x B-MIS-2, B-MISS1 (next to many MIS1)
    EXPECT_EQ(malformed, 9u);
    // B-MIS / I-MIS: a misspelling of MIS0..MIS3, but of which one cannot be told
    EXPECT_EQ(suspicious, 4u);
}
