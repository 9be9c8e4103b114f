// Near-duplicates by hashed character n-grams, and the diversity pick.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "annotation/neardup.h"

using namespace mizan;

TEST(NearDup, DiacriticsTatweelAndSpacesDoNotMakeADifference)
{
    EXPECT_EQ(ngramSignature("الغرفة  نظيفة"), ngramSignature("الغُرفـة نظيفة"));
    EXPECT_DOUBLE_EQ(jaccard(ngramSignature("ROOM was clean"), ngramSignature("room was clean")), 1.0);
    EXPECT_TRUE(ngramSignature("").empty());
    EXPECT_EQ(ngramSignature("ab").size(), 1u);
}

TEST(NearDup, JaccardOfOverlappingTexts)
{
    const auto a = ngramSignature("الموظفون لطفاء جدا والغرفة نظيفة");
    const auto b = ngramSignature("الموظفون لطفاء جدا والغرفة نظيفة!");
    const auto c = ngramSignature("الإفطار بارد والسعر مرتفع");
    EXPECT_GT(jaccard(a, b), 0.9);
    EXPECT_LT(jaccard(a, c), 0.2);
    EXPECT_DOUBLE_EQ(jaccard({1, 2, 3}, {2, 3, 4}), 0.5);
}

TEST(NearDup, PickDiverseSkipsNearDuplicatesOfEarlierPicks)
{
    const std::vector<std::string> texts = {"الموظفون لطفاء جدا والغرفة نظيفة", "الموظفون لطفاء جدا والغرفة نظيفة!",
                                            "الإفطار بارد والسعر مرتفع", "موقع الفندق ممتاز"};
    std::vector<std::vector<std::uint64_t>> sig;
    for (const auto &t : texts)
        sig.push_back(ngramSignature(t));
    EXPECT_EQ(pickDiverse({0, 1, 2, 3}, sig, 3, 0.5), (std::vector<std::size_t>{0, 2, 3}));
    EXPECT_EQ(pickDiverse({1, 0, 3, 2}, sig, 2, 0.5), (std::vector<std::size_t>{1, 3}));
    EXPECT_EQ(pickDiverse({0, 1, 2, 3}, sig, 2, 1.5), (std::vector<std::size_t>{0, 1}));  // off
}

TEST(NearDup, PickDiverseKeepsWhatComparingEveryPairKeeps)
{
    // The prefix-filtered pick against the pairwise definition, on random sets over small
    // alphabets (many overlaps), empty sets included, at thresholds from 0 to past 1.
    std::uint64_t state = 7;
    auto next = [&] { return state = state * 6364136223846793005ull + 1442695040888963407ull; };
    // The second half: larger sets that all hold a few common tokens and some of 40 mid-frequency
    // ones (the positional filter's pruning at work), and sizes far apart (the length filter).
    std::vector<std::vector<std::uint64_t>> sig(600);
    for (std::size_t i = 0; i < sig.size(); ++i) {
        auto &s = sig[i];
        const bool large = i >= 300;
        const std::size_t size = large ? 4 + (next() >> 33) % 40 : (next() >> 33) % 12;
        for (std::size_t k = 0; k < size; ++k)
            s.push_back(large ? 100 + (k < 6 ? k : (next() >> 33) % (k % 2 ? 40 : 2000)) : (next() >> 33) % 30);
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
    }
    std::vector<std::size_t> order(sig.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = (i * 7919) % order.size();
    for (double threshold : {0.0, 0.1, 0.25, 1.0 / 3.0, 0.5, 0.7, 0.9, 1.0, 1.5}) {
        for (std::size_t count : {std::size_t(5), std::size_t(600)}) {
            std::vector<std::size_t> expected;
            for (std::size_t c : order) {
                if (expected.size() >= count)
                    break;
                bool duplicate = false;
                if (threshold <= 1.0)
                    for (std::size_t k : expected)
                        duplicate = duplicate || jaccard(sig[c], sig[k]) >= threshold;
                if (!duplicate)
                    expected.push_back(c);
            }
            EXPECT_EQ(pickDiverse(order, sig, count, threshold), expected) << threshold << " " << count;
        }
    }
}
