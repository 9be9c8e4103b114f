// The BLAS check: Debian's libblas.so.3 alternatives are told apart by folder (the reference
// BLAS warns, OpenBLAS does not); this test process (linked with libtorch) finds a real BLAS;
// the version text names Mizan, libtorch, the BLAS and CUDA.
#include <gtest/gtest.h>

#include "runtime/runtimeinfo.h"

using namespace mizan;

TEST(RuntimeInfo, ClassifiesDebiansBlasAlternatives)
{
    const BlasInfo reference = classifyBlasLibrary("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3");
    EXPECT_EQ(reference.name, "reference BLAS");
    EXPECT_TRUE(reference.reference);
    EXPECT_NE(blasWarning(reference).find("libopenblas0-pthread"), std::string::npos);

    const BlasInfo open = classifyBlasLibrary("/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3");
    EXPECT_EQ(open.name, "OpenBLAS");
    EXPECT_FALSE(open.reference);
    EXPECT_TRUE(blasWarning(open).empty());
    EXPECT_EQ(classifyBlasLibrary("/usr/lib/x86_64-linux-gnu/blis-pthread/libblas.so.3").name, "BLIS");
    EXPECT_EQ(classifyBlasLibrary("/usr/lib/x86_64-linux-gnu/libopenblas.so.0").name, "OpenBLAS");
    EXPECT_EQ(classifyBlasLibrary("/usr/lib/x86_64-linux-gnu/libicuuc.so.72").name, "");
}

TEST(RuntimeInfo, FindsTheBlasThisProcessLoadedAndNamesEverything)
{
    const RuntimeInfo info = runtimeInfo();
    EXPECT_NE(info.blas.name, "unknown") << info.blas.detail;
    const std::string text = runtimeInfoText(info);
    EXPECT_NE(text.find(std::string("Mizan ") + MIZAN_VERSION), std::string::npos) << text;
    EXPECT_NE(text.find("libtorch " + info.torchVersion), std::string::npos) << text;
    EXPECT_NE(text.find("BLAS: " + info.blas.name), std::string::npos) << text;
    EXPECT_NE(text.find("CUDA: "), std::string::npos) << text;
}
