#pragma once
// INTERNAL to core/baseline (torch): a module's parameters to and from a safetensors map.
#include <torch/torch.h>

#include <string>

#include "common/result.h"
#include "model/tensorio.h"

namespace mizan::baseline {

// Adds every parameter of `module` as `prefix` + its name (detached, contiguous).
void collectTensors(const std::string &prefix, torch::nn::Module &module, TensorMap &out);

// Copies `tensors[prefix + name]` into each parameter of `module`, checking shapes; a
// ParseError names `file` and the missing or misshapen tensor.
Status restoreTensors(const std::string &prefix, torch::nn::Module &module, const TensorMap &tensors,
                      const std::string &file);

} // namespace mizan::baseline
