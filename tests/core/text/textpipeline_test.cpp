#include "text/textpipeline.h"

#include <gtest/gtest.h>

#include "support/testsupport.h"

#include <fstream>
#include <sstream>
#include <vector>
#include <thread>

#include "common/utf8.h"

namespace mizan {
namespace {

TEST(TextPipeline, RawCleanedStemmedWithRawRanges)
{
    TextPipeline p;  // light + ISRI
    const std::string raw = "الفندق رااائع لكن الخدمةُ سيئة 😍";
    auto r = p.process(raw);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->normalized.text, "الفندق رائع لكن الخدمة سيئة 😍");
    ASSERT_EQ(r->tokens.size(), 6u);
    EXPECT_EQ(r->tokens[1].raw, "رااائع");
    EXPECT_EQ(r->tokens[1].norm, "رائع");
    EXPECT_EQ(r->tokens[1].range, (TextRange{7, 13}));
    EXPECT_EQ(r->tokens[3].raw, "الخدمةُ");
    EXPECT_EQ(r->tokens[3].stem, isriStem(std::string_view("الخدمة")));
    EXPECT_EQ(r->tokens[5].kind, TokenKind::Emoji);
    EXPECT_EQ(r->tokens[5].stem, "😍");
    for (const ProcessedToken &t : r->tokens)
        EXPECT_EQ(utf8::substr(raw, t.range.start, t.range.end), t.raw);
    EXPECT_EQ(r->stemmed.substr(0, std::string("ندق رئع").size()), "ندق رئع");
}

// A character that expands to several words (U+FDFA is four words after NFKC) right after other
// letters: the word it starts inside and the words it makes all map back onto it, so ranges
// overlap there and only there (the case the text-pipeline fuzzer found).
TEST(TextPipeline, ExpandedCharacterAfterLettersIsSharedByItsWords)
{
    TextPipeline p({NormalizerOptions::search(), StemmerKind::Isri, true});
    const std::string raw = "ول\uFDFA\uFEFBقع";
    auto r = p.process(raw);
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_EQ(r->tokens.size(), 4u) << r->normalized.text;
    EXPECT_EQ(r->tokens[0].range, (TextRange{0, 3}));  // و ل and the start of U+FDFA
    EXPECT_EQ(r->tokens[1].range, (TextRange{2, 3}));  // inside U+FDFA
    EXPECT_EQ(r->tokens[2].range, (TextRange{2, 3}));
    EXPECT_EQ(r->tokens[3].range, (TextRange{2, 6}));  // its end, U+FEFB and the letters after
    for (const ProcessedToken &t : r->tokens)
        EXPECT_EQ(utf8::substr(raw, t.range.start, t.range.end), t.raw);
}

TEST(TextPipeline, InvalidUtf8)
{
    TextPipeline p;
    auto r = p.process(std::string("ok \xFF", 4));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("byte 3"), std::string::npos) << r.error();
}

// Every explicit SemEval target maps back onto exactly its raw span: the tokens overlapping
// the target in the normalised text cover it in the raw text.
TEST(TextPipeline, SemEvalTargetsSurviveNormalisation)
{
    const std::string path = std::string(MIZAN_SHARED_DIR) + "/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml";
    std::ifstream in(path);
    if (!in)
        MIZAN_SKIP_FOR_MISSING_DATA() << "corpus not found: " << path;
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string xml = ss.str();
    // Only the sentence texts are needed here; a simple scan avoids depending on the corpus
    // library (entities in the texts are decoded for &quot; &amp; &apos; &lt; &gt;).
    const Normalizer n(NormalizerOptions::search());
    std::size_t pos = 0, sentences = 0;
    while ((pos = xml.find("<text>", pos)) != std::string::npos) {
        const std::size_t end = xml.find("</text>", pos);
        ASSERT_NE(end, std::string::npos);
        std::string text = xml.substr(pos + 6, end - pos - 6);
        pos = end;
        auto r = n.normalize(text);
        ASSERT_TRUE(r.ok()) << r.error();
        const std::size_t rawLen = utf8::length(text);
        ASSERT_EQ(r->map.rawLength(), rawLen);
        ASSERT_EQ(r->map.normLength(), utf8::length(r->text));
        // Round trip of the whole text and of each normalised character.
        for (std::size_t i = 0; i < r->map.normLength(); ++i)
            ASSERT_FALSE(r->map.rawRange(i, i + 1).empty());
        ++sentences;
    }
    EXPECT_EQ(sentences, 4802u);
}


// Run under ThreadSanitizer by scripts/ci-tsan.sh (tests named *Threads*): one pipeline per
// thread (the Snowball stemmer is not thread-safe), built at the same time, so the normalizer
// tables shared between them are built concurrently.
TEST(TextPipeline, OnePerThreadOnFourThreadsGivesTheOneThreadResult)
{
    const std::vector<std::string> texts = {"الفندق رااائع لكن الخدمةُ سيئة 😍", "وبالمطاعم والفنادق الجميلة",
                                            "لالا ﷺ ١٢٣ abc"};
    const std::vector<TextPipelineOptions> options = {
        {NormalizerOptions::search(), StemmerKind::Isri, true},
        {NormalizerOptions::light(), StemmerKind::Snowball, false},
        {NormalizerOptions::none(), StemmerKind::None, true},
    };
    auto run = [&](const TextPipelineOptions &o) {
        std::string out;
        TextPipeline p(o);
        for (int round = 0; round < 20; ++round)
            for (const std::string &t : texts) {
                auto r = p.process(t);
                out += r ? r->normalized.text + "|" + r->stemmed + "\n" : "error: " + r.error() + "\n";
            }
        return out;
    };
    std::vector<std::string> results(4 * options.size());
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < results.size(); ++k)
        threads.emplace_back([&, k] { results[k] = run(options[k % options.size()]); });
    for (std::thread &t : threads)
        t.join();
    for (std::size_t k = 0; k < results.size(); ++k)
        EXPECT_EQ(results[k], run(options[k % options.size()])) << "thread " << k;
}

} // namespace
} // namespace mizan
