#include "train/precision.h"

#include <ATen/autocast_mode.h>
#include <torch/cuda.h>

#include "train/jobguard.h"

namespace mizan {

Precision precisionFor(const std::string &name, const torch::Device &device)
{
    if (name == "fp32" || name.empty())
        return Precision::Fp32;
    if (name == "bf16")
        return Precision::Bf16;
    if (name == "fp16" && device.is_cuda())
        return Precision::Fp16;
    if (name == "fp16")
        throw JobError(ErrorCode::InvalidArgument, "--precision fp16 needs a GPU (on a CPU use bf16 or fp32)");
    throw JobError(ErrorCode::InvalidArgument, "unknown precision '" + name + "' (expected fp32, bf16 or fp16)");
}

// libtorch 1.x names; 2.x keeps them (deprecated) beside set_autocast_enabled(device, on).
AutocastScope::AutocastScope(Precision precision, const torch::Device &device)
    : m_on(precision != Precision::Fp32), m_cuda(device.is_cuda())
{
    if (!m_on)
        return;
    const auto dtype = precision == Precision::Bf16 ? at::kBFloat16 : at::kHalf;
    if (m_cuda) {
        at::autocast::set_autocast_gpu_dtype(dtype);
        at::autocast::set_enabled(true);
    } else {
        at::autocast::set_autocast_cpu_dtype(dtype);
        at::autocast::set_cpu_enabled(true);
    }
    at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope()
{
    if (!m_on)
        return;
    if (at::autocast::decrement_nesting() == 0)
        at::autocast::clear_cache();
    if (m_cuda)
        at::autocast::set_enabled(false);
    else
        at::autocast::set_cpu_enabled(false);
}

void LossScaler::unscale(const std::vector<torch::Tensor> &params)
{
    if (!m_enabled)
        return;
    std::vector<torch::Tensor> grads;
    for (const torch::Tensor &p : params)
        if (p.grad().defined())
            grads.push_back(p.grad());
    torch::NoGradGuard noGrad;
    torch::_foreach_mul_(grads, 1.0 / m_scale);
}

bool LossScaler::overflowed(bool finiteNorm)
{
    if (!m_enabled)
        return false;
    if (!finiteNorm) {
        m_scale = std::max(1.0, m_scale / 2);
        m_goodSteps = 0;
        return true;
    }
    if (++m_goodSteps >= 2000) {
        m_scale *= 2;
        m_goodSteps = 0;
    }
    return false;
}

} // namespace mizan
