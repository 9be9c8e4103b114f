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

// ---- Issue 13: hostile inputs. Each class has a small file under tests/data/bad (big ones
// are generated here).

namespace {

ImportResult importText(const std::string &data, const std::string &name, bool strict = false)
{
    ImportOptions o;
    o.strict = strict;
    return importCorpusData(data, name, o);
}

std::size_t documentCount(const ImportResult &r)
{
    return r.corpus.documents.size();
}

} // namespace

TEST(BadInput, DeeplyNestedJsonValueIsRefusedWithoutCrashing)
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const std::string data = "{\"text\": \"a b\", \"label\": [" + deep + "]}\n{\"text\": \"ok\", \"label\": []}\n" +
                             "{\"mizan_corpus\": " + deep + "}\n";
    ImportResult r = importText(data, "deep.jsonl");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(documentCount(r), 1u);
    const ImportIssue *i = findIssue(r.report, "nested deeper than");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 1u);
    for (const ImportIssue &issue : r.report.issues)
        EXPECT_LT(issue.message.size(), 400u) << issue.message.substr(0, 200);
}

TEST(BadInput, HugeValuesAreNotCopiedIntoMessages)
{
    const std::string big(1 << 20, 'x');
    ImportResult r = importText("{\"text\": \"a\", \"label\": [\"" + big + "\", 5]}\n{\"text\": \"b\", \"label\": [[0, 1, 7]]}\n",
                                "big.jsonl");
    ASSERT_TRUE(r.ok);
    ASSERT_FALSE(r.report.issues.empty());
    for (const ImportIssue &issue : r.report.issues)
        EXPECT_LT(issue.message.size(), 400u);
}

TEST(BadInput, SecondRootElementIsReadWithAWarningAndStopsStrictMode)
{
    ImportResult r = importBad("two_roots.xml");
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(documentCount(r), 2u);
    EXPECT_EQ(r.corpus.documents[1].sentences[0].text, "الغرفة نظيفة");
    const ImportIssue *i = findIssue(r.report, "second root element");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 11u);
    EXPECT_EQ(i->column, 2u);
    ImportResult strict = importBad("two_roots.xml", true);
    EXPECT_FALSE(strict.ok);
    ASSERT_EQ(strict.report.errorCount(), 1u);
    EXPECT_EQ(strict.report.issues[0].line, 11u);
}

TEST(BadInput, MarkupInsideTextKeepsItsWordsWithAWarning)
{
    ImportResult r = importBad("markup_in_text.xml");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].text, "الفندق جميل جدا والموقع ممتاز");
    const ImportIssue *i = findIssue(r.report, "markup <b> inside <text>");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 6u);
    EXPECT_EQ(i->column, 31u);  // 16 spaces, "<text>", "الفندق ", "<", then the name (as for every element)
    EXPECT_FALSE(importBad("markup_in_text.xml", true).ok);
}

TEST(BadInput, ForbiddenCharacterReferencesBecomeReplacementCharacters)
{
    ImportResult r = importBad("bad_char_refs.xml");
    ASSERT_TRUE(r.ok);
    const auto &sentences = r.corpus.documents[0].sentences;
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(sentences[0].text, "before\uFFFDafter");  // &#0; no longer cuts the sentence
    EXPECT_EQ(sentences[1].text, "a\uFFFDb \uFFFD c");    // a surrogate and a value past U+10FFFF
    std::vector<const ImportIssue *> refs;
    for (const ImportIssue &i : r.report.issues)
        if (i.message.find("character reference") != std::string::npos)
            refs.push_back(&i);
    ASSERT_EQ(refs.size(), 3u);
    EXPECT_EQ(refs[0]->line, 6u);
    EXPECT_EQ(refs[0]->column, 29u);
    EXPECT_NE(refs[0]->message.find("&#0;"), std::string::npos);
    EXPECT_EQ(refs[1]->line, 9u);
    EXPECT_EQ(refs[1]->column, 24u);
    ImportResult strict = importBad("bad_char_refs.xml", true);
    EXPECT_FALSE(strict.ok);
    EXPECT_EQ(strict.report.issues[0].line, 6u);
}

TEST(BadInput, ReferencesAreCheckedWhereverPugixmlDecodesThem)
{
    // `<![CDATA[` inside an attribute value opens no section (pugixml keeps it as text), so
    // the references after it are still checked; inside a real CDATA section a reference is
    // literal text, while a raw NUL is replaced everywhere (pugixml would stop at it).
    const std::string xml = std::string("<Reviews><Review rid=\"1<![CDATA[\"><sentences>") +
                            "<sentence id=\"1\"><text>a&#0;b</text></sentence>"
                            "<sentence id=\"2\"><text><![CDATA[c&#0;d]]></text></sentence>"
                            "<sentence id=\"3\"><text><![CDATA[e" + std::string(1, '\0') + "f]]></text></sentence>"
                            "</sentences></Review></Reviews>";
    ImportResult r = importText(xml, "sections.xml");
    ASSERT_TRUE(r.ok);
    const auto &sentences = r.corpus.documents.at(0).sentences;
    ASSERT_EQ(sentences.size(), 3u);
    EXPECT_EQ(sentences[0].text, "a\uFFFDb");
    EXPECT_EQ(sentences[1].text, "c&#0;d");
    EXPECT_EQ(sentences[2].text, "e\uFFFDf");
    EXPECT_NE(findIssue(r.report, "character reference &#0;"), nullptr);
    EXPECT_NE(findIssue(r.report, "a NUL byte"), nullptr);
}

TEST(BadInput, PositionsAfterAReplacedReferenceStayRight)
{
    // The unknown element sits after a replaced reference on the same line: its column is the
    // file's, not the repaired buffer's.
    const std::string xml = "<Reviews><Review rid=\"1\"><sentences><sentence id=\"1\"><text>a&#0;b</text>"
                            "<odd/></sentence></sentences></Review></Reviews>";
    ImportResult r = importText(xml, "shift.xml");
    ASSERT_TRUE(r.ok);
    const ImportIssue *i = findIssue(r.report, "unexpected element <odd>");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->column, xml.find("<odd") + 2);
}

TEST(BadInput, NumberOutOfRangeAndWrongTypesKeepTheGoodLines)
{
    ImportResult r = importBad("number_overflow.jsonl");
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(documentCount(r), 2u);
    EXPECT_EQ(r.corpus.documents[1].sentences[0].text, "good two");
    const ImportIssue *overflow = findIssue(r.report, "number out of range");
    ASSERT_NE(overflow, nullptr);
    EXPECT_EQ(overflow->line, 2u);
    EXPECT_EQ(overflow->column, 31u);
    ASSERT_NE(findIssue(r.report, "\"label\" must be an array"), nullptr);
    for (const ImportIssue &i : r.report.issues)
        EXPECT_EQ(i.message.find("json.exception"), std::string::npos) << i.message;
}

TEST(BadInput, CarriageReturnOnlyLineEndsSplitLines)
{
    ImportResult jsonl = importBad("cr_only.jsonl");
    ASSERT_TRUE(jsonl.ok);
    EXPECT_EQ(documentCount(jsonl), 3u);
    ImportResult conll = importBad("cr_only.conll");
    ASSERT_TRUE(conll.ok);
    ASSERT_EQ(documentCount(conll), 1u);
    const auto &sentences = conll.corpus.documents[0].sentences;
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(sentences[0].text, "w1 w2");
    ASSERT_EQ(sentences[0].entities.size(), 1u);
    EXPECT_EQ(sentences[1].text, "w3 w4");
}

TEST(BadInput, DoccanoJsonArrayExportIsReadWithANote)
{
    ImportResult r = importBad("doccano_array.json");
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(documentCount(r), 2u);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].entities.size(), 1u);
    ASSERT_NE(findIssue(r.report, "not JSON Lines"), nullptr);
    // Its elements keep their own line numbers.
    EXPECT_EQ(r.corpus.documents[1].sentences[0].sourceLine, 3u);
}

TEST(BadInput, Utf16WithByteOrderMarkIsConverted)
{
    ImportResult r = importBad("utf16_bom.conll");
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(documentCount(r), 1u);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].text, "الفندق جميل");
    EXPECT_NE(findIssue(r.report, "converted from UTF-16LE"), nullptr);
}

TEST(BadInput, UndeclaredWindows1256IsRefusedByName)
{
    ImportResult r = importBad("windows1256.conll");
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.report.errorCount(), 1u);
    EXPECT_NE(r.report.issues[0].message.find("windows-1256"), std::string::npos);
    EXPECT_EQ(r.report.issues[0].line, 1u);
}

TEST(BadInput, DeclaredWindows1256IsConverted)
{
    ImportResult r = importBad("windows1256_declared.xml");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].text, "الفندق جميل");
    EXPECT_NE(findIssue(r.report, "converted from windows-1256"), nullptr);
}

TEST(BadInput, FolderGivenForAFileIsNamedAsAFolder)
{
    test::TempDir dir;
    ImportResult r = importCorpus(dir.path.string());
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.report.errorCount(), 1u);
    EXPECT_NE(r.report.issues[0].message.find("is a folder"), std::string::npos);
}

TEST(BadInput, EndlessDeviceIsCutAtTheLimit)
{
    ImportOptions o;
    o.maxBytes = 1 << 20;
    ImportResult r = importCorpus("/dev/zero", o);
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.report.errorCount(), 1u);
    EXPECT_NE(r.report.issues[0].message.find("read limit"), std::string::npos);
}

TEST(BadInput, ManyWarningsOnOneLongLineHaveExactColumns)
{
    // 20000 unknown elements on one line: every warning computes its column.
    std::string xml = "<Reviews><Review rid=\"1\"><sentences>";
    for (int k = 0; k < 20000; ++k)
        xml += "<x/>";
    xml += "</sentences></Review></Reviews>";
    ImportResult r = importText(xml, "long.xml");
    ASSERT_TRUE(r.ok);
    // The first 100 are listed with their exact columns, then one warning counts the rest.
    EXPECT_EQ(r.report.warningCount(), 20000u);
    ASSERT_EQ(r.report.issues.size(), 101u);
    EXPECT_EQ(r.report.unlistedWarnings, 19900u);
    EXPECT_EQ(r.report.issues[99].line, 1u);
    EXPECT_EQ(r.report.issues[99].column, 36u + 99u * 4u + 2u);
    const ImportIssue &summary = r.report.issues.back();
    EXPECT_EQ(summary.severity, Severity::Warning);
    EXPECT_EQ(summary.column, 36u + 100u * 4u + 2u);
    EXPECT_EQ(summary.code, IssueCode::MoreOfAKind);
    EXPECT_EQ(summary.message.rfind("19900 more warnings like \"unexpected element <x>", 0), 0u) << summary.message;
    const std::string tail = "from here on (only the first 100 of a kind are listed)";
    ASSERT_GE(summary.message.size(), tail.size());
    EXPECT_EQ(summary.message.substr(summary.message.size() - tail.size()), tail);
}

TEST(BadInput, WarningsOfAnotherKindAreListedPastTheLimitOfOne)
{
    // 300 unknown elements with different names, then one opinion without a polarity: the
    // limit is per kind, so the last warning is still listed, and the count is exact.
    std::string xml = "<Reviews><Review rid=\"1\"><sentences>";
    for (int k = 0; k < 300; ++k)
        xml += "<x" + std::to_string(k) + "/>";
    xml += "<sentence id=\"s\"><text>ab</text><Opinions><Opinion target=\"NULL\" category=\"C\"/></Opinions>"
           "</sentence></sentences></Review></Reviews>";
    ImportResult r = importText(xml, "kinds.xml");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.report.warningCount(), 301u);
    ASSERT_EQ(r.report.issues.size(), 102u);
    EXPECT_NE(r.report.issues[100].message.find("200 more warnings like \"unexpected element <x100>"), std::string::npos);
    EXPECT_NE(r.report.issues[101].message.find("has no 'polarity' attribute"), std::string::npos);
    EXPECT_NE(r.report.issues[99].message.find("<x99>"), std::string::npos);
    // Strict mode still stops at the first.
    ImportResult s = importText(xml, "kinds.xml", true);
    EXPECT_FALSE(s.ok);
    ASSERT_EQ(s.report.issues.size(), 1u);
    EXPECT_NE(s.report.issues[0].message.find("<x0>"), std::string::npos);
}

TEST(BadInput, ManyEntityTypesAreCheckedForMisspellings)
{
    // 3000 types, one a misspelling of a frequent one: found without comparing all pairs.
    std::string conll;
    for (int k = 0; k < 3000; ++k)
        conll += "w B-T" + std::to_string(k) + "\n\n";
    for (int k = 0; k < 5; ++k)
        conll += "w B-LOC\n\n";
    conll += "w B-LOCC\n\n";
    ImportResult r = importText(conll, "types.conll");
    ASSERT_TRUE(r.ok);
    const ImportIssue *i = findIssue(r.report, "looks like a misspelling of \"LOC\"");
    ASSERT_NE(i, nullptr);
    EXPECT_EQ(i->line, 6011u);
}

TEST(BadInput, LenientTargetRepairFindsTheNearestOfOverlappingOccurrences)
{
    const std::string xml = "<Reviews><Review rid=\"1\"><sentences><sentence id=\"1\"><text>" + std::string(5000, 'a') +
                            "</text><Opinions><Opinion target=\"aaa\" category=\"C\" polarity=\"positive\" from=\"4000\" "
                            "to=\"4001\"/></Opinions></sentence></sentences></Review></Reviews>";
    ImportResult r = importText(xml, "repair.xml");
    ASSERT_TRUE(r.ok);
    const Opinion &op = r.corpus.documents[0].sentences[0].opinions.at(0);
    EXPECT_EQ(op.from, 4000u);
    EXPECT_EQ(op.to, 4003u);
}
