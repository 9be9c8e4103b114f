// Learns a subword vocabulary from the SemEval train text through the mizan-vocab child
// process and checks that it tokenizes that text with few [UNK] and few pieces per word.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <gtest/gtest.h>

#include "support/testsupport.h"
#include <pugixml.hpp>

#include "tokenize/vocabbuilder.h"
#include "tokenize/wordpiece.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

const std::string kTrainXml = std::string(MIZAN_SHARED_DIR) + "/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml";

fs::path scratchDir(const std::string &name)
{
    fs::path p = fs::path(::testing::TempDir()) / ("mizan-vocab-test-" + name);
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

std::vector<std::string> trainSentences()
{
    pugi::xml_document doc;
    std::vector<std::string> out;
    if (!doc.load_file(kTrainXml.c_str()))
        return out;
    for (const pugi::xpath_node &n : doc.select_nodes("//sentence/text"))
        out.push_back(n.node().child_value());
    return out;
}

struct Stats {
    std::size_t words = 0, pieces = 0, unk = 0;
};

Stats measure(const WordPieceTokenizer &tok, const std::vector<std::string> &sentences)
{
    Stats s;
    for (const std::string &text : sentences) {
        s.words += tok.basicTokenize(text).size();
        for (const Token &t : tok.tokenize(text)) {
            ++s.pieces;
            s.unk += t.id == tok.unkId();
        }
    }
    return s;
}

void learnAndCheck(SubwordAlgorithm algorithm, std::size_t vocabSize, bool lower, const std::string &name)
{
    const std::vector<std::string> sentences = trainSentences();
    ASSERT_GT(sentences.size(), 4000u);
    const fs::path dir = scratchDir(name);
    {
        std::ofstream out(dir / "train.txt");
        for (const std::string &s : sentences)
            out << s << '\n';
    }
    VocabBuildOptions o;
    o.inputFiles = {(dir / "train.txt").string()};
    o.outputDir = (dir / "vocab").string();
    o.vocabSize = vocabSize;
    o.algorithm = algorithm;
    o.lowerCase = lower;
    Result<VocabBuildResult> r = buildVocab(o);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_TRUE(fs::exists(r->modelPath));
    Result<WordPieceTokenizer> tok = WordPieceTokenizer::fromDirectory(o.outputDir);
    ASSERT_TRUE(tok.ok()) << tok.error();
    EXPECT_EQ(tok->config().doLowerCase, lower);
    EXPECT_EQ(tok->vocab().size(), r->vocabSize);
    EXPECT_EQ(tok->vocab().token(0), "[PAD]");
    EXPECT_EQ(tok->vocab().token(4), "[MASK]");
    const Stats s = measure(*tok, sentences);
    const double unkRate = double(s.unk) / double(s.pieces);
    const double perWord = double(s.pieces) / double(s.words);
    std::cout << "[ vocab    ] " << name << ": " << r->vocabSize << " entries, " << s.words << " words, "
              << s.pieces << " pieces, " << perWord << " pieces/word, [UNK] " << 100.0 * unkRate << "%\n";
    EXPECT_LT(unkRate, 0.005);
    EXPECT_GE(perWord, 1.0);
    EXPECT_LT(perWord, 2.0);
    fs::remove_all(dir);
}

} // namespace

TEST(VocabBuilder, UnigramFromSemEvalTrainText)
{
    if (!fs::exists(kTrainXml))
        MIZAN_SKIP_FOR_MISSING_DATA() << kTrainXml << " is absent (no shared/ data)";
    learnAndCheck(SubwordAlgorithm::Unigram, 8000, false, "unigram");
}

TEST(VocabBuilder, BpeLowerCasedFromSemEvalTrainText)
{
    if (!fs::exists(kTrainXml))
        MIZAN_SKIP_FOR_MISSING_DATA() << kTrainXml << " is absent (no shared/ data)";
    learnAndCheck(SubwordAlgorithm::Bpe, 4000, true, "bpe");
}

TEST(VocabBuilder, MaxSentencesSamplesTheCorpus)
{
    if (!fs::exists(kTrainXml))
        MIZAN_SKIP_FOR_MISSING_DATA() << kTrainXml << " is absent (no shared/ data)";
    const fs::path dir = scratchDir("sample");
    {
        std::ofstream out(dir / "train.txt");
        for (const std::string &s : trainSentences())
            out << s << '\n';
    }
    VocabBuildOptions o;
    o.inputFiles = {(dir / "train.txt").string()};
    o.outputDir = (dir / "vocab").string();
    o.vocabSize = 600;
    o.maxSentences = 1000;
    Result<VocabBuildResult> r = buildVocab(o);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_NE(r->log.find("1000 sentences"), std::string::npos) << r->log;
    fs::remove_all(dir);
}

TEST(VocabBuilder, InvalidUtf8InputIsReportedWithFileAndLine)
{
    const std::string bad = MIZAN_TEST_DATA_DIR "/bad/tokenize_corpus_invalid_utf8.txt";
    VocabBuildOptions o;
    o.inputFiles = {bad};
    o.outputDir = scratchDir("bad").string();
    o.vocabSize = 100;
    Result<VocabBuildResult> r = buildVocab(o);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find(bad + ":2:3"), std::string::npos) << r.error();
}

TEST(VocabBuilder, MissingToolAndBadOptionsFailClearly)
{
    VocabBuildOptions o;
    o.inputFiles = {MIZAN_TEST_DATA_DIR "/tokenize/vocab_crlf.txt"};
    o.outputDir = scratchDir("missing").string();
    o.toolPath = "/nonexistent/mizan-vocab";
    Result<VocabBuildResult> r = buildVocab(o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), ErrorCode::NotFound);
    EXPECT_NE(r.error().find("/nonexistent/mizan-vocab"), std::string::npos);

    o.toolPath.clear();
    o.inputFiles = {};
    EXPECT_EQ(buildVocab(o).status().code(), ErrorCode::InvalidArgument);
    o.inputFiles = {"/nonexistent/corpus.txt"};
    EXPECT_EQ(buildVocab(o).status().code(), ErrorCode::NotFound);
}

TEST(VocabBuilder, ToolIsFoundAndEnvironmentOverrides)
{
    Result<std::string> found = findVocabTool();
    ASSERT_TRUE(found.ok()) << found.error();
    ::setenv("MIZAN_VOCAB_TOOL", "/nonexistent/tool", 1);
    Result<std::string> env = findVocabTool();
    ::unsetenv("MIZAN_VOCAB_TOOL");
    ASSERT_FALSE(env.ok());
    EXPECT_NE(env.error().find("MIZAN_VOCAB_TOOL=/nonexistent/tool"), std::string::npos);
}
