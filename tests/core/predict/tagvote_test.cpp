#include <gtest/gtest.h>

#include "predict/tagvote.h"

using namespace mizan;

namespace {

const std::vector<std::string> kTarget = {"O", "B-TARGET", "I-TARGET"};
const std::vector<double> kO{0.9, 0.05, 0.05};
const std::vector<double> kB{0.1, 0.85, 0.05};

// Units "و" [0,1) "الفندق" [1,7) " " skipped, "رائع" [8,12): the attached و is its own unit.
std::vector<TokenTagProbs> units()
{
    return {{0, 1, kO}, {1, 7, kO}, {8, 12, kO}};
}

} // namespace

TEST(TagVote, PieceStartingInsideAUnitCannotStartASpan)
{
    // Pieces "والف" [0,4) "##ندق" [4,7) "رائع" [8,12): the first piece runs over the و / ال
    // boundary, the second starts inside the unit "الفندق".
    const std::vector<TokenTagProbs> pieces = {{0, 4, kB}, {4, 7, kB}, {8, 12, kO}};
    const auto onUnits = piecesOnUnits(units(), pieces, kTarget);
    ASSERT_EQ(onUnits.size(), 3u);
    EXPECT_EQ(onUnits[0], kB);  // "و" starts with the piece "والف": its own probabilities
    // "الفندق" starts inside the piece "والف": no B from it, its B + I become I; the B of the
    // piece "##ندق" that starts inside the unit is not seen at all.
    EXPECT_DOUBLE_EQ(onUnits[1][0], kB[0]);
    EXPECT_DOUBLE_EQ(onUnits[1][1], 0.0);
    EXPECT_DOUBLE_EQ(onUnits[1][2], kB[1] + kB[2]);
    EXPECT_EQ(onUnits[2], kO);
}

TEST(TagVote, AlignedPiecesAndUnitsWithoutPieces)
{
    // An aligned piece gives its probabilities; a unit no piece overlaps keeps the unit's own.
    const std::vector<TokenTagProbs> pieces = {{1, 3, kB}, {3, 7, kO}};
    const auto onUnits = piecesOnUnits(units(), pieces, kTarget);
    EXPECT_EQ(onUnits[0], kO);  // no piece over "و"
    EXPECT_EQ(onUnits[1], kB);  // "الفندق" starts where the piece "الف" does
    EXPECT_EQ(onUnits[2], kO);  // nothing after 7: the unit's own
    // A piece with another label count is ignored.
    EXPECT_EQ(piecesOnUnits(units(), {{1, 7, {0.5, 0.5}}}, kTarget)[1], kO);
}

TEST(TagVote, EntityTypesKeepTheirOwnInside)
{
    const std::vector<std::string> labels = {"O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"};
    // A piece "محمد_علي" [0,8) over two units: the second unit gets the piece's B-PERS as
    // I-PERS and its B-LOC as I-LOC, never mixing types.
    const std::vector<TokenTagProbs> two = {{0, 4, {1, 0, 0, 0, 0}}, {5, 8, {1, 0, 0, 0, 0}}};
    const auto onUnits = piecesOnUnits(two, {{0, 8, {0.1, 0.2, 0.0, 0.6, 0.1}}}, labels);
    EXPECT_EQ(onUnits[0], (std::vector<double>{0.1, 0.2, 0.0, 0.6, 0.1}));
    EXPECT_EQ(onUnits[1], (std::vector<double>{0.1, 0.0, 0.2, 0.0, 0.7}));
}
