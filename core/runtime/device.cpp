#include "runtime/device.h"

// Besides the names device.h lists, "cuda:N" picks the N-th GPU (InvalidArgument past the
// last one).

#include <torch/cuda.h>

#include "runtime/devicename.h"

namespace mizan {

Result<c10::Device> deviceFromName(const std::string &name)
{
    if (name == "cpu")
        return c10::Device(c10::kCPU);
    const bool cuda = name == "cuda" || name.rfind("cuda:", 0) == 0;
    if (cuda && !torch::cuda::is_available())
        return Result<c10::Device>(ErrorCode::Unsupported,
                                   "--device " + name + ": this libtorch has no CUDA or no GPU is present");
    if (name == "cuda")
        return c10::Device(c10::kCUDA, 0);
    if (cuda) {
        const int index = cudaDeviceIndex(name);
        if (index < 0)
            return Result<c10::Device>(ErrorCode::InvalidArgument,
                                       "unknown device '" + name + "' (expected cuda:N, N a GPU number)");
        const auto count = int(torch::cuda::device_count());
        if (index >= count)
            return Result<c10::Device>(ErrorCode::InvalidArgument,
                                       "--device " + name + ": this machine has " + std::to_string(count) +
                                           " GPU(s), numbered from 0");
        return c10::Device(c10::kCUDA, c10::DeviceIndex(index));
    }
    if (name == "auto" || name.empty())
        return torch::cuda::is_available() ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
    return Result<c10::Device>(ErrorCode::InvalidArgument,
                               "unknown device '" + name + "' (expected auto, cpu, cuda or cuda:N)");
}

} // namespace mizan
