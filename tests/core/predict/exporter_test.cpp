#include "predict/exporter.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tinytraining.h"

using namespace mizan;
using namespace mizan::test;

TEST(Exporter, ExportsTheEncoderInHuggingFaceLayout)
{
    const std::string out = freshDir("export") + "/hf";
    Status st = exportModel(tinyTrainedModel(), "hf", out);
    ASSERT_TRUE(st.isOk()) << st.message();
    for (const char *f : {"config.json", "model.safetensors", "vocab.txt", "mizan_text.json"})
        EXPECT_TRUE(std::filesystem::exists(out + "/" + f)) << f;
    EXPECT_FALSE(exportModel(tinyTrainedModel(), "onnx", out).isOk());
}
