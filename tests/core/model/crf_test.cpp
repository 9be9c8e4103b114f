// The vectorised CRF log-likelihood against the loop it replaced (gold path scored one time step
// at a time, emissions added inside the forward algorithm's reduction), values and gradients.
#include <gtest/gtest.h>

#include "model/crf.h"

using namespace mizan;

namespace {

// The implementation before the gold path was gathered in one go (kept verbatim as the oracle).
torch::Tensor loopLogLikelihood(const CrfImpl &crf, const torch::Tensor &emissions, const torch::Tensor &tags,
                                const torch::Tensor &mask)
{
    const auto batch = emissions.size(0);
    const auto steps = emissions.size(1);
    const auto lengths = mask.to(torch::kLong).sum(1);
    auto m = mask.to(emissions.scalar_type());
    auto safeTags = tags.masked_fill(~mask.to(torch::kBool), 0);
    auto arangeB = torch::arange(batch, tags.options());
    auto first = safeTags.select(1, 0);
    auto score = crf.startTransitions.index_select(0, first) +
                 emissions.select(1, 0).gather(1, first.unsqueeze(1)).squeeze(1);
    for (std::int64_t i = 1; i < steps; ++i) {
        auto prev = safeTags.select(1, i - 1);
        auto cur = safeTags.select(1, i);
        auto step = crf.transitions.index({prev, cur}) + emissions.select(1, i).gather(1, cur.unsqueeze(1)).squeeze(1);
        score = score + step * m.select(1, i);
    }
    auto lastTags = safeTags.index({arangeB, (lengths - 1).clamp_min(0)});
    score = score + crf.endTransitions.index_select(0, lastTags);
    auto alpha = crf.startTransitions.unsqueeze(0) + emissions.select(1, 0);
    for (std::int64_t i = 1; i < steps; ++i) {
        auto next = torch::logsumexp(alpha.unsqueeze(2) + crf.transitions.unsqueeze(0) +
                                         emissions.select(1, i).unsqueeze(1),
                                     1);
        alpha = torch::where(mask.select(1, i).to(torch::kBool).unsqueeze(1), next, alpha);
    }
    auto result = score - torch::logsumexp(alpha + crf.endTransitions.unsqueeze(0), 1);
    return torch::where(lengths > 0, result, torch::zeros_like(result));
}

} // namespace

TEST(Crf, VectorisedLogLikelihoodEqualsTheStepLoopOnRandomInputs)
{
    torch::manual_seed(19);
    for (const std::int64_t tagsCount : {1, 3, 9}) {
        for (const std::int64_t steps : {1, 2, 7, 40}) {
            SCOPED_TRACE("tags " + std::to_string(tagsCount) + ", steps " + std::to_string(steps));
            Crf crf{CrfOptions(tagsCount)};
            {
                torch::NoGradGuard noGrad;
                crf->transitions.normal_(0.0, 2.0);
                crf->startTransitions.normal_(0.0, 1.0);
                crf->endTransitions.normal_(0.0, 1.0);
            }
            const std::int64_t batch = 6;
            auto lengths = torch::randint(0, steps + 1, {batch}, torch::kLong);
            lengths[0] = steps;  // one full row, one empty row
            lengths[1] = 0;
            auto mask = torch::arange(steps).unsqueeze(0) < lengths.unsqueeze(1);
            auto tags = torch::randint(0, tagsCount, {batch, steps}, torch::kLong);
            auto emA = (torch::randn({batch, steps, tagsCount}) * 3).requires_grad_(true);
            auto emB = emA.detach().clone().requires_grad_(true);

            auto fast = crf->logLikelihood(emA, tags, mask);
            fast.sum().backward();
            auto transGrad = [&] {
                auto g = crf->transitions.grad();
                return g.defined() ? g.clone() : torch::zeros_like(crf->transitions);
            };
            auto fastTransGrad = transGrad();
            crf->transitions.mutable_grad() = torch::Tensor();
            auto slow = loopLogLikelihood(*crf, emB, tags, mask);
            slow.sum().backward();

            EXPECT_TRUE(torch::allclose(fast, slow, 1e-5, 1e-5)) << fast << slow;
            EXPECT_EQ(fast[1].item<double>(), 0.0);
            EXPECT_TRUE(torch::allclose(emA.grad(), emB.grad(), 1e-5, 1e-5));
            EXPECT_TRUE(torch::allclose(fastTransGrad, transGrad(), 1e-5, 1e-5));
        }
    }
}
