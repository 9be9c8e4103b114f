// Every bad input gives a clear error or warning naming file, line and column; none crashes.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <fstream>

#include "corpus/corpusio.h"
#include "support/testsupport.h"

using namespace mizan;

namespace {

ImportResult importBad(const std::string &name, bool strict = false)
{
    ImportOptions o;
    o.strict = strict;
    return importCorpus(test::dataFile("bad/" + name), o);
}

const ImportIssue *findIssue(const ImportReport &r, const std::string &needle)
{
    for (const ImportIssue &i : r.issues)
        if (i.message.find(needle) != std::string::npos)
            return &i;
    return nullptr;
}

} // namespace

TEST(BadInput, EmptyFile)
{
    ImportResult r = importBad("empty.xml");
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.report.errorCount(), 1u);
    EXPECT_NE(r.report.issues[0].toString().find("empty.xml: error: the file is empty"), std::string::npos);
}

TEST(BadInput, MissingFile)
{
    ImportResult r = importBad("no_such_file.xml");
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.report.errorCount(), 1u);
    EXPECT_NE(r.report.issues[0].message.find("no_such_file.xml"), std::string::npos);
}

TEST(BadInput, TruncatedXml)
{
    ImportResult r = importBad("truncated.xml");
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.report.errorCount(), 1u);
    const ImportIssue &i = r.report.issues[0];
    EXPECT_NE(i.message.find("not well-formed XML"), std::string::npos);
    EXPECT_EQ(i.line, 11u);
    EXPECT_GT(i.column, 0u);
    EXPECT_TRUE(r.corpus.documents.empty());
}

TEST(BadInput, WrongRoot)
{
    ImportResult r = importBad("wrong_root.xml");
    EXPECT_FALSE(r.ok);
    const ImportIssue *i = findIssue(r.report, "root element is <Documents>");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 2u);
    EXPECT_EQ(i->column, 2u);
}

TEST(BadInput, MissingAttributes)
{
    ImportResult r = importBad("missing_attributes.xml");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(findIssue(r.report, "no 'rid'")->line, 3u);
    EXPECT_EQ(findIssue(r.report, "<sentence> has no 'id'")->line, 5u);
    EXPECT_EQ(findIssue(r.report, "no 'category'")->line, 11u);
    EXPECT_EQ(findIssue(r.report, "no 'polarity'")->line, 12u);
    EXPECT_EQ(findIssue(r.report, "no 'from'")->line, 13u);
    EXPECT_EQ(findIssue(r.report, "no 'target'")->line, 14u);
    ASSERT_EQ(r.corpus.sentenceCount(), 1u);
    // The opinion without offsets is placed where its target occurs.
    ASSERT_EQ(r.corpus.documents[0].sentences[0].opinions.size(), 1u);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].opinions[0].to, 6u);
    ImportResult strict = importBad("missing_attributes.xml", true);
    EXPECT_FALSE(strict.ok);
    EXPECT_EQ(strict.report.errorCount(), 1u);
    EXPECT_EQ(strict.report.issues.back().line, 3u);
}

TEST(BadInput, OffsetsPastTheEnd)
{
    ImportResult r = importBad("offsets_past_end.xml");
    ASSERT_TRUE(r.ok);
    const ImportIssue *past = findIssue(r.report, "outside the sentence text (12 characters)");
    ASSERT_NE(past, nullptr);
    EXPECT_EQ(past->line, 8u);
    EXPECT_NE(findIssue(r.report, "\"الحمام\" does not occur in the sentence; opinion skipped"), nullptr);
    const ImportIssue *negative = findIssue(r.report, "'from' is \"-1\"");
    ASSERT_NE(negative, nullptr);
    EXPECT_EQ(negative->line, 9u);
    // The second opinion's target is in the text: repaired.
    ASSERT_EQ(r.corpus.documents[0].sentences[0].opinions.size(), 1u);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].opinions[0].from, 0u);
}

TEST(BadInput, TargetNotMatchingItsOffsets)
{
    ImportResult r = importBad("target_mismatch.xml");
    ASSERT_TRUE(r.ok);
    const ImportIssue *i = findIssue(r.report, "does not match the text at 0-6");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 8u);
    const Opinion &o = r.corpus.documents[0].sentences[0].opinions[0];
    EXPECT_EQ(o.from, 14u);
    EXPECT_EQ(o.to, 20u);
    EXPECT_FALSE(importBad("target_mismatch.xml", true).ok);
}

TEST(BadInput, NotUtf8)
{
    ImportResult strict = importBad("not_utf8.xml", true);
    EXPECT_FALSE(strict.ok);
    ASSERT_EQ(strict.report.errorCount(), 1u);
    EXPECT_EQ(strict.report.issues[0].line, 6u);
    EXPECT_EQ(strict.report.issues[0].column, 26u);  // 16 spaces, "<text>", "caf"
    ImportResult lenient = importBad("not_utf8.xml");
    ASSERT_TRUE(lenient.ok);
    const ImportIssue *i = findIssue(lenient.report, "3 byte sequence(s) replaced by U+FFFD");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 6u);
    EXPECT_EQ(lenient.corpus.documents[0].sentences[0].text, "caf\uFFFD \uFFFD\uFFFD ok");
    ImportResult conll = importBad("not_utf8.conll");
    ASSERT_TRUE(conll.ok);
    EXPECT_EQ(conll.report.issues[0].line, 2u);
    EXPECT_EQ(conll.report.issues[0].column, 2u);
}

TEST(BadInput, DoctypeWithExternalEntityIsNeverExpanded)
{
    ImportResult r = importBad("doctype_external.xml");
    ASSERT_TRUE(r.ok);
    const ImportIssue *i = findIssue(r.report, "DOCTYPE ignored");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 2u);
    const std::string &text = r.corpus.documents[0].sentences[0].text;
    EXPECT_EQ(text.find("root:"), std::string::npos);
    EXPECT_EQ(text, "before &xxe; after");
}

TEST(BadInput, DoctypeWithRecursiveEntitiesIsNeverExpanded)
{
    ImportResult r = importBad("doctype_recursive.xml");
    ASSERT_TRUE(r.ok);
    EXPECT_NE(findIssue(r.report, "DOCTYPE ignored"), nullptr);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].text, "&lol9; &loop;");
}

TEST(BadInput, ConllLineWithOneColumn)
{
    ImportResult r = importBad("one_column.conll");
    ASSERT_TRUE(r.ok);
    const ImportIssue *i = findIssue(r.report, "found one column");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 2u);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].text, "زار محمد دبي");
    EXPECT_FALSE(importBad("one_column.conll", true).ok);
}

TEST(BadInput, TruncatedJsonl)
{
    ImportResult r = importBad("truncated.jsonl");
    ASSERT_TRUE(r.ok);
    const ImportIssue *i = findIssue(r.report, "not valid JSON");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 2u);
    EXPECT_EQ(r.corpus.documents.size(), 1u);
}

TEST(BadInput, FileOverTheLimitIsRefusedWithAClearMessage)
{
    ImportOptions o;
    o.maxBytes = 100;
    ImportResult r = importCorpus(test::dataFile("bad/missing_attributes.xml"), o);
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.report.errorCount(), 1u);
    EXPECT_NE(r.report.issues[0].message.find("over the import limit of 100 bytes; not imported"), std::string::npos);
}

// A 200 MB SemEval file, written at run time: imported, with peak memory under 2 GB.
TEST(BadInput, File200MbImportsUnder2GbOfMemory)
{
    test::TempDir dir;
    const std::string path = dir.file("big.xml");
    std::size_t reviews = 0;
    {
        std::ofstream out(path, std::ios::binary);
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Reviews>\n";
        const std::string sentence =
            "            <sentence id=\"ID\">\n"
            "                <text>كانت الغرفة ممتازة وكذلك الموظفون وبوفيه الإفطار لكن العشاء غالي.</text>\n"
            "                <Opinions>\n"
            "                    <Opinion target=\"الغرفة\" category=\"ROOMS#GENERAL\" polarity=\"positive\" from=\"5\" to=\"11\"/>\n"
            "                    <Opinion target=\"الموظفون\" category=\"SERVICE#GENERAL\" polarity=\"positive\" from=\"25\" to=\"33\"/>\n"
            "                    <Opinion target=\"NULL\" category=\"HOTEL#GENERAL\" polarity=\"positive\" from=\"0\" to=\"0\"/>\n"
            "                </Opinions>\n"
            "            </sentence>\n";
        std::size_t written = 0;
        while (written < (std::size_t(200) << 20)) {
            std::string review = "    <Review rid=\"" + std::to_string(reviews) + "\">\n        <sentences>\n";
            for (int s = 0; s < 4; ++s)
                review += sentence;
            review += "        </sentences>\n    </Review>\n";
            out << review;
            written += review.size();
            ++reviews;
        }
        out << "</Reviews>\n";
    }
    ImportResult r = importCorpus(path);
    ASSERT_TRUE(r.ok) << r.report.issues[0].toString();
    EXPECT_EQ(r.corpus.documents.size(), reviews);
    EXPECT_EQ(r.corpus.sentenceCount(), reviews * 4);
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB
    std::cout << "peak memory importing 200 MB: " << peakMb << " MB\n";
    EXPECT_LT(peakMb, 2048.0);
}
