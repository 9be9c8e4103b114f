// Word vectors from a tiny text (a second to train): saved, read back, answer every word
// (unseen ones from their character n-grams), find a word's inflections among its
// neighbours, and refuse damaged or foreign folders with the file's name.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "common/atomicfile.h"
#include "support/testsupport.h"
#include "vectors/wordvectors.h"

namespace mizan {
namespace {

// Hotel-review-like lines: four nouns with their inflections (with ال, with بال, plural), each
// noun in the contexts of its own adjectives, as inflections of a word share its contexts.
std::vector<std::string> tinyText()
{
    const std::vector<std::vector<std::string>> nouns = {
        {"الغرفة", "بالغرفة", "غرفة", "الغرف"}, {"الموظفين", "بالموظفين", "موظف", "الموظف"},
        {"المطعم", "بالمطعم", "مطعم", "المطاعم"}, {"الشاطئ", "بالشاطئ", "شاطئ", "الشواطئ"}};
    const std::vector<std::vector<std::string>> adjectives = {
        {"واسعة", "نظيفة", "مريحة"}, {"لطفاء", "متعاونين", "محترمين"},
        {"لذيذ", "غالي", "متنوع"}, {"رملي", "هادئ", "قريب"}};
    std::vector<std::string> lines;
    for (int round = 0; round < 8; ++round)
        for (std::size_t n = 0; n < nouns.size(); ++n)
            for (const std::string &form : nouns[n])
                for (const std::string &adjective : adjectives[n])
                    lines.push_back("كان " + form + " " + adjective + " جدا");
    return lines;
}

WordVectorOptions tinyOptions()
{
    WordVectorOptions o;
    o.dim = 16;
    o.epoch = 10;
    o.minCount = 1;
    o.buckets = 20000;
    o.threads = 1;
    o.sampling = 1.0;
    o.normalisation = "test";
    return o;
}

// One folder trained once for the suite (about a second).
class WordVectorsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new test::TempDir;
        auto trained = WordVectors::train(tinyText(), tinyOptions(), s_dir->file("vectors"), {"tiny"});
        ASSERT_TRUE(trained.ok()) << trained.error();
        s_vectors = new WordVectors(std::move(*trained));
    }
    static void TearDownTestSuite()
    {
        delete s_vectors;
        delete s_dir;
    }
    // A copy of the trained folder that a test may damage.
    static std::string copyFolder(const test::TempDir &into)
    {
        const std::string to = into.file("copy");
        std::filesystem::copy(s_dir->file("vectors"), to, std::filesystem::copy_options::recursive);
        return to;
    }
    static test::TempDir *s_dir;
    static WordVectors *s_vectors;
};
test::TempDir *WordVectorsTest::s_dir = nullptr;
WordVectors *WordVectorsTest::s_vectors = nullptr;

TEST_F(WordVectorsTest, SavesAFolderThatLoadsToTheSameVectors)
{
    const std::string dir = s_dir->file("vectors");
    EXPECT_TRUE(std::filesystem::exists(dir + "/vectors.bin"));
    auto meta = nlohmann::json::parse(*readFile(dir + "/vectors.json"));
    EXPECT_EQ(meta["dim"], 16);
    EXPECT_EQ(meta["normalisation"], "test");
    EXPECT_EQ(meta["sources"], nlohmann::json::array({"tiny"}));
    for (const auto &entry : std::filesystem::directory_iterator(dir))  // the training text is gone
        EXPECT_EQ(entry.path().filename().string().find("train.txt"), std::string::npos) << entry.path();
    auto loaded = WordVectors::load(dir);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->dim(), 16);
    EXPECT_EQ(loaded->words(), s_vectors->words());
    EXPECT_EQ(loaded->checksum(), s_vectors->checksum());
    EXPECT_EQ(loaded->normalisation(), "test");
    EXPECT_EQ(loaded->vector("الغرفة"), s_vectors->vector("الغرفة"));
    EXPECT_TRUE(loaded->inVocabulary("الغرفة"));
}

TEST_F(WordVectorsTest, AnUnseenWordGetsAVectorFromItsCharacterNgrams)
{
    ASSERT_FALSE(s_vectors->inVocabulary("والغرفة"));
    const std::vector<float> v = s_vectors->vector("والغرفة");
    ASSERT_EQ(v.size(), 16u);
    EXPECT_TRUE(std::any_of(v.begin(), v.end(), [](float x) { return x != 0.0f; }));
    const auto nn = s_vectors->neighbours("والغرفة", 3);
    ASSERT_FALSE(nn.empty());
    EXPECT_NE(nn.front().first.find("غرف"), std::string::npos) << nn.front().first;
    EXPECT_EQ(s_vectors->vector(""), std::vector<float>(16, 0.0f));
    EXPECT_TRUE(s_vectors->neighbours("", 3).empty());
}

TEST_F(WordVectorsTest, NeighboursOfAWordIncludeItsInflections)
{
    const auto nn = s_vectors->neighbours("الغرفة", 3);
    ASSERT_EQ(nn.size(), 3u);
    int inflections = 0;
    for (const auto &[word, cosine] : nn) {
        EXPECT_NE(word, "الغرفة");
        EXPECT_LE(cosine, 1.0 + 1e-6);
        inflections += word == "بالغرفة" || word == "غرفة" || word == "الغرف";
    }
    EXPECT_GE(inflections, 2);
    EXPECT_GE(nn[0].second, nn[1].second);
}

TEST_F(WordVectorsTest, ATruncatedVectorFileIsRefusedByName)
{
    test::TempDir tmp;
    const std::string dir = copyFolder(tmp);
    const auto size = std::filesystem::file_size(dir + "/vectors.bin");
    std::filesystem::resize_file(dir + "/vectors.bin", size / 2);
    auto loaded = WordVectors::load(dir);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.status().code(), ErrorCode::IoError);
    EXPECT_NE(loaded.error().find(dir + "/vectors.bin"), std::string::npos) << loaded.error();
    EXPECT_NE(loaded.error().find("truncated"), std::string::npos) << loaded.error();
}

TEST_F(WordVectorsTest, AVectorFileOfTheRightSizeButOtherBytesIsRefusedByName)
{
    test::TempDir tmp;
    const std::string dir = copyFolder(tmp);
    std::string bytes = *readFile(dir + "/vectors.bin");
    for (std::size_t i = 0; i < 64 && i < bytes.size(); ++i)  // the header: magic, version, args
        bytes[i] = '\xff';
    ASSERT_TRUE(writeFileAtomic(dir + "/vectors.bin", bytes));
    auto loaded = WordVectors::load(dir);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().find(dir + "/vectors.bin"), std::string::npos) << loaded.error();
    EXPECT_NE(loaded.error().find("SHA-256"), std::string::npos) << loaded.error();
}

TEST_F(WordVectorsTest, AFolderWithoutMizansDescriptionIsRefusedByName)
{
    test::TempDir tmp;
    const std::string dir = copyFolder(tmp);
    ASSERT_TRUE(writeFileAtomic(dir + "/vectors.json", "{\"format\": \"something-else\"}"));
    auto loaded = WordVectors::load(dir);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.status().code(), ErrorCode::ParseError);
    EXPECT_NE(loaded.error().find(dir + "/vectors.json"), std::string::npos) << loaded.error();

    for (const char *format : {"{\"format\": 5}", "{\"format\": null}", "[\"mizan-word-vectors\"]"}) {
        ASSERT_TRUE(writeFileAtomic(dir + "/vectors.json", format));
        loaded = WordVectors::load(dir);
        ASSERT_FALSE(loaded.ok()) << format;
        EXPECT_NE(loaded.error().find("expected Mizan's word vectors description"), std::string::npos)
            << loaded.error();
    }

    ASSERT_TRUE(writeFileAtomic(dir + "/vectors.json", "{\"format\": "));
    loaded = WordVectors::load(dir);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().find("vectors.json: line 1"), std::string::npos) << loaded.error();

    loaded = WordVectors::load(tmp.file("absent"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().find(tmp.file("absent") + "/vectors.json"), std::string::npos) << loaded.error();
}

TEST_F(WordVectorsTest, AnOutOfRangeSettingInTheDescriptionIsRefusedByKey)
{
    test::TempDir tmp;
    const std::string dir = copyFolder(tmp);
    auto meta = nlohmann::json::parse(*readFile(dir + "/vectors.json"));
    meta["dim"] = -3;
    ASSERT_TRUE(writeFileAtomic(dir + "/vectors.json", meta.dump()));
    auto loaded = WordVectors::load(dir);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().find("\"dim\": expected 1 to 4096, found -3"), std::string::npos) << loaded.error();

    meta["dim"] = 16;
    meta["bin_bytes"] = std::uint64_t(-1);  // would wrap the read's limit
    ASSERT_TRUE(writeFileAtomic(dir + "/vectors.json", meta.dump()));
    loaded = WordVectors::load(dir);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().find("\"bin_bytes\": expected a byte count"), std::string::npos) << loaded.error();
}

TEST(WordVectors, TextWithoutAFrequentEnoughWordIsAnError)
{
    test::TempDir tmp;
    WordVectorOptions o = tinyOptions();
    o.minCount = 5;
    auto trained = WordVectors::train({"كلمة واحدة"}, o, tmp.file("v"));
    ASSERT_FALSE(trained.ok());
    EXPECT_EQ(trained.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(trained.error().find("no word occurs 5 times"), std::string::npos) << trained.error();
    EXPECT_FALSE(std::filesystem::exists(tmp.file("v") + "/vectors.json"));
}

TEST(WordVectors, BadSettingsAreRefusedBeforeTraining)
{
    test::TempDir tmp;
    WordVectorOptions o = tinyOptions();
    o.minn = 6;
    o.maxn = 3;
    auto trained = WordVectors::train({"كلمة"}, o, tmp.file("v"));
    ASSERT_FALSE(trained.ok());
    EXPECT_EQ(trained.status().code(), ErrorCode::InvalidArgument);
}

} // namespace
} // namespace mizan
