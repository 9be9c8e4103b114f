// The one reading of a device name (issue 19): cpu, auto, cuda and cuda:N, whether or not
// this machine has a GPU (without one, every CUDA name is refused by name, not crashed on).
#include <gtest/gtest.h>

#include <torch/cuda.h>

#include "runtime/device.h"

using namespace mizan;

TEST(DeviceFromName, CpuAutoCudaAndTheNthGpu)
{
    const auto cpu = deviceFromName("cpu");
    ASSERT_TRUE(cpu.ok()) << cpu.error();
    EXPECT_TRUE(cpu->is_cpu());
    const auto unknown = deviceFromName("gpu");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(unknown.error().find("cuda:N"), std::string::npos) << unknown.error();
    const auto chosen = deviceFromName("auto");
    ASSERT_TRUE(chosen.ok()) << chosen.error();
    if (!torch::cuda::is_available()) {
        EXPECT_TRUE(chosen->is_cpu());
        for (const char *name : {"cuda", "cuda:0", "cuda:1"}) {
            const auto gpu = deviceFromName(name);
            ASSERT_FALSE(gpu.ok()) << name;
            EXPECT_EQ(gpu.status().code(), ErrorCode::Unsupported) << name;
            EXPECT_NE(gpu.error().find(std::string("--device ") + name), std::string::npos) << gpu.error();
        }
        return;
    }
    const int count = int(torch::cuda::device_count());
    EXPECT_EQ(*chosen, c10::Device(c10::kCUDA, 0));
    const auto last = deviceFromName("cuda:" + std::to_string(count - 1));
    ASSERT_TRUE(last.ok()) << last.error();
    EXPECT_EQ(last->index(), count - 1);
    const auto past = deviceFromName("cuda:" + std::to_string(count));
    ASSERT_FALSE(past.ok());
    EXPECT_EQ(past.status().code(), ErrorCode::InvalidArgument);
    EXPECT_FALSE(deviceFromName("cuda:x").ok());
}
