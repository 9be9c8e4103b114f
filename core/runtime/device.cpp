#include "runtime/device.h"

#include <torch/cuda.h>

namespace mizan {

Result<c10::Device> deviceFromName(const std::string &name)
{
    if (name == "cpu")
        return c10::Device(c10::kCPU);
    if (name == "cuda" && !torch::cuda::is_available())
        return Result<c10::Device>(ErrorCode::Unsupported,
                                   "--device cuda: this libtorch has no CUDA or no GPU is present");
    if (name == "cuda")
        return c10::Device(c10::kCUDA);
    if (name == "auto" || name.empty())
        return torch::cuda::is_available() ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
    return Result<c10::Device>(ErrorCode::InvalidArgument,
                               "unknown device '" + name + "' (expected auto, cpu or cuda)");
}

} // namespace mizan
