// The shipped default model (resources/models/default): it loads, every file its manifest
// lists is there with the SHA-256 the manifest names (and nothing else is), the manifest says
// where it comes from, and it finds the targets and polarities of sentences written for this
// test (not from the SemEval data).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "common/sha256.h"
#include "predict/predictor.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

const fs::path kModel = fs::path(MIZAN_RESOURCES_DIR) / "models" / "default";

nlohmann::json manifest()
{
    std::ifstream in(kModel / "manifest.json");
    return nlohmann::json::parse(in, nullptr, false);
}

} // namespace

TEST(DefaultModel, ManifestNamesItsSourceAndMatchesEveryFile)
{
    const nlohmann::json m = manifest();
    ASSERT_FALSE(m.is_discarded()) << (kModel / "manifest.json") << " is missing or not JSON";
    EXPECT_EQ(m.value("mizan_version", ""), MIZAN_VERSION);
    EXPECT_EQ(m["source"].value("file", ""), "AR_Hotels_Train_SB1.xml");
    EXPECT_EQ(m["source"].value("sha256", "").size(), 64u);
    EXPECT_EQ(m["settings"].value("seed", 0), 13);
    EXPECT_NE(m.value("licence", "").find("MIT"), std::string::npos);
    EXPECT_NE(m.value("credit", "").find("Pontiki"), std::string::npos);
    EXPECT_GT(m["dev"]["tasks"]["sentiment"].value("accuracy", 0.0), 0.5);

    std::set<std::string> listed;
    for (const auto &[name, digest] : m["files"].items()) {
        listed.insert(name);
        auto actual = sha256File((kModel / name).string());
        ASSERT_TRUE(actual.ok()) << actual.error();
        EXPECT_EQ(*actual, digest.get<std::string>()) << name << " differs from the manifest";
    }
    ASSERT_FALSE(listed.empty());
    for (const auto &entry : fs::directory_iterator(kModel)) {
        if (entry.path().filename() != "manifest.json") {
            EXPECT_TRUE(listed.count(entry.path().filename().string())) << entry.path() << " is not in the manifest";
        }
    }
}

TEST(DefaultModel, PredictsTargetsAndPolaritiesOfNewSentences)
{
    auto predictor = Predictor::load(kModel.string());
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    const std::vector<std::string> tasks = (*predictor)->tasks();
    EXPECT_NE(std::find(tasks.begin(), tasks.end(), "targets"), tasks.end());
    EXPECT_NE(std::find(tasks.begin(), tasks.end(), "sentiment"), tasks.end());

    struct Case {
        const char *text, *target, *polarity;
    };
    // Written for this test: "the service is very bad", "the room is clean and comfortable",
    // "the breakfast is very bad", "the staff are very friendly", "the food is cold and the
    // restaurant bad" (two targets).
    const Case cases[] = {
        {"الخدمة سيئة جدا", "الخدمة", "negative"},
        {"الغرفة نظيفة ومريحة", "الغرفة", "positive"},
        {"الإفطار سيء جدا", "الإفطار", "negative"},
        {"الموظفين ودودين جدا", "الموظفين", "positive"},
        {"الطعام بارد والمطعم سيء", "الطعام", "negative"},
        {"الطعام بارد والمطعم سيء", "المطعم", "negative"},
    };
    for (const Case &c : cases) {
        auto p = (*predictor)->predict(c.text);
        ASSERT_TRUE(p.ok()) << p.error();
        bool found = false;
        for (const PredictedTarget &t : p->targets)
            if (t.text == c.target) {
                found = true;
                EXPECT_EQ(t.polarity, c.polarity) << c.text;
            }
        EXPECT_TRUE(found) << "no target " << c.target << " in " << c.text << ": " << predictionToJson(*p).dump();
    }
}
