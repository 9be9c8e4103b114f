#include <filesystem>

#include <gtest/gtest.h>

#include "support/testsupport.h"

#include "tokenize/tokenizerconfig.h"

using namespace mizan;

TEST(TokenizerConfig, ReadsTinyBertConfig)
{
    const std::string path = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert/tiny-bert/tokenizer_config.json";
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << path << " is absent (no shared/ fixtures)";
    Result<TokenizerConfig> c = loadTokenizerConfig(path);
    ASSERT_TRUE(c.ok()) << c.error();
    EXPECT_FALSE(c->doLowerCase);
    EXPECT_FALSE(c->stripAccents.has_value());
    EXPECT_FALSE(c->effectiveStripAccents());
    EXPECT_EQ(c->modelMaxLength, 64u);
    EXPECT_EQ(c->addedTokens.size(), 5u);
    EXPECT_EQ(c->maskToken, "[MASK]");
}

TEST(TokenizerConfig, ReadsFarasaNeverSplitAndOldMaxLen)
{
    const std::string path = std::string(MIZAN_SHARED_DIR) + "/data/vocab/arabertv2-farasa/tokenizer_config.json";
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << path << " is absent (no shared/ data)";
    Result<TokenizerConfig> c = loadTokenizerConfig(path);
    ASSERT_TRUE(c.ok()) << c.error();
    EXPECT_EQ(c->neverSplit.size(), 31u);
    EXPECT_EQ(c->modelMaxLength, 512u);
}

TEST(TokenizerConfig, DefaultsFollowHuggingFace)
{
    Result<TokenizerConfig> c = parseTokenizerConfig("{}", "mem");
    ASSERT_TRUE(c.ok());
    EXPECT_TRUE(c->doLowerCase);
    EXPECT_TRUE(c->effectiveStripAccents());
    Result<TokenizerConfig> keep = parseTokenizerConfig(R"({"strip_accents": false, "model_max_length": 1e30})", "mem");
    ASSERT_TRUE(keep.ok()) << keep.error();
    EXPECT_FALSE(keep->effectiveStripAccents());
    EXPECT_EQ(keep->modelMaxLength, 512u);
    Result<TokenizerConfig> obj = parseTokenizerConfig(R"({"unk_token": {"content": "<unk>"}})", "mem");
    ASSERT_TRUE(obj.ok()) << obj.error();
    EXPECT_EQ(obj->unkToken, "<unk>");
}

TEST(TokenizerConfig, RoundTripsThroughJson)
{
    TokenizerConfig c;
    c.doLowerCase = false;
    c.stripAccents = true;
    c.neverSplit = {"[رابط]"};
    c.modelMaxLength = 128;
    Result<TokenizerConfig> back = parseTokenizerConfig(tokenizerConfigToJson(c), "mem");
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(back->doLowerCase, false);
    EXPECT_EQ(back->stripAccents, std::optional<bool>(true));
    EXPECT_EQ(back->neverSplit, c.neverSplit);
    EXPECT_EQ(back->modelMaxLength, 128u);
}

TEST(TokenizerConfig, InvalidJsonNamesFileLineAndColumn)
{
    const std::string path = MIZAN_TEST_DATA_DIR "/bad/tokenize_config_trailing_comma.json";
    Result<TokenizerConfig> c = loadTokenizerConfig(path);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.status().code(), ErrorCode::ParseError);
    EXPECT_NE(c.error().find(path + ":4:1"), std::string::npos) << c.error();
}

TEST(TokenizerConfig, WrongTypeNamesTheKey)
{
    const std::string path = MIZAN_TEST_DATA_DIR "/bad/tokenize_config_wrong_type.json";
    Result<TokenizerConfig> c = loadTokenizerConfig(path);
    ASSERT_FALSE(c.ok());
    EXPECT_NE(c.error().find("do_lower_case"), std::string::npos) << c.error();
    EXPECT_NE(c.error().find(path), std::string::npos) << c.error();
}
