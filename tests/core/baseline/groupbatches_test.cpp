#include "baseline/groupbatches.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace mizan::baseline {
namespace {

std::vector<std::size_t> groupsOf(const std::vector<std::size_t> &batch, const std::vector<std::size_t> &groupOf)
{
    std::vector<std::size_t> out;
    for (std::size_t i : batch)
        out.push_back(groupOf[i]);
    return out;
}

TEST(GroupBatches, EveryExampleOnceAndASentenceInOneBatch)
{
    // Sentence 3 holds 10 examples, more than a batch; the others one to three.
    std::vector<std::size_t> groupOf;
    for (std::size_t g = 0; g < 12; ++g)
        for (std::size_t k = 0; k < (g == 3 ? 10 : 1 + g % 3); ++k)
            groupOf.push_back(g);
    std::mt19937_64 rng(7);
    const auto batches = groupBatches(groupOf, 4, rng);
    std::multiset<std::size_t> seen;
    std::set<std::size_t> groupsSeen;
    for (const auto &b : batches) {
        ASSERT_FALSE(b.empty());
        seen.insert(b.begin(), b.end());
        const auto gs = groupsOf(b, groupOf);
        const std::set<std::size_t> distinct(gs.begin(), gs.end());
        for (std::size_t g : distinct) {
            EXPECT_TRUE(groupsSeen.insert(g).second) << "sentence " << g << " split over batches";
        }
        if (distinct.count(3))
            EXPECT_EQ(b.size(), 10u);  // the big sentence is a batch of its own
        else
            EXPECT_LE(b.size(), 4u);
    }
    EXPECT_EQ(seen.size(), groupOf.size());
    for (std::size_t i = 0; i < groupOf.size(); ++i)
        EXPECT_EQ(seen.count(i), 1u);
}

TEST(GroupBatches, OneExamplePerSentenceFillsWholeBatchesInAShuffledOrder)
{
    std::vector<std::size_t> groupOf(10);
    for (std::size_t i = 0; i < groupOf.size(); ++i)
        groupOf[i] = i;
    std::mt19937_64 rng(1);
    const auto batches = groupBatches(groupOf, 3, rng);
    ASSERT_EQ(batches.size(), 4u);
    EXPECT_EQ(batches[0].size(), 3u);
    EXPECT_EQ(batches[3].size(), 1u);
    std::vector<std::size_t> all;
    for (const auto &b : batches)
        all.insert(all.end(), b.begin(), b.end());
    EXPECT_NE(all, groupOf);  // shuffled (seed 1 does not give the identity on 10)
    std::sort(all.begin(), all.end());
    EXPECT_EQ(all, groupOf);
    std::mt19937_64 none(1);
    EXPECT_TRUE(groupBatches({}, 3, none).empty());
}

} // namespace
} // namespace mizan::baseline
