// Ranking: every strategy's order on known signals, the pool, the diversity step, seeded
// random, and the errors when a strategy does not fit the model.
#include <gtest/gtest.h>

#include <map>

#include "annotation/ranker.h"

using namespace mizan;

namespace {

// Signals looked up by text.
class FakeSource : public SignalSource {
public:
    std::map<std::string, SentenceSignals> byText;
    bool marginals = true;
    Result<SentenceSignals> signals(const std::string &text) const override
    {
        auto it = byText.find(text);
        if (it == byText.end())
            return Status(ErrorCode::InvalidArgument, "unknown text");
        return it->second;
    }
    bool hasMarginals() const override { return marginals; }
};

SentenceSignals polarity(std::vector<std::vector<double>> p)
{
    SentenceSignals s;
    s.polarity = std::move(p);
    return s;
}

std::vector<std::size_t> indices(const std::vector<RankedIndex> &r)
{
    std::vector<std::size_t> out;
    for (const RankedIndex &x : r)
        out.push_back(x.index);
    return out;
}

} // namespace

TEST(Ranker, PolarityStrategiesTakeTheLeastSureTarget)
{
    FakeSource src;
    src.byText["sure"] = polarity({{0.98, 0.01, 0.01}});
    src.byText["torn"] = polarity({{0.9, 0.05, 0.05}, {0.45, 0.45, 0.1}});
    src.byText["flat"] = polarity({{0.5, 0.3, 0.2}});
    const std::vector<std::string> texts = {"sure", "torn", "flat"};
    RankOptions o;
    o.diversityThreshold = 2.0;
    o.strategy = RankStrategy::Margin;
    EXPECT_EQ(indices(*rankTexts(texts, &src, o)), (std::vector<std::size_t>{1, 2, 0}));
    o.strategy = RankStrategy::LeastConfidence;
    EXPECT_EQ(indices(*rankTexts(texts, &src, o)), (std::vector<std::size_t>{1, 2, 0}));
    o.strategy = RankStrategy::Entropy;
    auto r = rankTexts(texts, &src, o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(indices(*r), (std::vector<std::size_t>{2, 1, 0}));  // 3-way spread beats a 2-way tie
    EXPECT_GT((*r)[0].score, (*r)[1].score);
}

TEST(Ranker, SequenceStrategiesReadSpansAndMarginals)
{
    FakeSource src;
    SentenceSignals a, b;
    a.spanPosteriors = {0.95, 0.55};
    a.marginals = {{0.99, 0.005, 0.005}, {0.98, 0.01, 0.01}};
    b.spanPosteriors = {0.8};
    b.marginals = {{0.4, 0.3, 0.3}, {0.5, 0.25, 0.25}};
    src.byText["a"] = a;
    src.byText["b"] = b;
    RankOptions o;
    o.strategy = RankStrategy::SpanPosterior;
    EXPECT_EQ(indices(*rankTexts({"a", "b"}, &src, o)), (std::vector<std::size_t>{0, 1}));
    o.strategy = RankStrategy::TokenEntropy;
    EXPECT_EQ(indices(*rankTexts({"a", "b"}, &src, o)), (std::vector<std::size_t>{1, 0}));
    src.marginals = false;
    auto r = rankTexts({"a", "b"}, &src, o);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("CRF marginals"), std::string::npos);
}

TEST(Ranker, RandomIsSeededAndNeedsNoModel)
{
    const std::vector<std::string> texts = {"one", "two", "three", "four", "five", "six"};
    RankOptions o;
    o.strategy = RankStrategy::Random;
    o.diversityThreshold = 2.0;
    o.top = 0;
    auto a = rankTexts(texts, nullptr, o), b = rankTexts(texts, nullptr, o);
    o.seed = 99;
    auto c = rankTexts(texts, nullptr, o);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_EQ(indices(*a), indices(*b));
    EXPECT_NE(indices(*a), indices(*c));
    EXPECT_EQ(a->size(), texts.size());
}

TEST(Ranker, ModelStrategyWithoutModelOrSentimentFails)
{
    RankOptions o;
    o.strategy = RankStrategy::Entropy;
    EXPECT_EQ(rankTexts({"x"}, nullptr, o).status().code(), ErrorCode::InvalidArgument);
    FakeSource src;
    src.byText["x"] = SentenceSignals{};  // no polarity anywhere: a model without sentiment
    auto r = rankTexts({"x"}, &src, o);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("needs target sentiment"), std::string::npos);
}

TEST(Ranker, DiversityKeepsNearDuplicatesOutOfABatch)
{
    FakeSource src;
    const std::string dup1 = "الموظفون لطفاء جدا والغرفة نظيفة", dup2 = "الموظفون لطفاء جدا، والغرفة نظيفة",
                      other = "الإفطار بارد والسعر مرتفع";
    src.byText[dup1] = polarity({{0.4, 0.4, 0.2}});
    src.byText[dup2] = polarity({{0.41, 0.39, 0.2}});
    src.byText[other] = polarity({{0.8, 0.1, 0.1}});
    RankOptions o;
    o.strategy = RankStrategy::Margin;
    o.top = 2;
    EXPECT_EQ(indices(*rankTexts({dup1, dup2, other}, &src, o)), (std::vector<std::size_t>{0, 2}));
    o.diversityThreshold = 2.0;
    EXPECT_EQ(indices(*rankTexts({dup1, dup2, other}, &src, o)), (std::vector<std::size_t>{0, 1}));
}

TEST(Ranker, CorporaPoolAndLocations)
{
    Corpus c;
    Document d;
    Sentence done, open, reviewed;
    done.id = "done";
    done.text = "a";
    done.opinions.push_back(Opinion{});
    open.id = "open";
    open.text = "b";
    reviewed.id = "reviewed";
    reviewed.text = "c";
    reviewed.reviewed = true;
    d.sentences = {done, open, reviewed};
    c.documents.push_back(d);
    RankOptions o;
    o.strategy = RankStrategy::Random;
    o.top = 0;
    auto r = rankCorpora({&c}, nullptr, o);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 1u);
    EXPECT_EQ((*r)[0].id, "open");
    EXPECT_EQ((*r)[0].sentence, 1u);
    o.pool = RankPool::Unreviewed;
    EXPECT_EQ(rankCorpora({&c}, nullptr, o)->size(), 2u);
    o.pool = RankPool::All;
    EXPECT_EQ(rankCorpora({&c}, nullptr, o)->size(), 3u);
    EXPECT_EQ(parseRankPool("unreviewed"), RankPool::Unreviewed);
    EXPECT_EQ(parseRankStrategy("token-entropy"), RankStrategy::TokenEntropy);
    EXPECT_FALSE(parseRankStrategy("uncertain").has_value());
}

TEST(Ranker, StopCancels)
{
    FakeSource src;
    src.byText["x"] = polarity({{0.5, 0.5}});
    std::atomic<bool> stop{true};
    RankOptions o;
    o.stop = &stop;
    EXPECT_EQ(rankTexts({"x"}, &src, o).status().code(), ErrorCode::Cancelled);
}
