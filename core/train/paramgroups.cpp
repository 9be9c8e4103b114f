#include "train/paramgroups.h"

#include <string>
#include <vector>

#include <torch/version.h>

#include "train/foreachadamw.h"

namespace mizan {

namespace {

bool noDecay(const std::string &name)
{
    return name.size() >= 4 && (name.compare(name.size() - 4, 4, "bias") == 0 ||
                                name.find("LayerNorm") != std::string::npos ||
                                name.find("layer_norm") != std::string::npos);
}

bool isWide(const std::string &name)
{
    auto endsWith = [&](const std::string &suffix) {
        return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return name.rfind("heads.", 0) == 0 && (endsWith(".wide.weight") || endsWith(".wide_window.weight"));
}

} // namespace

std::unique_ptr<torch::optim::AdamW> makeAdamW(torch::nn::Module &model, const TrainPreset &p)
{
    std::vector<torch::Tensor> encDecay, encNoDecay, headDecay, headNoDecay, wide;
    for (const auto &item : model.named_parameters()) {
        const bool encoder = item.key().rfind("bert.", 0) == 0;
        const bool nd = noDecay(item.key());
        if (isWide(item.key()))
            wide.push_back(item.value());
        else
            (encoder ? (nd ? encNoDecay : encDecay) : (nd ? headNoDecay : headDecay)).push_back(item.value());
    }
    std::vector<torch::optim::OptimizerParamGroup> groups;
    auto add = [&](std::vector<torch::Tensor> &ps, double lr, double wd) {
        auto o = std::make_unique<torch::optim::AdamWOptions>(lr);
        o->weight_decay(wd).eps(1e-8).betas({0.9, 0.999});
        groups.emplace_back(ps, std::move(o));
    };
    add(encDecay, p.encoderLr, p.weightDecay);
    add(encNoDecay, p.encoderLr, 0.0);
    add(headDecay, p.headLr, p.weightDecay);
    add(headNoDecay, p.headLr, 0.0);
    if (!wide.empty())
        add(wide, p.wideLr, 0.0);  // sparse linear weights: no decay, a faster rate
    return std::make_unique<ForeachAdamW>(groups, torch::optim::AdamWOptions(p.encoderLr));
}

void scaleLearningRates(torch::optim::AdamW &optimizer, const TrainPreset &p, double factor)
{
    const double lrs[] = {p.encoderLr, p.encoderLr, p.headLr, p.headLr, p.wideLr};
    auto &groups = optimizer.param_groups();
    for (std::size_t g = 0; g < groups.size() && g < 5; ++g)
        static_cast<torch::optim::AdamWOptions &>(groups[g].options()).lr(lrs[g] * factor);
}

namespace {

std::vector<torch::Tensor> definedGradients(const std::vector<torch::Tensor> &params)
{
    std::vector<torch::Tensor> grads;
    for (const torch::Tensor &p : params)
        if (p.grad().defined())
            grads.push_back(p.grad());
    return grads;
}

} // namespace

void zeroGradients(const std::vector<torch::Tensor> &params)
{
    for (torch::Tensor p : params)
        if (p.grad().defined())
            p.mutable_grad().detach_();
    std::vector<torch::Tensor> grads = definedGradients(params);
    if (!grads.empty())
        torch::_foreach_zero_(grads);
}

torch::Tensor clipGradientNorm(const std::vector<torch::Tensor> &params, double maxNorm)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> grads = definedGradients(params);
    if (grads.empty())
        return {};
    const std::vector<torch::Tensor> norms = torch::_foreach_norm(grads, 2);
    torch::Tensor total = norms.size() == 1 ? norms[0] : torch::stack(norms).norm(2);
    const torch::Tensor coef = (maxNorm / (total + 1e-6)).clamp_max(1.0);
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 1)
    torch::_foreach_mul_(grads, coef);  // one fused kernel on a GPU
#else
    for (torch::Tensor &g : grads)  // 1.x has no foreach multiply by a tensor
        g.mul_(coef);
#endif
    return total;
}

StepValues readStepValues(const torch::Tensor &loss, const torch::Tensor &norm)
{
    const torch::Device device = loss.defined() ? loss.device() : norm.defined() ? norm.device() : torch::kCPU;
    auto value = [&](const torch::Tensor &t) {
        return t.defined() ? t.detach().to(device, torch::kDouble).reshape({1})
                           : torch::zeros({1}, torch::dtype(torch::kDouble).device(device));
    };
    const torch::Tensor host = torch::cat({value(loss), value(norm)}).to(torch::kCPU);
    const double *v = host.data_ptr<double>();
    return {v[0], v[1]};
}

} // namespace mizan
