// Gradient clipping and zeroing over the parameter list, against libtorch's clip_grad_norm_.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include "train/paramgroups.h"

using namespace mizan;

namespace {

std::vector<torch::Tensor> withGradients(double scale)
{
    torch::manual_seed(11);
    std::vector<torch::Tensor> ps{torch::zeros({3, 4}).requires_grad_(true), torch::zeros({7}).requires_grad_(true),
                                  torch::zeros({2}).requires_grad_(true)};
    ps[0].mutable_grad() = torch::randn({3, 4}) * scale;
    ps[1].mutable_grad() = torch::randn({7}) * scale;  // ps[2] has no gradient
    return ps;
}

} // namespace

TEST(ClipGradientNorm, MatchesLibtorchAndLeavesMissingGradientsAlone)
{
    for (const double scale : {0.01, 10.0}) {
        auto ours = withGradients(scale);
        auto theirs = withGradients(scale);
        const torch::Tensor norm = clipGradientNorm(ours, 1.0);
        const double expected = torch::nn::utils::clip_grad_norm_(theirs, 1.0);
        ASSERT_TRUE(norm.defined());
        EXPECT_NEAR(norm.item<double>(), expected, 1e-5 * expected);
        for (std::size_t i = 0; i < 2; ++i)
            EXPECT_TRUE(torch::allclose(ours[i].grad(), theirs[i].grad(), 1e-6, 1e-7)) << scale;
        EXPECT_FALSE(ours[2].grad().defined());
    }
    auto none = std::vector<torch::Tensor>{torch::zeros({2}).requires_grad_(true)};
    EXPECT_FALSE(clipGradientNorm(none, 1.0).defined());
    auto bad = withGradients(1.0);
    bad[1].mutable_grad()[0] = std::numeric_limits<float>::quiet_NaN();
    EXPECT_FALSE(std::isfinite(clipGradientNorm(bad, 1.0).item<double>()));
}

TEST(ZeroGradients, ZeroesTheGradientsThatExistAndKeepsThem)
{
    auto ps = withGradients(1.0);
    zeroGradients(ps);
    EXPECT_TRUE(ps[0].grad().defined());
    EXPECT_EQ(ps[0].grad().abs().sum().item<double>(), 0.0);
    EXPECT_EQ(ps[1].grad().abs().sum().item<double>(), 0.0);
    EXPECT_FALSE(ps[2].grad().defined());
}
