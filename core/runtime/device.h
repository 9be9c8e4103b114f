#pragma once
// INTERNAL to core (torch): the one reading of a device name (`--device`, the studio's device
// box, TrainParams / PretrainParams / PredictorOptions::device).
#include <c10/core/Device.h>

#include <string>

#include "common/result.h"

namespace mizan {

// "cpu"; "cuda" (Unsupported when this libtorch has no CUDA or no GPU is present); "auto" or
// "" (CUDA when available, else the CPU). Any other name: InvalidArgument.
Result<c10::Device> deviceFromName(const std::string &name);

} // namespace mizan
