// `mizan predict` without --model answers with the shipped default model and names it on
// stderr; `mizan --version` names libtorch, the BLAS in use and CUDA. Runs the built binary.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

namespace {

// Exit status and standard output of `mizan ARGS` (a shell command line).
std::pair<int, std::string> mizan(const std::string &args)
{
    const std::string cmd = std::string(MIZAN_BINARY_DIR) + "/app/cli/mizan " + args;
    std::string out;
    FILE *pipe = ::popen(cmd.c_str(), "r");
    if (!pipe)
        return {-1, out};
    char chunk[4096];
    for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, pipe)) > 0;)
        out.append(chunk, n);
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

} // namespace

TEST(PredictCli, WithoutModelUsesTheDefaultModelAndSaysSo)
{
    const std::string errFile = ::testing::TempDir() + "/predict_cli_stderr.txt";
    const auto [code, out] = mizan("predict --json 'الخدمة سيئة جدا' 2> " + errFile);
    ASSERT_EQ(code, 0) << out;
    std::ifstream errIn(errFile);
    const std::string err((std::istreambuf_iterator<char>(errIn)), std::istreambuf_iterator<char>());
    EXPECT_NE(err.find("using the default model (hotel reviews, trained on SemEval-2016)"), std::string::npos) << err;
    const nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << out;
    ASSERT_EQ(j["targets"].size(), 1u) << out;
    EXPECT_EQ(j["targets"][0]["text"], "الخدمة");
    EXPECT_EQ(j["targets"][0]["polarity"], "negative");
}

TEST(PredictCli, VersionNamesLibtorchBlasAndCuda)
{
    const auto [code, out] = mizan("--version");
    ASSERT_EQ(code, 0) << out;
    EXPECT_NE(out.find(std::string("Mizan ") + MIZAN_VERSION), std::string::npos) << out;
    EXPECT_NE(out.find("libtorch "), std::string::npos) << out;
    EXPECT_NE(out.find("BLAS: "), std::string::npos) << out;
    EXPECT_NE(out.find("CUDA: "), std::string::npos) << out;
}
