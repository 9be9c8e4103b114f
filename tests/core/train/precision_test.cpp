// Mixed precision: bf16 autocast on the CPU, fp16 refused without a GPU, fp16 loss scaling.
#include <gtest/gtest.h>

#include "train/jobguard.h"
#include "train/precision.h"

using namespace mizan;

TEST(Precision, NamesAndWhatTheDeviceAllows)
{
    const torch::Device cpu(torch::kCPU);
    EXPECT_EQ(precisionFor("fp32", cpu), Precision::Fp32);
    EXPECT_EQ(precisionFor("bf16", cpu), Precision::Bf16);
    try {
        precisionFor("fp16", cpu);
        ADD_FAILURE() << "fp16 accepted on a CPU";
    } catch (const JobError &e) {
        EXPECT_NE(std::string(e.what()).find("needs a GPU"), std::string::npos) << e.what();
    }
    EXPECT_THROW(precisionFor("fp8", cpu), JobError);
}

TEST(Precision, Bf16AutocastOnlyInsideTheScope)
{
    const torch::Device cpu(torch::kCPU);
    auto a = torch::randn({4, 8}), b = torch::randn({8, 3});
    {
        const AutocastScope scope(Precision::Bf16, cpu);
        EXPECT_EQ(torch::matmul(a, b).scalar_type(), torch::kBFloat16);
    }
    EXPECT_EQ(torch::matmul(a, b).scalar_type(), torch::kFloat);
    {
        const AutocastScope none(Precision::Fp32, cpu);
        EXPECT_EQ(torch::matmul(a, b).scalar_type(), torch::kFloat);
    }
}

TEST(Precision, LossScalerUnscalesBacksOffAndGrows)
{
    LossScaler off(false);
    EXPECT_EQ(off.scale(), 1.0);
    EXPECT_FALSE(off.overflowed(false));
    LossScaler s(true);
    const double start = s.scale();
    auto w = torch::ones({3}, torch::requires_grad());
    (w.sum() * s.scale()).backward();
    s.unscale({w});
    EXPECT_TRUE(torch::allclose(w.grad(), torch::ones({3})));
    EXPECT_TRUE(s.overflowed(false));
    EXPECT_EQ(s.scale(), start / 2);
    for (int i = 0; i < 2000; ++i)
        EXPECT_FALSE(s.overflowed(true));
    EXPECT_EQ(s.scale(), start);
}
