#include <gtest/gtest.h>

#include "runtime/devicename.h"

using namespace mizan;

TEST(DeviceName, AcceptsTheFourSpellings)
{
    for (const char *name : {"auto", "cpu", "cuda", "cuda:0", "cuda:7", "cuda:123"})
        EXPECT_TRUE(isDeviceName(name)) << name;
    EXPECT_EQ(cudaDeviceIndex("cuda:0"), 0);
    EXPECT_EQ(cudaDeviceIndex("cuda:12"), 12);
    EXPECT_EQ(cudaDeviceIndex("cuda:123"), 123);
}

TEST(DeviceName, RefusesAnythingElse)
{
    for (const char *name : {"", "gpu", "CPU", "cuda:", "cuda:-1", "cuda:+1", "cuda: 1", "cuda:1 ", "cuda:1234",
                             "cuda:x", "cuda1", "cpu:0"})
        EXPECT_FALSE(isDeviceName(name)) << '"' << name << '"';
    EXPECT_EQ(cudaDeviceIndex("cuda"), -1);
    EXPECT_EQ(cudaDeviceIndex("cuda:1234"), -1);
}
