// `mizan baseline predict` answers like `mizan predict --json`: each target with its polarity
// and aspect category, and the sentence-level (NULL-target) opinions, from a baseline folder
// with its category part.
#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "clirun.h"
#include "support/testsupport.h"

using namespace mizan::test;

TEST(BaselineCli, PredictGivesCategoriesAndSentenceOpinions)
{
    mizan::test::TempDir dir;
    const std::string model = dir.file("baseline");
    const CliRun trained = runMizan("baseline train --train " + quote(MIZAN_TEST_DATA_DIR "/train/tiny_hotels.xml") +
                                    " --dev-fraction 0 --tagger-buckets 4096 --sentiment-buckets 4096"
                                    " --category-buckets 4096 --category-threshold 0.05 --out " + quote(model));
    ASSERT_EQ(trained.exitCode, 0) << trained.out;
    const CliRun predicted = runMizan("baseline predict --model " + quote(model),
                                      "الغرفة نظيفة والخدمة سيئة\nالفطور لذيذ\n", false);
    ASSERT_EQ(predicted.exitCode, 0) << predicted.out;
    std::istringstream lines(predicted.out);
    std::string line;
    std::size_t n = 0;
    while (std::getline(lines, line)) {
        const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        ASSERT_FALSE(j.is_discarded()) << line;
        ++n;
        ASSERT_TRUE(j.contains("sentence_opinions")) << line;
        // A low threshold: some category of the sentence is carried by no target.
        ASSERT_FALSE(j["sentence_opinions"].empty()) << line;
        for (const auto &o : j["sentence_opinions"]) {
            EXPECT_FALSE(o["category"].get<std::string>().empty()) << line;
            EXPECT_TRUE(o["polarity"].is_string()) << line;
        }
        for (const auto &t : j["targets"]) {
            EXPECT_TRUE(t.contains("category")) << line;
            EXPECT_TRUE(t["polarity"].is_string()) << line;
        }
    }
    EXPECT_EQ(n, 2u);  // one JSON line per input line
}
