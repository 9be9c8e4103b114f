#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <functional>

#include "model/crf.h"
#include "model/heads.h"

using namespace mizan;

namespace {

const std::vector<std::string> kBio = {"O", "B-A", "I-A", "B-B", "I-B"};

// Every tag sequence of length `len` over `numTags` tags.
void forEachPath(std::int64_t len, std::int64_t numTags, const std::function<void(const std::vector<std::int64_t> &)> &f)
{
    std::vector<std::int64_t> path(static_cast<std::size_t>(len), 0);
    while (true) {
        f(path);
        std::int64_t i = len - 1;
        while (i >= 0 && path[static_cast<std::size_t>(i)] == numTags - 1)
            path[static_cast<std::size_t>(i--)] = 0;
        if (i < 0)
            return;
        ++path[static_cast<std::size_t>(i)];
    }
}

bool validBio(const Crf &crf, const std::vector<std::int64_t> &path)
{
    for (std::size_t i = 0; i < path.size(); ++i)
        if (!crf->allowed(i == 0 ? -1 : path[i - 1], path[i]))
            return false;
    return true;
}

} // namespace

TEST(Crf, ViterbiMatchesBruteForceOverValidBioPaths)
{
    torch::manual_seed(7);
    Crf crf(CrfOptions(5).labels(kBio));
    {
        torch::NoGradGuard g;
        crf->transitions.normal_(0.0, 1.0);
        crf->startTransitions.normal_(0.0, 1.0);
        crf->endTransitions.normal_(0.0, 1.0);
    }
    for (int trial = 0; trial < 20; ++trial) {
        const std::int64_t len = 1 + trial % 5;
        // Batch of two rows: the second row is padded to len + 1 with junk emissions.
        auto em = torch::randn({2, len + 1, 5}) * 2.0;
        auto mask = torch::ones({2, len + 1}, torch::kBool);
        mask[0][len] = false;
        auto decoded = crf->decode(em, mask);
        ASSERT_EQ(decoded[0].size(), static_cast<std::size_t>(len));
        ASSERT_EQ(decoded[1].size(), static_cast<std::size_t>(len + 1));
        for (int row = 0; row < 2; ++row) {
            const std::int64_t n = row == 0 ? len : len + 1;
            double best = -1e300;
            std::vector<std::int64_t> bestPath;
            forEachPath(n, 5, [&](const std::vector<std::int64_t> &p) {
                if (!validBio(crf, p))
                    return;
                const double s = crf->pathScore(em[row].slice(0, 0, n), p);
                if (s > best) {
                    best = s;
                    bestPath = p;
                }
            });
            EXPECT_EQ(decoded[static_cast<std::size_t>(row)], bestPath) << "trial " << trial << " row " << row;
            EXPECT_TRUE(validBio(crf, decoded[static_cast<std::size_t>(row)]));
        }
    }
}

TEST(Crf, LogLikelihoodMatchesBruteForcePartition)
{
    torch::manual_seed(3);
    Crf crf(CrfOptions(3));
    auto em = torch::randn({2, 4, 3});
    auto mask = torch::tensor({{1, 1, 1, 1}, {1, 1, 0, 0}}, torch::kBool);
    auto tags = torch::tensor({{0, 2, 1, 1}, {2, 0, 0, 0}}, torch::kLong);
    auto ll = crf->logLikelihood(em, tags, mask);
    for (int row = 0; row < 2; ++row) {
        const std::int64_t n = row == 0 ? 4 : 2;
        double z = 0.0;
        forEachPath(n, 3, [&](const std::vector<std::int64_t> &p) { z += std::exp(crf->pathScore(em[row].slice(0, 0, n), p)); });
        std::vector<std::int64_t> gold;
        for (std::int64_t i = 0; i < n; ++i)
            gold.push_back(tags[row][i].item<std::int64_t>());
        const double expected = crf->pathScore(em[row].slice(0, 0, n), gold) - std::log(z);
        EXPECT_NEAR(ll[row].item<double>(), expected, 1e-4);
    }
    // Empty rows contribute zero.
    auto empty = crf->logLikelihood(em, tags, torch::zeros({2, 4}, torch::kBool));
    EXPECT_EQ(empty.abs().sum().item<double>(), 0.0);
}

TEST(Crf, MarginalsMatchBruteForceOverValidBioPaths)
{
    torch::manual_seed(11);
    Crf crf(CrfOptions(5).labels(kBio));
    {
        torch::NoGradGuard g;
        crf->transitions.normal_(0.0, 1.0);
        crf->startTransitions.normal_(0.0, 1.0);
        crf->endTransitions.normal_(0.0, 1.0);
    }
    auto em = torch::randn({3, 4, 5});
    auto mask = torch::tensor({{1, 1, 1, 1}, {1, 1, 0, 0}, {0, 0, 0, 0}}, torch::kBool);
    torch::Tensor m;
    {
        torch::NoGradGuard callersMode;  // as at prediction time
        m = crf->marginals(em, mask);
    }
    ASSERT_EQ(m.sizes(), em.sizes());
    for (int row = 0; row < 2; ++row) {
        const std::int64_t n = row == 0 ? 4 : 2;
        // P(tag l at i) = sum over valid paths with l at i of exp(score) / sum over valid paths.
        std::vector<std::vector<double>> expected(std::size_t(n), std::vector<double>(5, 0.0));
        double z = 0.0;
        forEachPath(n, 5, [&](const std::vector<std::int64_t> &p) {
            if (!validBio(crf, p))
                return;
            const double w = std::exp(crf->pathScore(em[row].slice(0, 0, n), p));
            z += w;
            for (std::int64_t i = 0; i < n; ++i)
                expected[std::size_t(i)][std::size_t(p[std::size_t(i)])] += w;
        });
        for (std::int64_t i = 0; i < n; ++i) {
            double sum = 0.0;
            for (std::int64_t l = 0; l < 5; ++l) {
                EXPECT_NEAR(m[row][i][l].item<double>(), expected[std::size_t(i)][std::size_t(l)] / z, 1e-5)
                    << "row " << row << " position " << i << " tag " << l;
                sum += m[row][i][l].item<double>();
            }
            EXPECT_NEAR(sum, 1.0, 1e-5);
            // I-A / I-B can never start a sequence.
            if (i == 0) {
                EXPECT_NEAR(m[row][0][2].item<double>(), 0.0, 1e-6);
                EXPECT_NEAR(m[row][0][4].item<double>(), 0.0, 1e-6);
            }
        }
    }
    // Masked positions and empty rows are all zero.
    EXPECT_EQ(m[1].slice(0, 2).abs().sum().item<double>(), 0.0);
    EXPECT_EQ(m[2].abs().sum().item<double>(), 0.0);
    EXPECT_FALSE(m.requires_grad());
}

TEST(TokenHead, MarginalsAreLeftAlignedProbabilities)
{
    torch::manual_seed(5);
    for (bool crf : {false, true}) {
        TokenClassificationHead head(TokenHeadOptions(8, 5).crf(crf).labels(kBio));
        head->eval();
        auto logits = head->forward(torch::randn({2, 6, 8}));
        auto positions = torch::tensor({{0, 1, 1, 0, 1, 0}, {0, 1, 0, 0, 0, 0}}, torch::kBool);
        auto m = head->marginals(logits, positions);
        ASSERT_EQ(m.size(0), 2);
        ASSERT_GE(m.size(1), 3);
        ASSERT_EQ(m.size(2), 5);
        for (std::int64_t k = 0; k < 3; ++k)
            EXPECT_NEAR(m[0][k].sum().item<double>(), 1.0, 1e-5) << "crf " << crf;
        EXPECT_NEAR(m[1][0].sum().item<double>(), 1.0, 1e-5);
        EXPECT_EQ(m[1].slice(0, 1).abs().sum().item<double>(), 0.0);
        if (!crf) {
            // Without a CRF: the softmax of the logits at the labelled positions, in order.
            auto expected = torch::softmax(logits[0][4], 0);
            EXPECT_TRUE(torch::allclose(m[0][2], expected, 1e-5, 1e-6));
        }
    }
}

TEST(Crf, ConstraintsFollowBio)
{
    Crf crf(CrfOptions(5).labels(kBio));
    EXPECT_FALSE(crf->allowed(-1, 2));  // I-A first
    EXPECT_TRUE(crf->allowed(-1, 1));
    EXPECT_TRUE(crf->allowed(1, 2));    // B-A I-A
    EXPECT_TRUE(crf->allowed(2, 2));    // I-A I-A
    EXPECT_FALSE(crf->allowed(3, 2));   // B-B I-A
    EXPECT_FALSE(crf->allowed(0, 4));   // O I-B
    EXPECT_TRUE(crf->allowed(2, 0));
    EXPECT_THROW(Crf(CrfOptions(4).labels(kBio)), std::invalid_argument);
}

TEST(TokenClassificationHead, ShapesLossAndDecodeWithAndWithoutCrf)
{
    torch::manual_seed(5);
    for (bool useCrf : {false, true}) {
        SCOPED_TRACE(useCrf ? "crf" : "softmax");
        TokenClassificationHead head(TokenHeadOptions(16, 5).crf(useCrf).labels(kBio));
        EXPECT_EQ(head->hasCrf(), useCrf);
        auto hidden = torch::randn({3, 6, 16});
        auto logits = head->forward(hidden);
        EXPECT_EQ(logits.sizes(), (std::vector<std::int64_t>{3, 6, 5}));
        auto labels = torch::full({3, 6}, kIgnoreLabel, torch::kLong);
        labels[0][1] = 1;
        labels[0][2] = 2;
        labels[1][1] = 0;
        auto loss = head->loss(logits, labels);
        EXPECT_EQ(loss.dim(), 0);
        EXPECT_GT(loss.item<double>(), 0.0);
        loss.backward();
        EXPECT_TRUE(head->classifier->weight.grad().defined());
        auto none = head->loss(logits.detach(), torch::full({3, 6}, kIgnoreLabel, torch::kLong));
        EXPECT_EQ(none.item<double>(), 0.0);

        auto positions = labels != kIgnoreLabel;
        auto decoded = head->decode(logits, positions);
        ASSERT_EQ(decoded.size(), 3u);
        EXPECT_EQ(decoded[0].size(), 2u);
        EXPECT_EQ(decoded[1].size(), 1u);
        EXPECT_TRUE(decoded[2].empty());
    }
}

TEST(SequenceClassificationHead, ShapesAndLoss)
{
    SequenceClassificationHead head(SequenceHeadOptions(16, 3));
    auto logits = head->forward(torch::randn({4, 16}));
    EXPECT_EQ(logits.sizes(), (std::vector<std::int64_t>{4, 3}));
    auto loss = head->loss(logits, torch::tensor({std::int64_t{0}, std::int64_t{2}, std::int64_t{1}, kIgnoreLabel}, torch::kLong));
    EXPECT_NEAR(loss.item<double>(), std::log(3.0), 0.1);  // near-uniform at initialisation
}

TEST(PackPositions, LeftAlignsTheChosenPositions)
{
    auto [index, mask] = packPositions(torch::tensor({{0, 1, 0, 1}, {1, 1, 1, 0}}, torch::kBool));
    EXPECT_TRUE(torch::equal(index, torch::tensor({{1, 3, 0}, {0, 1, 2}}, torch::kLong)));
    EXPECT_TRUE(torch::equal(mask, torch::tensor({{1, 1, 0}, {1, 1, 1}}, torch::kBool)));
}

TEST(PackPositions, OnTheDeviceMatchesTheHostPackingWithAMaskedTail)
{
    torch::manual_seed(7);
    auto positions = torch::rand({5, 9}) < 0.4;
    positions[2] = false;  // an empty row
    auto [index, mask] = packPositions(positions);
    auto [dIndex, dMask] = packPositionsOnDevice(positions);
    ASSERT_EQ(dIndex.size(1), 9);
    const auto w = index.size(1);
    EXPECT_TRUE(torch::equal(dMask.slice(1, 0, w), mask));
    EXPECT_FALSE(dMask.slice(1, w).any().item<bool>());
    EXPECT_TRUE(torch::equal(dIndex.slice(1, 0, w).masked_select(mask), index.masked_select(mask)));

    // The CRF loss over either packing is the same (the tail is masked out).
    Crf crf{CrfOptions(5).labels(kBio)};
    auto logits = torch::randn({5, 9, 5});
    auto labels = torch::randint(0, 5, {5, 9}, torch::kLong);
    auto gather = [&](const torch::Tensor &ix, const torch::Tensor &m) {
        auto em = logits.gather(1, ix.unsqueeze(2).expand({ix.size(0), ix.size(1), 5}));
        return crf->logLikelihood(em, labels.gather(1, ix).masked_fill(~m, 0), m);
    };
    EXPECT_TRUE(torch::allclose(gather(index, mask), gather(dIndex, dMask), 1e-5, 1e-5));
}
