// A rank's shard of a global batch and the weight of a shard's mean loss.
#include <gtest/gtest.h>

#include <numeric>

#include "common/ignorelabel.h"
#include "train/dist/shard.h"

using namespace mizan;

TEST(Shard, DisjointContiguousAndComplete)
{
    for (std::size_t n : {0u, 1u, 3u, 8u, 13u})
        for (int world : {1, 2, 3, 5}) {
            std::vector<std::size_t> batch(n);
            std::iota(batch.begin(), batch.end(), 100);
            std::vector<std::size_t> joined;
            for (int r = 0; r < world; ++r) {
                const auto part = shardOf(batch, r, world);
                EXPECT_LE(part.size(), n / std::size_t(world) + 1);
                joined.insert(joined.end(), part.begin(), part.end());
            }
            EXPECT_EQ(joined, batch) << n << " examples over " << world;
        }
    EXPECT_EQ(shardOf({4, 5, 6, 7}, 1, 2), (std::vector<std::size_t>{6, 7}));
}

TEST(Shard, LossWeightCountsWhatTheHeadAveragesOver)
{
    const std::int64_t x = kIgnoreLabel;
    Batch b;
    b.labels = torch::tensor(std::vector<std::int64_t>{1, x, 0, x, x, x, 2, 2, x}).view({3, 3});
    EXPECT_EQ(lossWeight(b, true, false, {}).item<double>(), 4);  // labelled positions
    EXPECT_EQ(lossWeight(b, true, true, {}).item<double>(), 2);   // rows with a labelled position (CRF)
    Batch s;
    s.labels = torch::tensor(std::vector<std::int64_t>{0, 2, x, 2});
    EXPECT_EQ(lossWeight(s, false, false, {}).item<double>(), 3);
    EXPECT_NEAR(lossWeight(s, false, false, torch::tensor({0.5f, 1.0f, 2.0f})).item<double>(), 4.5, 1e-6);
    Batch none;
    none.labels = torch::full({2}, kIgnoreLabel);
    EXPECT_EQ(lossWeight(none, false, false, {}).item<double>(), 0);
}
