#pragma once
// INTERNAL to core/train (torch): the trainer's AdamW parameter groups. Encoder ("bert.*")
// and everything else (heads, character n-grams) learn at the preset's encoder and head rates,
// each split into weights with decay and biases/LayerNorms without; the tagging heads' linear
// feature weights ("heads.<task>.wide.weight") form a fifth group at wide_lr, without decay.
#include <torch/torch.h>

#include <memory>
#include <vector>

#include "train/preset.h"

namespace mizan {

// A ForeachAdamW (foreachadamw.h), typed as libtorch's AdamW.
std::unique_ptr<torch::optim::AdamW> makeAdamW(torch::nn::Module &model, const TrainPreset &preset);

// Sets every group's learning rate to its preset rate times `factor` (the schedule).
void scaleLearningRates(torch::optim::AdamW &optimizer, const TrainPreset &preset, double factor);

// Zeroes the gradients that exist and keeps them (libtorch 1.x's zero_grad(); 2.x drops them
// by default, which would stop AdamW decaying the heads a batch does not use and make a run
// differ between the two).
void zeroGradients(const std::vector<torch::Tensor> &params);

// torch::nn::utils::clip_grad_norm_ without its wait for the device: the gradients' total
// 2-norm (before clipping) as a 0-dim tensor where they are (undefined when none exists),
// the gradients scaled by min(1, maxNorm / (norm + 1e-6)) in multi-tensor operations. A
// non-finite norm makes every gradient non-finite (the step is then skipped).
torch::Tensor clipGradientNorm(const std::vector<torch::Tensor> &params, double maxNorm);

// A step's loss and gradient norm (each may be undefined: 0) on the host, in one copy from the
// device: a training step's one wait, deciding whether its update is taken.
struct StepValues {
    double loss = 0;
    double norm = 0;
};
StepValues readStepValues(const torch::Tensor &loss, const torch::Tensor &norm);

} // namespace mizan
