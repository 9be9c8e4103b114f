#pragma once
// safetensors <-> torch tensors. INTERNAL to core (torch).
#include <torch/torch.h>

#include <map>
#include <string>

#include "common/result.h"
#include "model/safetensors.h"

namespace mizan {

using TensorMap = std::map<std::string, torch::Tensor>;

// Reads every tensor of a safetensors file into CPU tensors of the stored dtype (owned copies);
// the "__metadata__" strings go to `metadata` when given. Fails with the parser's errors (file
// and tensor named) or IoError.
Result<TensorMap> loadSafetensors(const std::string &path, std::map<std::string, std::string> *metadata = nullptr);

// Serialises `tensors` (any device; F32/F16/BF16/I64/I32/I16/I8/U8/Bool) into a safetensors
// image. Fails with InvalidArgument naming an unsupported tensor.
Result<std::string> serializeTensors(const TensorMap &tensors,
                                     const std::map<std::string, std::string> &metadata = {});

// serializeTensors() then writeFileAtomic().
Status saveSafetensors(const std::string &path, const TensorMap &tensors,
                       const std::map<std::string, std::string> &metadata = {});

// The torch dtype of a safetensors dtype, and back (nothing when unsupported).
torch::ScalarType toTorchDtype(DType dtype);
std::optional<DType> fromTorchDtype(torch::ScalarType type);

} // namespace mizan
