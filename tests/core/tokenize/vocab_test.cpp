#include <gtest/gtest.h>

#include "tokenize/vocab.h"

using namespace mizan;

TEST(Vocab, LineEndsLfCrlfAndCrAreAllLineBreaks)
{
    Result<Vocab> v = Vocab::parse("a\nb\r\nc\rd", "mem");
    ASSERT_TRUE(v.ok()) << v.error();
    EXPECT_EQ(v->tokens(), (std::vector<std::string>{"a", "b", "c", "d"}));
    EXPECT_EQ(v->find("c"), 2);
    EXPECT_FALSE(v->find("e").has_value());
}

TEST(Vocab, CrlfFileLoadsWithoutCarriageReturns)
{
    Result<Vocab> v = Vocab::load(MIZAN_TEST_DATA_DIR "/tokenize/vocab_crlf.txt");
    ASSERT_TRUE(v.ok()) << v.error();
    EXPECT_EQ(v->size(), 8u);
    EXPECT_EQ(v->find("[MASK]"), 4);
    EXPECT_EQ(v->find("##ات"), 6);
    EXPECT_EQ(v->token(7), "ال");
}

TEST(Vocab, EmptyLinesAndTrailingSpacesAreTokensAndDuplicatesKeepTheLastId)
{
    Result<Vocab> v = Vocab::parse("x\n\ny \nx\n", "mem");
    ASSERT_TRUE(v.ok()) << v.error();
    EXPECT_EQ(v->size(), 4u);
    EXPECT_EQ(v->find(""), 1);
    EXPECT_EQ(v->find("y "), 2);
    EXPECT_EQ(v->find("x"), 3);  // as Python's dict built line by line
    EXPECT_EQ(v->token(0), "x");
}

TEST(Vocab, RoundTripsThroughText)
{
    const Vocab v({"[PAD]", "كتاب", "##ات"});
    Result<Vocab> back = Vocab::parse(v.toText(), "mem");
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->tokens(), v.tokens());
}

TEST(Vocab, InvalidUtf8NamesFileLineAndColumn)
{
    const std::string path = MIZAN_TEST_DATA_DIR "/bad/tokenize_vocab_invalid_utf8.txt";
    Result<Vocab> v = Vocab::load(path);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.status().code(), ErrorCode::ParseError);
    EXPECT_NE(v.error().find(path + ":5:3"), std::string::npos) << v.error();
}

TEST(Vocab, MissingAndEmptyFilesFail)
{
    Result<Vocab> missing = Vocab::load(MIZAN_TEST_DATA_DIR "/tokenize/absent.txt");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("absent.txt"), std::string::npos);
    EXPECT_FALSE(Vocab::parse("", "mem").ok());
}

TEST(Vocab, TokenOutOfRangeThrows)
{
    const Vocab v({"a"});
    EXPECT_THROW(v.token(1), std::out_of_range);
    EXPECT_THROW(v.token(-1), std::out_of_range);
}
