#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <thread>
#include <vector>

#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "support/testsupport.h"

using namespace mizan;
using mizan::test::sharedFile;

namespace {

ImportResult importText(const std::string &xml, bool strict = false)
{
    ImportOptions o;
    o.strict = strict;
    o.format = CorpusFormat::SemEvalXml;
    return importCorpusData(xml, "mem.xml", o);
}

bool hasIssue(const ImportReport &r, const std::string &needle, std::size_t line = 0)
{
    for (const ImportIssue &i : r.issues)
        if (i.message.find(needle) != std::string::npos && (line == 0 || i.line == line))
            return true;
    return false;
}

} // namespace

TEST(SemEvalXml, TrainFileCounts)
{
    const std::string path = sharedFile(test::kSemEvalTrain);
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "SemEval train file not found at " << path;
    ImportResult r = importCorpus(path, {true, CorpusFormat::Unknown});
    ASSERT_TRUE(r.ok) << (r.report.issues.empty() ? "" : r.report.issues[0].toString());
    EXPECT_EQ(r.report.issues.size(), 0u);
    EXPECT_EQ(r.corpus.format, CorpusFormat::SemEvalXml);
    EXPECT_EQ(r.corpus.semevalFlavor, SemEvalFlavor::Y2016Sentence);
    EXPECT_EQ(r.corpus.documents.size(), 1839u);
    EXPECT_EQ(r.corpus.sentenceCount(), 4802u);
    EXPECT_EQ(r.corpus.opinionCount(), 10509u);
    std::size_t nulls = 0;
    std::set<std::string> categories;
    for (const Document &d : r.corpus.documents)
        for (const Sentence &s : d.sentences)
            for (const Opinion &o : s.opinions) {
                nulls += o.isNull;
                categories.insert(o.category);
                if (!o.isNull) {
                    EXPECT_EQ(utf8::substr(s.text, o.from, o.to), o.target);
                }
            }
    EXPECT_EQ(nulls, 889u);
    EXPECT_EQ(categories.size(), 34u);
    EXPECT_EQ(r.corpus.documents[0].id, "456");
    EXPECT_EQ(r.corpus.documents[0].sentences[1].opinions[2].target, "بوفيه الإفطار");
    EXPECT_EQ(r.corpus.documents[0].sentences[1].opinions[2].from, 35u);
    EXPECT_EQ(r.corpus.documents[0].sentences[0].sourceLine, 5u);
}

TEST(SemEvalXml, ReviewLevelFile)
{
    const std::string path = sharedFile(test::kSemEvalTrainSB2);
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "SemEval SB2 file not found at " << path;
    ImportResult r = importCorpus(path);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.corpus.semevalFlavor, SemEvalFlavor::Y2016Review);
    EXPECT_EQ(r.corpus.documents.size(), 1839u);
    EXPECT_EQ(r.corpus.sentenceCount(), 4802u);
    ASSERT_FALSE(r.corpus.documents[0].documentOpinions.empty());
    EXPECT_EQ(r.corpus.documents[0].documentOpinions[0].category, "HOTEL#CLEANLINESS");
}

TEST(SemEvalXml, RoundTripTrainFile)
{
    const std::string path = sharedFile(test::kSemEvalTrain);
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "SemEval train file not found at " << path;
    test::TempDir dir;
    ImportResult a = importCorpus(path);
    ASSERT_TRUE(a.ok);
    ASSERT_TRUE(exportCorpus(a.corpus, dir.file("out.xml")).isOk());
    ImportResult b = importCorpus(dir.file("out.xml"), {true, CorpusFormat::Unknown});
    ASSERT_TRUE(b.ok);
    EXPECT_TRUE(b.report.issues.empty());
    EXPECT_TRUE(a.corpus == b.corpus);
}

TEST(SemEvalXml, Year2014RoundTrip)
{
    const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<sentences>
  <sentence id="3121">
    <text>But the staff was so horrible to us.</text>
    <aspectTerms>
      <aspectTerm term="staff" polarity="negative" from="8" to="13"/>
    </aspectTerms>
    <aspectCategories>
      <aspectCategory category="service" polarity="negative"/>
    </aspectCategories>
  </sentence>
  <sentence id="2777">
    <text>To be completely fair, the only redeeming factor was the food.</text>
    <aspectTerms>
      <aspectTerm term="food" polarity="positive" from="57" to="61" note="kept"/>
    </aspectTerms>
  </sentence>
</sentences>)";
    ImportResult a = importText(xml, true);
    ASSERT_TRUE(a.ok);
    EXPECT_EQ(a.corpus.semevalFlavor, SemEvalFlavor::Y2014);
    ASSERT_EQ(a.corpus.documents.size(), 2u);
    const Sentence &s = a.corpus.documents[0].sentences[0];
    ASSERT_EQ(s.opinions.size(), 2u);
    EXPECT_EQ(s.opinions[0].target, "staff");
    EXPECT_TRUE(s.opinions[1].isNull);
    EXPECT_EQ(s.opinions[1].category, "service");
    EXPECT_EQ(a.corpus.documents[1].sentences[0].opinions[0].extra.size(), 1u);
    test::TempDir dir;
    ASSERT_TRUE(exportCorpus(a.corpus, dir.file("x.xml")).isOk());
    ImportResult b = importCorpus(dir.file("x.xml"), {true, CorpusFormat::Unknown});
    ASSERT_TRUE(b.ok);
    EXPECT_EQ(b.corpus.semevalFlavor, SemEvalFlavor::Y2014);
    EXPECT_TRUE(a.corpus == b.corpus);
}

TEST(SemEvalXml, UnknownAttributesAndOutOfScopeSurviveExport)
{
    const std::string xml = R"(<Reviews><Review rid="7" lang="ar"><sentences>
<sentence id="7:0" OutOfScope="TRUE" src="x"><text>الغرفة نظيفة</text>
<Opinions><Opinion target="الغرفة" category="ROOMS#CLEANLINESS" polarity="positive" from="0" to="6" annotator="a1"/></Opinions>
</sentence></sentences></Review></Reviews>)";
    ImportResult a = importText(xml, true);
    ASSERT_TRUE(a.ok);
    const Sentence &s = a.corpus.documents[0].sentences[0];
    EXPECT_TRUE(s.outOfScope);
    EXPECT_EQ(s.extra, (Attributes{{"src", "x"}}));
    EXPECT_EQ(a.corpus.documents[0].extra, (Attributes{{"lang", "ar"}}));
    EXPECT_EQ(s.opinions[0].extra, (Attributes{{"annotator", "a1"}}));
    test::TempDir dir;
    ASSERT_TRUE(exportCorpus(a.corpus, dir.file("x.xml")).isOk());
    ImportResult b = importCorpus(dir.file("x.xml"), {true, CorpusFormat::Unknown});
    ASSERT_TRUE(b.ok);
    EXPECT_TRUE(a.corpus == b.corpus);
}

TEST(SemEvalXml, MismatchedTargetIsReportedAndRepaired)
{
    const std::string xml = "<Reviews><Review rid=\"1\"><sentences>\n"
                            "<sentence id=\"1:0\"><text>الخدمة سيئة جدا</text><Opinions>\n"
                            "<Opinion target=\"سيئة\" category=\"SERVICE#GENERAL\" polarity=\"negative\" from=\"0\" to=\"4\"/>\n"
                            "</Opinions></sentence></sentences></Review></Reviews>";
    ImportResult lenient = importText(xml);
    ASSERT_TRUE(lenient.ok);
    EXPECT_TRUE(hasIssue(lenient.report, "does not match", 3));
    const Opinion &o = lenient.corpus.documents[0].sentences[0].opinions[0];
    EXPECT_EQ(o.from, 7u);
    EXPECT_EQ(o.to, 11u);
    ImportResult strict = importText(xml, true);
    EXPECT_FALSE(strict.ok);
    ASSERT_EQ(strict.report.errorCount(), 1u);
    EXPECT_EQ(strict.report.issues[0].line, 3u);
}

// Run under ThreadSanitizer by scripts/ci-tsan.sh (tests named *Threads*): the studio imports
// on worker threads while the CLI-side code may import too; imports share nothing (ICU
// conversion of a UTF-16 file, warnings past the listed limit).
TEST(SemEvalXml, ImportsOnFourThreadsAreIndependent)
{
    std::string xml = "<Reviews><Review rid=\"1\"><sentences><sentence id=\"1\"><text>الفندق <b>جميل</b></text>"
                      "<Opinions><Opinion target=\"الفندق\" category=\"HOTEL#GENERAL\" polarity=\"positive\" "
                      "from=\"3\" to=\"9\"/></Opinions></sentence>";
    for (int k = 0; k < 150; ++k)
        xml += "<x" + std::to_string(k % 3) + "/>";
    xml += "</sentences></Review></Reviews>";
    std::string utf16 = "\xFF\xFE";  // the same file as UTF-16LE with a BOM
    for (char32_t c : utf8::decodeLossy(xml)) {
        utf16 += char(c & 0xFF);
        utf16 += char((c >> 8) & 0xFF);
    }
    auto summary = [](const ImportResult &r) {
        std::string s = r.ok ? "ok\n" : "failed\n";
        for (const Document &d : r.corpus.documents)
            for (const Sentence &sentence : d.sentences)
                s += sentence.text + " " + std::to_string(sentence.opinions.size()) + "\n";
        for (const ImportIssue &i : r.report.issues)
            s += i.toString() + "\n";
        return s + std::to_string(r.report.warningCount());
    };
    auto run = [&](std::size_t k) {
        std::string out;
        for (int round = 0; round < 10; ++round)
            out += summary(importText(k % 2 ? utf16 : xml));
        return out;
    };
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < results.size(); ++k)
        threads.emplace_back([&, k] { results[k] = run(k); });
    for (std::thread &t : threads)
        t.join();
    for (std::size_t k = 0; k < results.size(); ++k)
        EXPECT_EQ(results[k], run(k)) << "thread " << k;
    EXPECT_NE(results[1].find("converted from UTF-16"), std::string::npos) << results[1].substr(0, 400);
    EXPECT_NE(results[0].find("more warnings like"), std::string::npos) << results[0].substr(0, 400);
}
