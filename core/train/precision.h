#pragma once
// INTERNAL to core/train (torch): mixed precision (TrainParams::precision). bf16 and fp16
// run the forward pass under autocast (matrix products in the low precision, reductions and
// the loss in fp32) while the weights, gradients and optimizer state stay fp32; fp16 also
// scales the loss so small gradients survive, backing off when they overflow (as PyTorch's
// GradScaler). fp32 does nothing at all, so the CPU path keeps its speed.
#include <torch/torch.h>

#include <string>
#include <vector>

namespace mizan {

enum class Precision { Fp32, Bf16, Fp16 };

// "fp32", "bf16", "fp16" for `device`; throws JobError naming what is possible (fp16 autocast
// needs a GPU; bf16 on a GPU needs one that has it).
Precision precisionFor(const std::string &name, const torch::Device &device);

// Autocast on for the scope (nothing for fp32).
class AutocastScope {
public:
    AutocastScope(Precision precision, const torch::Device &device);
    ~AutocastScope();
    AutocastScope(const AutocastScope &) = delete;
    AutocastScope &operator=(const AutocastScope &) = delete;

private:
    bool m_on = false;
    bool m_cuda = false;
};

// fp16 loss scaling: backward on loss x scale(), then unscale() the gradients; a step whose
// gradients overflowed is skipped and the scale halves; 2000 good steps in a row double it.
class LossScaler {
public:
    explicit LossScaler(bool enabled) : m_enabled(enabled) {}
    bool enabled() const { return m_enabled; }
    double scale() const { return m_enabled ? m_scale : 1.0; }
    // Divides the gradients by the scale (one fused kernel over all of them).
    void unscale(const std::vector<torch::Tensor> &params);
    // After the step's gradient norm is known: an overflow halves the scale, 2000 good steps
    // in a row double it. True when the step's gradients overflowed (skip it, not a bad step).
    bool overflowed(bool finiteNorm);

private:
    bool m_enabled;
    double m_scale = 65536.0;
    int m_goodSteps = 0;
};

} // namespace mizan
