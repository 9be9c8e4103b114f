// The sentiment head's logistic fit over rows with shared parts (logisticfit.h) against the
// same rows expanded (each row its shared row's non-zeros copied in front of its own).
#include <gtest/gtest.h>

#include <random>

#include "baseline/logisticfit.h"

namespace mizan::baseline {
namespace {

constexpr std::int64_t kColumns = 40, kClasses = 3;

// Random rows of `count` non-zeros each (columns may repeat within a row).
Csr randomRows(std::mt19937_64 &rng, std::size_t rows, std::size_t count)
{
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    Csr x;
    for (std::size_t r = 0; r < rows; ++r) {
        x.start.push_back(std::int64_t(x.col.size()));
        for (std::size_t k = 0; k < count; ++k) {
            x.col.push_back(std::int32_t(rng() % std::uint64_t(kColumns)));
            x.value.push_back(value(rng));
        }
    }
    x.start.push_back(std::int64_t(x.col.size()));
    return x;
}

// 4 shared rows of 25 non-zeros, 14 own rows of 4, each on one of the shared rows.
SparseRows sharedRows()
{
    std::mt19937_64 rng(5);
    SparseRows x;
    x.shared = randomRows(rng, 4, 25);
    x.own = randomRows(rng, 14, 4);
    for (std::int64_t r = 0; r < 14; ++r)
        x.sharedOf.push_back((r * 7) % 4);
    for (std::int64_t c = 0; c < kColumns; ++c)
        x.bucket.push_back(c * 3);
    return x;
}

SparseRows expandedRows(const SparseRows &x)
{
    SparseRows e;
    e.bucket = x.bucket;
    e.shared.start = {0, 0};  // one empty shared row for all
    for (std::size_t r = 0; r + 1 < x.own.start.size(); ++r) {
        e.own.start.push_back(std::int64_t(e.own.col.size()));
        e.sharedOf.push_back(0);
        const auto s = std::size_t(x.sharedOf[r]);
        for (auto k = std::size_t(x.shared.start[s]); k < std::size_t(x.shared.start[s + 1]); ++k) {
            e.own.col.push_back(x.shared.col[k]);
            e.own.value.push_back(x.shared.value[k]);
        }
        for (auto k = std::size_t(x.own.start[r]); k < std::size_t(x.own.start[r + 1]); ++k) {
            e.own.col.push_back(x.own.col[k]);
            e.own.value.push_back(x.own.value[k]);
        }
    }
    e.own.start.push_back(std::int64_t(e.own.col.size()));
    return e;
}

TEST(LogisticFit, ProductsOfSharedRowsAreTheExpandedRowsProducts)
{
    const SparseRows x = sharedRows(), e = expandedRows(x);
    torch::manual_seed(1);
    const torch::Tensor w = torch::randn({kColumns, kClasses}), d = torch::randn({14, kClasses});
    // The same sums in the same order: the same floats.
    EXPECT_TRUE(torch::equal(product(x, w), product(e, w)));
    const torch::Tensor t = transposedProduct(x, d), te = transposedProduct(e, d);
    EXPECT_TRUE(torch::allclose(t, te, 1e-5, 1e-5)) << (t - te).abs().max();
    EXPECT_GT(t.abs().max().item<double>(), 1.0);
}

TEST(LogisticFit, SharedRowsFitTheExpandedRowsOptimum)
{
    const SparseRows x = sharedRows(), e = expandedRows(x);
    const torch::Tensor labels = torch::tensor({0, 1, 2, 0, 1, 2, 0, 0, 1, 2, 2, 1, 0, 1}, torch::kLong);
    const torch::Tensor weights = torch::tensor({1.0f, 1.2f, 0.8f}).index_select(0, labels);
    for (double c : {0.3, 10.0}) {
        torch::Tensor w = torch::zeros({kColumns, kClasses}), b = torch::zeros({kClasses});
        torch::Tensor we = w.clone(), be = b.clone();
        fitLogistic(x, labels, weights, c, w, b, true);
        fitLogistic(e, labels, weights, c, we, be, true);
        // L-BFGS in floats stops where the loss stops falling by more than rounding: the fits
        // meet within a small fraction of the weights' scale.
        const double scale = we.abs().max().item<double>();
        EXPECT_GT(scale, 0.05) << c;
        EXPECT_LT((w - we).abs().max().item<double>(), 2e-3 * scale) << c;
        EXPECT_LT((b - be).abs().max().item<double>(), 2e-3 * scale) << c;
    }
}

}  // namespace
}  // namespace mizan::baseline
