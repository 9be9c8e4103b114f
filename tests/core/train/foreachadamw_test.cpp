// ForeachAdamW against libtorch's AdamW: the same updates and state, step after step, with
// parameters that only sometimes have a gradient (a head a batch does not use).
#include <gtest/gtest.h>

#include <torch/torch.h>

#include "train/foreachadamw.h"

using namespace mizan;

namespace {

std::vector<torch::Tensor> makeParams()
{
    torch::manual_seed(3);
    return {torch::randn({4, 3}).requires_grad_(true), torch::randn({3}).requires_grad_(true),
            torch::randn({5, 2}).requires_grad_(true), torch::randn({1}).requires_grad_(true)};
}

template <typename Optimizer>
std::vector<torch::Tensor> train(std::vector<torch::Tensor> params, int steps)
{
    std::vector<torch::optim::OptimizerParamGroup> groups;
    auto decay = std::make_unique<torch::optim::AdamWOptions>(1e-2);
    decay->weight_decay(0.01).eps(1e-8).betas({0.9, 0.999});
    groups.emplace_back(std::vector<torch::Tensor>{params[0], params[1]}, std::move(decay));
    auto plain = std::make_unique<torch::optim::AdamWOptions>(3e-2);
    plain->weight_decay(0.0);
    groups.emplace_back(std::vector<torch::Tensor>{params[2], params[3]}, std::move(plain));
    Optimizer opt(groups, torch::optim::AdamWOptions(1e-2));
    torch::manual_seed(5);
    for (int s = 0; s < steps; ++s) {
        for (auto &p : params)
            p.mutable_grad() = torch::Tensor();
        // params[2] only every third step: its state lags behind (a per-parameter step count).
        auto loss = (params[0] * params[0]).sum() + params[1].sin().sum() + params[3].exp().sum();
        if (s % 3 == 0)
            loss = loss + params[2].pow(3).sum();
        loss.backward();
        opt.step();
        // Learning rates change between steps, as the schedule does.
        static_cast<torch::optim::AdamWOptions &>(opt.param_groups()[0].options()).lr(1e-2 * (1.0 - 0.05 * s));
    }
    std::vector<torch::Tensor> out;
    for (const auto &p : params)
        out.push_back(p.detach().clone());
    for (const auto &p : params) {
        const auto &st = static_cast<const torch::optim::AdamWParamState &>(
            *opt.state().at(c10::guts::to_string(p.unsafeGetTensorImpl())));
        out.push_back(st.exp_avg().clone());
        out.push_back(st.exp_avg_sq().clone());
        out.push_back(torch::tensor({double(st.step())}));
    }
    return out;
}

} // namespace

TEST(ForeachAdamW, UpdatesAndStateEqualLibtorchAdamW)
{
    const auto a = train<torch::optim::AdamW>(makeParams(), 12);
    const auto b = train<ForeachAdamW>(makeParams(), 12);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        EXPECT_TRUE(torch::allclose(a[i], b[i], 1e-6, 1e-7)) << "tensor " << i << "\n" << a[i] << "\n" << b[i];
    EXPECT_EQ(b[4 + 3 * 2 + 2].item<double>(), 4.0);  // params[2] had a gradient at steps 0, 3, 6, 9
    EXPECT_FALSE(torch::allclose(a[0], makeParams()[0]));  // it did train
}
