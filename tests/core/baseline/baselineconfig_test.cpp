// baseline.json's settings (issue 13 class 5): every value is checked against its range before
// anything is built from it, and refused naming the file and the key, without library text.
#include "baseline/baselineconfig.h"

#include <gtest/gtest.h>

#include <string>

using namespace mizan;

namespace {

std::string configWith(const std::string &window)
{
    return R"({"model_type": "mizan-baseline", "format_version": 2,
        "parts": {"targets": true, "sentiment": true, "entity_labels": []},
        "polarity_labels": ["positive", "negative"],
        "options": {"tagger_buckets": 1024, "sentiment_buckets": 1024, "sentiment_dim": 8, "window": )" +
           window + "}}";
}

} // namespace

TEST(BaselineConfig, ReadsAWindowInRange)
{
    auto ok = parseBaselineConfig(configWith("3"), "baseline.json");
    ASSERT_TRUE(ok.ok()) << ok.error();
    EXPECT_EQ(ok->options.window, 3u);
    EXPECT_EQ(ok->polarityLabels.size(), 2u);
}

TEST(BaselineConfig, NegativeOrHugeWindowIsRefusedByKey)
{
    // A negative window was read into a size_t as 2^64 - 1.
    for (const std::string window : {"-1", "-5", "1000000000", "18446744073709551615", "1e400", "2.5", "\"2\""}) {
        auto r = parseBaselineConfig(configWith(window), "baseline.json");
        ASSERT_FALSE(r.ok()) << window;
        EXPECT_EQ(r.status().code(), ErrorCode::ParseError) << window;
        EXPECT_NE(r.error().find("baseline.json"), std::string::npos) << r.error();
        EXPECT_EQ(r.error().find("json.exception"), std::string::npos) << r.error();
        if (window != "1e400") {  // a number past double's range is a parse error at its position
            EXPECT_NE(r.error().find("\"window\""), std::string::npos) << window << ": " << r.error();
        }
    }
}
