// `mizan predict` without --model answers with the shipped default model and names it on
// stderr; `mizan --version` names libtorch, the BLAS in use and CUDA. Runs the built binary.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "clirun.h"

using mizan::test::CliRun;
using mizan::test::runMizan;
using mizan::test::Stderr;

TEST(PredictCli, WithoutModelUsesTheDefaultModelAndSaysSo)
{
    const CliRun r = runMizan("predict --json 'الخدمة سيئة جدا'", {"", Stderr::Apart});
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    const std::string &out = r.out;
    EXPECT_NE(r.err.find("using the default model (hotel reviews, trained on SemEval-2016)"), std::string::npos) << r.err;
    const nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << out;
    ASSERT_EQ(j["targets"].size(), 1u) << out;
    EXPECT_EQ(j["targets"][0]["text"], "الخدمة");
    EXPECT_EQ(j["targets"][0]["polarity"], "negative");
}

TEST(PredictCli, VersionNamesLibtorchBlasAndCuda)
{
    const CliRun r = runMizan("--version", "", false);
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const std::string &out = r.out;
    EXPECT_NE(out.find(std::string("Mizan ") + MIZAN_VERSION), std::string::npos) << out;
    EXPECT_NE(out.find("libtorch "), std::string::npos) << out;
    EXPECT_NE(out.find("BLAS: "), std::string::npos) << out;
    EXPECT_NE(out.find("CUDA: "), std::string::npos) << out;
}
