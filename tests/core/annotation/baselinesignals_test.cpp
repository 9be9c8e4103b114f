// Signals of a real (tiny) linear baseline: marginals per unit that sum to 1, a polarity
// distribution per predicted target (or for the whole sentence), span posteriors in [0, 1],
// and more certainty on the sentences it was trained on than on unseen text.
#include <gtest/gtest.h>

#include <numeric>

#include "annotation/baselinesignals.h"
#include "annotation/ranker.h"
#include "tinybaseline.h"

using namespace mizan;

TEST(BaselineSignals, MarginalsPolaritiesAndSpans)
{
    const BaselineModel *model = test::tinyBaseline();
    ASSERT_NE(model, nullptr);
    BaselineSignals src(*model);
    EXPECT_TRUE(src.hasMarginals());
    const Sentence &first = test::tinyHotels().documents.at(0).sentences.at(0);
    auto s = src.signals(first.text);
    ASSERT_TRUE(s.ok()) << s.error();
    ASSERT_FALSE(s->marginals.empty());
    for (const auto &row : s->marginals) {
        ASSERT_EQ(row.size(), 3u);
        EXPECT_NEAR(std::accumulate(row.begin(), row.end(), 0.0), 1.0, 1e-5);
    }
    EXPECT_EQ(s->outsideIndex, 0u);
    ASSERT_FALSE(s->polarity.empty());
    for (const auto &p : s->polarity)
        EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-5);
    for (double p : s->spanPosteriors) {
        EXPECT_GE(p, 0.0);
        EXPECT_LE(p, 1.0);
    }
    auto none = src.signals("...");  // no target: the whole text gets a polarity
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->polarity.size(), 1u);
    EXPECT_FALSE(src.signals("\xff").ok());
}

TEST(BaselineSignals, TrainedSentencesRankBelowUnseenText)
{
    const BaselineModel *model = test::tinyBaseline();
    ASSERT_NE(model, nullptr);
    BaselineSignals src(*model);
    std::vector<std::string> texts;
    for (const Document &d : test::tinyHotels().documents)
        for (const Sentence &s : d.sentences)
            texts.push_back(s.text);
    const std::size_t seen = texts.size();
    for (const char *t : {"سافرنا بالقطار إلى المدينة القديمة وزرنا المتحف", "كتبت رسالة طويلة إلى صديقي في الجامعة",
                          "المطر غزير هذا الشتاء في الجبال", "اشترى أخي سيارة زرقاء جديدة"})
        texts.push_back(t);
    RankOptions o;
    o.strategy = RankStrategy::TokenEntropy;
    o.diversityThreshold = 2.0;
    o.top = 0;
    auto scores = scoreTexts(texts, &src, o);
    ASSERT_TRUE(scores.ok()) << scores.error();
    double seenMean = 0.0, unseenMean = 0.0;
    for (std::size_t i = 0; i < texts.size(); ++i)
        (i < seen ? seenMean : unseenMean) += (*scores)[i];
    seenMean /= double(seen);
    unseenMean /= double(texts.size() - seen);
    EXPECT_GT(unseenMean, seenMean);
}
