#include "train/foreachadamw.h"

#include <cmath>

#include "model/optimizerkey.h"

namespace mizan {

namespace {

// One group's parameters that have a gradient, with their state (created as libtorch does).
struct GroupLists {
    std::vector<torch::Tensor> params, grads, expAvg, expAvgSq;
    std::vector<torch::optim::AdamWParamState *> states;
};

} // namespace

torch::Tensor ForeachAdamW::step(LossClosure closure)
{
    for (const auto &group : param_groups_) {
        const auto &o = static_cast<const torch::optim::AdamWOptions &>(group.options());
        for (const auto &p : group.params())
            if (o.amsgrad() || (p.grad().defined() && p.grad().is_sparse()))
                return torch::optim::AdamW::step(std::move(closure));
    }
    torch::NoGradGuard noGrad;
    torch::Tensor loss;
    if (closure) {
        torch::AutoGradMode enableGrad(true);
        loss = closure();
    }
    for (auto &group : param_groups_) {
        const auto &o = static_cast<const torch::optim::AdamWOptions &>(group.options());
        GroupLists l;
        for (auto &p : group.params()) {
            if (!p.grad().defined())
                continue;
            const auto key = stateKey<decltype(state_)>(p);
            auto it = state_.find(key);
            if (it == state_.end()) {
                auto fresh = std::make_unique<torch::optim::AdamWParamState>();
                fresh->step(0);
                fresh->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                fresh->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
                it = state_.emplace(key, std::move(fresh)).first;
            }
            auto *st = static_cast<torch::optim::AdamWParamState *>(it->second.get());
            l.params.push_back(p);
            l.grads.push_back(p.grad());
            l.expAvg.push_back(st->exp_avg());
            l.expAvgSq.push_back(st->exp_avg_sq());
            l.states.push_back(st);
        }
        if (l.params.empty())
            continue;
        const auto [beta1, beta2] = o.betas();
        std::vector<c10::Scalar> rootCorrection2, negStepSize;
        for (auto *st : l.states) {
            st->step(st->step() + 1);
            rootCorrection2.emplace_back(std::sqrt(1 - std::pow(beta2, double(st->step()))));
            negStepSize.emplace_back(-(o.lr() / (1 - std::pow(beta1, double(st->step())))));
        }
        if (o.weight_decay() != 0)
            torch::_foreach_mul_(l.params, 1 - o.lr() * o.weight_decay());
        torch::_foreach_mul_(l.expAvg, beta1);
        torch::_foreach_add_(l.expAvg, l.grads, 1 - beta1);
        torch::_foreach_mul_(l.expAvgSq, beta2);
        torch::_foreach_addcmul_(l.expAvgSq, l.grads, l.grads, 1 - beta2);
        std::vector<torch::Tensor> denom = torch::_foreach_sqrt(l.expAvgSq);
        torch::_foreach_div_(denom, rootCorrection2);
        torch::_foreach_add_(denom, o.eps());
        torch::_foreach_addcdiv_(l.params, l.expAvg, denom, negStepSize);
    }
    return loss;
}

} // namespace mizan
