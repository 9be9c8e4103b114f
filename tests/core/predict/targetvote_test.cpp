#include <gtest/gtest.h>

#include "predict/targetvote.h"

using namespace mizan;

namespace {

// Units "و" [0,1) "الفندق" [1,7) " " skipped, "رائع" [8,12): the attached و is its own unit.
std::vector<TokenTagProbs> units(std::array<double, 3> a, std::array<double, 3> b, std::array<double, 3> c)
{
    return {{0, 1, a}, {1, 7, b}, {8, 12, c}};
}

constexpr std::array<double, 3> kO{0.9, 0.05, 0.05};
constexpr std::array<double, 3> kB{0.1, 0.85, 0.05};
constexpr std::array<double, 3> kI{0.1, 0.05, 0.85};

} // namespace

TEST(TargetVote, PieceStartingInsideAUnitCannotStartATarget)
{
    // Pieces "والف" [0,4) "##ندق" [4,7) "رائع" [8,12): the first piece runs over the و / ال
    // boundary, the second starts inside the unit "الفندق".
    const std::vector<TokenTagProbs> pieces = {{0, 4, kO}, {4, 7, kB}, {8, 12, kO}};
    const auto onUnits = piecesOnUnits(units(kO, kO, kO), pieces);
    ASSERT_EQ(onUnits.size(), 3u);
    EXPECT_EQ(onUnits[0], kO);
    // "الفندق" starts inside the piece "والف": no B from it, its B + I become I.
    EXPECT_DOUBLE_EQ(onUnits[1][1], 0.0);
    EXPECT_DOUBLE_EQ(onUnits[1][2], kO[1] + kO[2]);
    EXPECT_DOUBLE_EQ(onUnits[1][0], kO[0]);
    // The transformer alone (weight 0) cannot put a target at 4: it says O everywhere it can.
    EXPECT_TRUE(voteTargetSpans(units(kO, kO, kO), pieces, 0.0).empty());
}

TEST(TargetVote, WeightsPickEitherTaggerAndTheAverageDecides)
{
    const std::vector<TokenTagProbs> pieces = {{0, 1, kO}, {1, 3, kB}, {3, 7, kI}, {8, 12, kO}};
    const auto baselineSaysO = units(kO, kO, kO);
    // Weight 0: the transformer's target "الفندق" on the unit grid.
    auto t = voteTargetSpans(baselineSaysO, pieces, 0.0);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].start, 1u);
    EXPECT_EQ(t[0].end, 7u);
    EXPECT_NEAR(t[0].score, kB[1], 1e-12);
    // Weight 1: the baseline alone (O everywhere).
    EXPECT_TRUE(voteTargetSpans(baselineSaysO, pieces, 1.0).empty());
    // Half and half with a baseline that prefers "الفندق رائع" as one target: the average
    // B at 1 (0.85 / 0.85) and I at 8 (0.05 vs 0.85 -> 0.45 against O 0.5) keeps the short one.
    auto both = voteTargetSpans(units(kO, kB, kI), pieces, 0.5);
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both[0].start, 1u);
    EXPECT_EQ(both[0].end, 7u);
    // A stronger baseline I wins it: one span over both words (the space inside).
    auto longer = voteTargetSpans(units(kO, kB, {0.0, 0.0, 1.0}), pieces, 0.5);
    ASSERT_EQ(longer.size(), 1u);
    EXPECT_EQ(longer[0].start, 1u);
    EXPECT_EQ(longer[0].end, 12u);
}

TEST(TargetVote, NeverStartsWithIAndFallsBackToUnitsWithoutPieces)
{
    // Both say I on the first unit: a path cannot start with I, so B is taken instead of a
    // broken span, and a unit no piece covers keeps the baseline's probabilities.
    const std::vector<TokenTagProbs> pieces = {{0, 1, {0.2, 0.3, 0.5}}};
    auto spans = voteTargetSpans(units({0.2, 0.3, 0.5}, kI, kO), pieces, 0.5);
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spans[0].start, 0u);
    EXPECT_EQ(spans[0].end, 7u);
    EXPECT_TRUE(voteTargetSpans({}, pieces, 0.5).empty());
}
