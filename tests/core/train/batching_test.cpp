#include "train/batching.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace mizan;

namespace {

std::vector<std::size_t> randomLengths(std::size_t n)
{
    std::mt19937 rng(3);
    std::vector<std::size_t> v(n);
    for (auto &x : v)
        x = 5 + rng() % 120;
    return v;
}

std::size_t padding(const std::vector<std::vector<std::size_t>> &batches,
                    const std::vector<std::size_t> &lengths)
{
    std::size_t pad = 0;
    for (const auto &b : batches) {
        std::size_t mx = 0;
        for (auto i : b)
            mx = std::max(mx, lengths[i]);
        for (auto i : b)
            pad += mx - lengths[i];
    }
    return pad;
}

} // namespace

TEST(BucketedBatches, CoversEveryExampleOnce)
{
    const auto lengths = randomLengths(1003);
    const auto batches = bucketedBatches(lengths, 16, 1, 0);
    std::vector<int> seen(lengths.size(), 0);
    for (const auto &b : batches) {
        EXPECT_LE(b.size(), 16u);
        for (auto i : b)
            seen[i]++;
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
        ASSERT_EQ(seen[i], 1) << "index " << i;
}

TEST(BucketedBatches, WastesFarLessPaddingThanRandomBatches)
{
    const auto lengths = randomLengths(4000);
    const auto bucketed = bucketedBatches(lengths, 16, 1, 0);
    const auto random = bucketedBatches(lengths, 16, 1, 0, /*poolBatches=*/1);
    // Pools of one batch are sorted within the batch only: the same padding as no bucketing.
    EXPECT_LT(padding(bucketed, lengths) * 5, padding(random, lengths));
}

TEST(BucketedBatches, DeterministicPerSeedAndEpoch)
{
    const auto lengths = randomLengths(300);
    EXPECT_EQ(bucketedBatches(lengths, 8, 5, 2), bucketedBatches(lengths, 8, 5, 2));
    EXPECT_NE(bucketedBatches(lengths, 8, 5, 2), bucketedBatches(lengths, 8, 5, 3));
    EXPECT_NE(bucketedBatches(lengths, 8, 5, 2), bucketedBatches(lengths, 8, 6, 2));
}

TEST(BatchCursor, SeekResumesTheSameSequence)
{
    const auto lengths = randomLengths(50);
    BatchCursor a(lengths, 8, 11);
    for (int i = 0; i < 9; ++i)  // crosses into the second epoch (7 batches per epoch)
        a.next();
    BatchCursor b(lengths, 8, 11);
    b.seek(a.epoch(), a.cursor());
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(a.next(), b.next()) << "batch " << i;
    EXPECT_EQ(a.batchesPerEpoch(), 7u);
}
