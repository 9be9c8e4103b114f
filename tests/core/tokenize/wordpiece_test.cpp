// Parity of WordPieceTokenizer with Hugging Face's BertTokenizer (transformers 4.43.4, slow
// tokenizer) on the reference fixtures in shared/, plus offset and truncation behaviour.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "support/testsupport.h"
#include <nlohmann/json.hpp>

#include "common/utf8.h"
#include "tokenize/wordpiece.h"

using namespace mizan;
using nlohmann::json;

namespace {

const std::string kHfDir = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert";

bool exists(const std::string &p) { return std::filesystem::exists(p); }

std::vector<json> readJsonl(const std::string &path)
{
    std::vector<json> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty())
            out.push_back(json::parse(line));
    return out;
}

TokenizerConfig settings(const std::string &name)
{
    TokenizerConfig c;
    c.doLowerCase = name == "uncased" || name == "uncased_keep_accents";
    if (name == "uncased_keep_accents")
        c.stripAccents = false;
    if (name == "cased_strip_accents")
        c.stripAccents = true;
    return c;
}

std::vector<std::string> texts(const std::vector<Token> &tokens)
{
    std::vector<std::string> out;
    for (const Token &t : tokens)
        out.push_back(t.text);
    return out;
}

std::vector<std::int64_t> ids(const std::vector<Token> &tokens)
{
    std::vector<std::int64_t> out;
    for (const Token &t : tokens)
        out.push_back(t.id);
    return out;
}

WordPieceTokenizer tiny(const std::string &setting)
{
    Result<WordPieceTokenizer> t = WordPieceTokenizer::fromVocabFile(kHfDir + "/tiny-bert/vocab.txt", settings(setting));
    if (!t)
        throw std::runtime_error(t.error());
    return std::move(*t);
}

} // namespace

TEST(WordPieceParity, HfWordpieceCasesAllFourSettings)
{
    const std::string path = kHfDir + "/wordpiece_cases.jsonl";
    if (!exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << path << " is absent (no shared/ fixtures)";
    const std::vector<json> cases = readJsonl(path);
    ASSERT_EQ(cases.size(), 72u);
    int compared = 0;
    for (const std::string setting : {"uncased", "cased", "uncased_keep_accents", "cased_strip_accents"}) {
        const WordPieceTokenizer tok = tiny(setting);
        for (const json &c : cases) {
            const std::string text = c["text"];
            const json &r = c["results"][setting];
            SCOPED_TRACE("case " + std::to_string(c["id"].get<int>()) + " (" + c["category"].get<std::string>()
                         + ") " + setting);
            EXPECT_EQ(texts(tok.basicTokenize(text)), r["basic_tokens"].get<std::vector<std::string>>());
            const std::vector<Token> tokens = tok.tokenize(text);
            EXPECT_EQ(texts(tokens), r["tokens"].get<std::vector<std::string>>());
            EXPECT_EQ(ids(tokens), r["ids"].get<std::vector<std::int64_t>>());
            EXPECT_EQ(tok.encode(text).inputIds, r["input_ids"].get<std::vector<std::int64_t>>());
            ++compared;
        }
    }
    EXPECT_EQ(compared, 288);
}

TEST(WordPieceParity, TinyBertExpectedTokensAndIds)
{
    const std::string path = kHfDir + "/tiny-bert/expected.json";
    if (!exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << path << " is absent (no shared/ fixtures)";
    std::ifstream in(path);
    const json expected = json::parse(in);
    Result<WordPieceTokenizer> tok = WordPieceTokenizer::fromDirectory(kHfDir + "/tiny-bert");
    ASSERT_TRUE(tok.ok()) << tok.error();
    EXPECT_FALSE(tok->config().doLowerCase);
    EXPECT_EQ(tok->config().modelMaxLength, 64u);
    ASSERT_EQ(expected["cases"].size(), 8u);
    for (const json &c : expected["cases"]) {
        SCOPED_TRACE(c["name"].get<std::string>());
        const json &call = c["tokenizer_call"];
        const std::size_t maxLength = call.value("truncation", false) ? call["max_length"].get<std::size_t>() : 0;
        std::vector<Encoding> batch;
        for (std::size_t i = 0; i < c["text"].size(); ++i) {
            const std::string text = c["text"][i];
            if (c["text_pair"].is_null())
                batch.push_back(tok->encode(text, maxLength));
            else
                batch.push_back(tok->encodePair(text, c["text_pair"][i].get<std::string>(), maxLength));
        }
        if (call.value("padding", false))
            tok->pad(batch);
        ASSERT_EQ(batch.size(), c["input_ids"].size());
        for (std::size_t i = 0; i < batch.size(); ++i) {
            EXPECT_EQ(batch[i].tokens, c["tokens"][i].get<std::vector<std::string>>());
            EXPECT_EQ(batch[i].inputIds, c["input_ids"][i].get<std::vector<std::int64_t>>());
            EXPECT_EQ(batch[i].tokenTypeIds, c["token_type_ids"][i].get<std::vector<std::int64_t>>());
            EXPECT_EQ(batch[i].attentionMask, c["attention_mask"][i].get<std::vector<std::int64_t>>());
        }
    }
}

TEST(WordPieceParity, ArabertV02VocabOn400TrainSentences)
{
    const std::string path = kHfDir + "/wordpiece_arabertv02_train_sentences.jsonl";
    const std::string vocab = std::string(MIZAN_SHARED_DIR) + "/data/vocab/arabertv02-style/vocab.txt";
    if (!exists(path) || !exists(vocab))
        MIZAN_SKIP_FOR_MISSING_DATA() << path << " or " << vocab << " is absent (no shared/ data)";
    const std::vector<json> cases = readJsonl(path);
    ASSERT_EQ(cases.size(), 400u);
    Result<Vocab> v = Vocab::load(vocab);
    ASSERT_TRUE(v.ok()) << v.error();
    EXPECT_EQ(v->size(), 64000u);
    for (const std::string setting : {"cased", "uncased"}) {
        Result<WordPieceTokenizer> tok = WordPieceTokenizer::create(*v, settings(setting));
        ASSERT_TRUE(tok.ok()) << tok.error();
        int same = 0;
        for (const json &c : cases) {
            const std::string text = c["text"];
            const json &r = c["results"][setting];
            const Encoding e = tok->encode(text);
            const std::vector<std::string> pieces(e.tokens.begin() + 1, e.tokens.end() - 1);
            const bool ok = pieces == r["tokens"].get<std::vector<std::string>>()
                && e.inputIds == r["input_ids"].get<std::vector<std::int64_t>>();
            EXPECT_TRUE(ok) << setting << " sentence " << c["id"] << ": " << text;
            same += ok;
        }
        EXPECT_EQ(same, 400) << setting;
    }
}

TEST(WordPiece, OffsetsPointIntoTheRawText)
{
    const std::string vocab = kHfDir + "/tiny-bert/vocab.txt";
    if (!exists(vocab))
        MIZAN_SKIP_FOR_MISSING_DATA() << vocab << " is absent (no shared/ fixtures)";
    const WordPieceTokenizer tok = tiny("cased");
    // An RLM (dropped by cleaning) and double spaces must not shift the ranges.
    const std::string text = "\u200Fذهب  الطالب إلى المدرسة.";
    const std::vector<Token> tokens = tok.tokenize(text);
    ASSERT_EQ(texts(tokens), (std::vector<std::string>{"ذ", "##ه", "##ب", "ال", "##طالب", "إلى", "المدرسة", "."}));
    for (const Token &t : tokens) {
        std::string piece = t.text.rfind("##", 0) == 0 ? t.text.substr(2) : t.text;
        EXPECT_EQ(utf8::substr(text, t.range.start, t.range.end), piece) << t.text;
    }
    EXPECT_EQ(tokens[0].range, (CharRange{1, 2}));
    EXPECT_EQ(tokens.back().range, (CharRange{24, 25}));
    EXPECT_EQ(tokens[3].wordIndex, 1);
    EXPECT_EQ(tokens[4].wordIndex, 1);
}

TEST(WordPiece, UncasedOffsetsCoverStrippedMarksAndUnkWords)
{
    const std::string vocab = kHfDir + "/tiny-bert/vocab.txt";
    if (!exists(vocab))
        MIZAN_SKIP_FOR_MISSING_DATA() << vocab << " is absent (no shared/ fixtures)";
    const WordPieceTokenizer tok = tiny("uncased");
    // "إلى" folds to "الى" (hamza stripped) yet keeps its 3 raw code points; the tatweel word
    // is one [UNK] spanning the whole raw word.
    const std::string text = "إلى العـــربية";
    const std::vector<Token> tokens = tok.tokenize(text);
    ASSERT_EQ(texts(tokens), (std::vector<std::string>{"الى", "[UNK]"}));
    EXPECT_EQ(tokens[0].range, (CharRange{0, 3}));
    EXPECT_EQ(tokens[1].range, (CharRange{4, 14}));
}

TEST(WordPiece, PairTruncationIsLongestFirst)
{
    const std::string vocab = kHfDir + "/tiny-bert/vocab.txt";
    if (!exists(vocab))
        MIZAN_SKIP_FOR_MISSING_DATA() << vocab << " is absent (no shared/ fixtures)";
    const WordPieceTokenizer tok = tiny("cased");
    const std::string a = "في المدرسة في المدرسة في المدرسة";  // 6 tokens
    const std::string b = "في المدرسة";                          // 2 tokens
    const Encoding e = tok.encodePair(a, b, 9);
    ASSERT_EQ(e.size(), 9u);  // 6 + 2 + 3 specials = 11: two removed from the longer, a
    EXPECT_EQ(std::count(e.sequenceIds.begin(), e.sequenceIds.end(), 0), 4);
    EXPECT_EQ(std::count(e.sequenceIds.begin(), e.sequenceIds.end(), 1), 2);
    const Encoding second = tok.encodePair(a, b, 9, Truncation::OnlySecond);
    EXPECT_EQ(std::count(second.sequenceIds.begin(), second.sequenceIds.end(), 0), 6);
    EXPECT_EQ(std::count(second.sequenceIds.begin(), second.sequenceIds.end(), 1), 0);
    EXPECT_EQ(second.tokens.back(), "[SEP]");
    const Encoding single = tok.encode(a, 5);
    EXPECT_EQ(single.tokens, (std::vector<std::string>{"[CLS]", "في", "المدرسة", "في", "[SEP]"}));
}

TEST(WordPiece, MissingSpecialTokenIsAClearError)
{
    Result<WordPieceTokenizer> t = WordPieceTokenizer::create(Vocab({"[PAD]", "[CLS]", "[SEP]", "a"}), {});
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.error().find("[UNK]"), std::string::npos);
    Result<WordPieceTokenizer> dir = WordPieceTokenizer::fromDirectory(MIZAN_TEST_DATA_DIR "/tokenize/no-such-dir");
    ASSERT_FALSE(dir.ok());
    EXPECT_NE(dir.error().find("vocab.txt"), std::string::npos);
}

TEST(WordPiece, NeverSplitWordsStayWhole)
{
    TokenizerConfig c;
    c.doLowerCase = false;
    c.neverSplit = {"[رابط]"};
    Result<WordPieceTokenizer> t =
        WordPieceTokenizer::create(Vocab({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[رابط]", "[", "]", "رابط"}), c);
    ASSERT_TRUE(t.ok()) << t.error();
    EXPECT_EQ(texts(t->tokenize("[رابط] [رابط")), (std::vector<std::string>{"[رابط]", "[", "رابط"}));
    EXPECT_EQ(ids(t->tokenize("[رابط]")), (std::vector<std::int64_t>{5}));
}

TEST(WordPiece, ArbitraryBytesNeverCrashAndRangesStayInsideTheText)
{
    const std::string vocab = kHfDir + "/tiny-bert/vocab.txt";
    if (!exists(vocab))
        MIZAN_SKIP_FOR_MISSING_DATA() << vocab << " is absent (no shared/ fixtures)";
    const std::vector<std::string> alphabet{"ا", "ل", "\u0653", "\u064B", "\u0640", "İ", "Σ", " ", "\t", "\u200F",
                                            "[MASK]", "[SEP", ".", "،", "😊", "\xff", "\xd8", "中", "\u2028", "a"};
    const WordPieceTokenizer uncased = tiny("uncased");
    const WordPieceTokenizer cased = tiny("cased");
    std::uint32_t seed = 12345;
    for (int round = 0; round < 500; ++round) {
        std::string text;
        const int n = static_cast<int>((seed >> 8) % 40);
        for (int i = 0; i < n; ++i) {
            seed = seed * 1664525u + 1013904223u;
            text += alphabet[(seed >> 16) % alphabet.size()];
        }
        seed = seed * 1664525u + 1013904223u;
        const std::size_t length = utf8::decodeLossy(text).size();
        for (const WordPieceTokenizer *tok : {&uncased, &cased}) {
            std::size_t lastStart = 0;
            for (const Token &t : tok->tokenize(text)) {
                EXPECT_LT(t.range.start, t.range.end) << text;
                EXPECT_LE(t.range.end, length) << text;
                EXPECT_GE(t.range.start, lastStart) << text;
                lastStart = t.range.start;
            }
        }
    }
}

// Run under ThreadSanitizer by scripts/ci-tsan.sh (tests named *Threads*): tokenize() is
// const, and one tokenizer serves every thread (the studio's workers share a model's).
TEST(WordPiece, OneTokenizerSharedByFourThreads)
{
    auto vocab = Vocab::parse("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nال\n##ف\n##ندق\nب\n##ب\nجميل\n.\n", "vocab.txt");
    ASSERT_TRUE(vocab) << vocab.error();
    auto created = WordPieceTokenizer::create(*vocab, TokenizerConfig{});
    ASSERT_TRUE(created) << created.error();
    const WordPieceTokenizer &tok = *created;
    const std::vector<std::string> inputs = {"الفندق جميل.", "ببب الفندقُ", "Jamil 123 ﷺ", "الفندق الفندق الفندق"};
    auto run = [&] {
        std::vector<std::string> out;
        for (int round = 0; round < 50; ++round)
            for (const std::string &text : inputs)
                for (const Token &t : tok.tokenize(text))
                    out.push_back(t.text + "@" + std::to_string(t.range.start));
        return out;
    };
    std::vector<std::vector<std::string>> results(4);
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < results.size(); ++k)
        threads.emplace_back([&, k] { results[k] = run(); });
    for (std::thread &t : threads)
        t.join();
    const std::vector<std::string> expected = run();
    ASSERT_FALSE(expected.empty());
    for (const std::vector<std::string> &r : results)
        EXPECT_EQ(r, expected);
}
