#include <gtest/gtest.h>

#include "predict/tagvote.h"

using namespace mizan;

namespace {

const std::vector<std::string> kTarget = {"O", "B-TARGET", "I-TARGET"};

// Units "و" [0,1) "الفندق" [1,7) " " skipped, "رائع" [8,12): the attached و is its own unit.
std::vector<TokenTagProbs> units(std::vector<double> a, std::vector<double> b, std::vector<double> c)
{
    return {{0, 1, std::move(a)}, {1, 7, std::move(b)}, {8, 12, std::move(c)}};
}

const std::vector<double> kO{0.9, 0.05, 0.05};
const std::vector<double> kB{0.1, 0.85, 0.05};
const std::vector<double> kI{0.1, 0.05, 0.85};

} // namespace

TEST(TagVote, PieceStartingInsideAUnitCannotStartASpan)
{
    // Pieces "والف" [0,4) "##ندق" [4,7) "رائع" [8,12): the first piece runs over the و / ال
    // boundary, the second starts inside the unit "الفندق".
    const std::vector<TokenTagProbs> pieces = {{0, 4, kO}, {4, 7, kB}, {8, 12, kO}};
    const auto onUnits = piecesOnUnits(units(kO, kO, kO), pieces, kTarget);
    ASSERT_EQ(onUnits.size(), 3u);
    EXPECT_EQ(onUnits[0], kO);
    // "الفندق" starts inside the piece "والف": no B from it, its B + I become I.
    EXPECT_DOUBLE_EQ(onUnits[1][1], 0.0);
    EXPECT_DOUBLE_EQ(onUnits[1][2], kO[1] + kO[2]);
    EXPECT_DOUBLE_EQ(onUnits[1][0], kO[0]);
    // The transformer alone (weight 0) cannot put a target at 4: it says O everywhere it can.
    EXPECT_TRUE(voteSpans(units(kO, kO, kO), pieces, kTarget, 0.0).empty());
}

TEST(TagVote, WeightsPickEitherTaggerAndTheAverageDecides)
{
    const std::vector<TokenTagProbs> pieces = {{0, 1, kO}, {1, 3, kB}, {3, 7, kI}, {8, 12, kO}};
    const auto baselineSaysO = units(kO, kO, kO);
    // Weight 0: the transformer's target "الفندق" on the unit grid.
    auto t = voteSpans(baselineSaysO, pieces, kTarget, 0.0);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].start, 1u);
    EXPECT_EQ(t[0].end, 7u);
    EXPECT_EQ(t[0].label, "TARGET");
    EXPECT_NEAR(t[0].score, kB[1], 1e-12);
    // Weight 1: the baseline alone (O everywhere).
    EXPECT_TRUE(voteSpans(baselineSaysO, pieces, kTarget, 1.0).empty());
    // Half and half with a baseline that prefers "الفندق رائع" as one target: at 8 the average
    // I is 0.45 against O 0.5, so the short target stays.
    auto both = voteSpans(units(kO, kB, kI), pieces, kTarget, 0.5);
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both[0].start, 1u);
    EXPECT_EQ(both[0].end, 7u);
    // A stronger baseline I wins it: one span over both words (the space inside).
    auto longer = voteSpans(units(kO, kB, {0.0, 0.0, 1.0}), pieces, kTarget, 0.5);
    ASSERT_EQ(longer.size(), 1u);
    EXPECT_EQ(longer[0].start, 1u);
    EXPECT_EQ(longer[0].end, 12u);
}

TEST(TagVote, NeverStartsWithIAndFallsBackToUnitsWithoutPieces)
{
    // Both say I on the first unit: a path cannot start with I, so B is taken instead of a
    // broken span, and a unit no piece covers keeps the baseline's probabilities.
    const std::vector<TokenTagProbs> pieces = {{0, 1, {0.2, 0.3, 0.5}}};
    auto spans = voteSpans(units({0.2, 0.3, 0.5}, kI, kO), pieces, kTarget, 0.5);
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spans[0].start, 0u);
    EXPECT_EQ(spans[0].end, 7u);
    EXPECT_TRUE(voteSpans({}, pieces, kTarget, 0.5).empty());
}

TEST(TagVote, EntityTypesDoNotMix)
{
    const std::vector<std::string> labels = {"O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"};
    // "محمد" [0,4) "علي" [5,8) "القاهرة" [9,16): the baseline says PERS PERS LOC; the
    // transformer agrees on the person but says I-PERS on the city. On the city the average
    // gives I-PERS 0.45 against B-LOC 0.425: the transformer's longer person wins.
    const std::vector<TokenTagProbs> baseline = {{0, 4, {0.05, 0.0, 0.0, 0.9, 0.05}},
                                                 {5, 8, {0.05, 0.0, 0.0, 0.05, 0.9}},
                                                 {9, 16, {0.1, 0.8, 0.0, 0.0, 0.1}}};
    const std::vector<TokenTagProbs> pieces = {{0, 4, {0.05, 0.0, 0.0, 0.9, 0.05}},
                                               {5, 8, {0.05, 0.0, 0.0, 0.05, 0.9}},
                                               {9, 16, {0.1, 0.05, 0.0, 0.05, 0.8}}};
    auto spans = voteSpans(baseline, pieces, labels, 0.5);
    // I-PERS 0.45 vs B-LOC 0.425: one person over all three words.
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spans[0].label, "PERS");
    EXPECT_EQ(spans[0].end, 16u);
    // With the baseline alone: a person then a city, each with its own type.
    auto alone = voteSpans(baseline, pieces, labels, 1.0);
    ASSERT_EQ(alone.size(), 2u);
    EXPECT_EQ(alone[0].label, "PERS");
    EXPECT_EQ(alone[0].start, 0u);
    EXPECT_EQ(alone[0].end, 8u);
    EXPECT_EQ(alone[1].label, "LOC");
    EXPECT_EQ(alone[1].start, 9u);
    // An I-LOC never continues a PERS span: a LOC-only "I" after the person starts nothing.
    const std::vector<TokenTagProbs> inside = {{0, 4, {0.0, 0.0, 0.0, 1.0, 0.0}}, {5, 8, {0.4, 0.0, 0.6, 0.0, 0.0}}};
    auto cut = voteSpans(inside, {}, labels, 1.0);
    ASSERT_EQ(cut.size(), 1u);
    EXPECT_EQ(cut[0].end, 4u);
}
