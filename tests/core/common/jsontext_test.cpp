// JSON from users' files: bounded depth, our own messages, bounded descriptions (issue 13).
#include <gtest/gtest.h>

#include "common/errortext.h"
#include "common/jsontext.h"

using namespace mizan;

TEST(JsonText, DeepNestingIsRefusedWithItsPosition)
{
    const std::string deep = "\n" + std::string(200000, '[') + std::string(200000, ']');
    auto r = parseJsonFile(deep, "deep.json");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("deep.json: line 2, column 129: invalid JSON: nested deeper than 128"), std::string::npos)
        << r.error();
}

TEST(JsonText, BracketsInsideStringsDoNotCount)
{
    const std::string text = "[\"" + std::string(1000, '[') + "\\\"[\"]";
    auto r = parseJsonFile(text, "s.json");
    ASSERT_TRUE(r.ok()) << r.error();
}

TEST(JsonText, NumberOverflowNamesItsPlaceWithoutLibraryText)
{
    auto r = parseJsonFile("{\n  \"x\": 1e400\n}", "n.json");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("n.json: line 2, column 8: invalid JSON: number out of range"), std::string::npos)
        << r.error();
    EXPECT_EQ(r.error().find("json.exception"), std::string::npos);
}

TEST(JsonText, SyntaxErrorsKeepNoLibraryTag)
{
    auto r = parseJsonFile("{\"a\": tru}", "s.json");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("s.json: line 1, column"), std::string::npos);
    EXPECT_EQ(r.error().find("[json.exception"), std::string::npos) << r.error();
}

TEST(JsonText, DescriptionsAreBounded)
{
    EXPECT_EQ(describeJson(nlohmann::json::array({1, 2, 3})), "an array of 3 value(s)");
    const std::string d = describeJson(std::string(100000, 'x'));
    EXPECT_LT(d.size(), 80u);
    EXPECT_NE(d.find("..."), std::string::npos);
}

TEST(JsonText, TypeErrorsBecomeShortMessages)
{
    try {
        nlohmann::json j = "text";
        (void)j.get<int>();
        FAIL() << "no exception";
    } catch (const std::exception &e) {
        const std::string text = errorText(e);
        EXPECT_EQ(text.find("[json.exception"), std::string::npos) << text;
        EXPECT_NE(text.find("type must be number"), std::string::npos) << text;
    }
}
