// Signals from a model folder: a saved linear baseline loads through Predictor and gives the
// same marginals as the model in memory; a missing folder fails naming it.
#include <gtest/gtest.h>

#include "annotation/baselinesignals.h"
#include "annotation/predictorsignals.h"
#include "tinybaseline.h"

using namespace mizan;

TEST(PredictorSignals, BaselineFolderGivesTheInMemoryModelsSignals)
{
    const std::string dir = test::tinyBaselineDir();
    ASSERT_FALSE(dir.empty());
    auto loaded = PredictorSignals::load(dir);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_TRUE((*loaded)->hasMarginals());
    BaselineSignals memory(*test::tinyBaseline());
    const std::string text = test::tinyHotels().documents.at(0).sentences.at(0).text;
    auto a = (*loaded)->signals(text);
    auto b = memory.signals(text);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a->marginals.size(), b->marginals.size());
    for (std::size_t u = 0; u < a->marginals.size(); ++u)
        for (std::size_t l = 0; l < a->marginals[u].size(); ++l)
            EXPECT_NEAR(a->marginals[u][l], b->marginals[u][l], 1e-6);
    ASSERT_EQ(a->polarity.size(), b->polarity.size());
    ASSERT_EQ(a->spanPosteriors.size(), b->spanPosteriors.size());
    for (std::size_t i = 0; i < a->spanPosteriors.size(); ++i)
        EXPECT_NEAR(a->spanPosteriors[i], b->spanPosteriors[i], 1e-6);
}

TEST(PredictorSignals, MissingFolderFailsNamingIt)
{
    auto r = PredictorSignals::load("/nonexistent/mizan-model");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("/nonexistent/mizan-model"), std::string::npos) << r.error();
}
