#pragma once
// INTERNAL to core/train (torch): libtorch's AdamW with its update done per parameter group in
// a few multi-tensor (torch::_foreach_*) operations instead of one loop of small operations per
// parameter. Same arithmetic in the same order, same state (AdamWParamState, so checkpoints and
// loadOptimizerState() see no difference); on a GPU the foreach operations run as fused
// multi-tensor kernels, on the CPU they cost what the loop did. amsgrad and sparse gradients
// take libtorch's own step.
#include <torch/torch.h>

#include <vector>

namespace mizan {

class ForeachAdamW : public torch::optim::AdamW {
public:
    using torch::optim::AdamW::AdamW;
    torch::Tensor step(LossClosure closure = nullptr) override;
};

} // namespace mizan
