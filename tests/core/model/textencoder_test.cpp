// TextEncoder = tokenizer + encoder end to end (what `mizan encode` prints), against HF.
#include <gtest/gtest.h>

#include "support/testsupport.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "model/textencoder.h"

using namespace mizan;
namespace fs = std::filesystem;

TEST(TextEncoder, ReproducesHuggingFaceFromRawText)
{
    const std::string dir = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert/tiny-bert";
    if (!fs::exists(dir + "/expected.json"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << dir;
    auto encoder = TextEncoder::open(dir);
    ASSERT_TRUE(encoder.ok()) << encoder.error();
    std::ifstream in(dir + "/expected.json");
    const auto expected = nlohmann::json::parse(in);
    int checked = 0;
    for (const auto &c : expected["cases"]) {
        if (c["text"].size() != 1)
            continue;  // the padded batch is covered by the encoder parity test
        SCOPED_TRACE(c["name"].get<std::string>());
        const std::string text = c["text"][0];
        std::string pair;
        const bool hasPair = !c["text_pair"].is_null();
        if (hasPair)
            pair = c["text_pair"][0];
        auto enc = encoder->encode(text, hasPair ? &pair : nullptr);
        ASSERT_TRUE(enc.ok()) << enc.error();
        EXPECT_EQ(enc->inputIds, c["input_ids"][0].get<std::vector<std::int64_t>>());
        EXPECT_EQ(enc->tokenTypeIds, c["token_type_ids"][0].get<std::vector<std::int64_t>>());
        ASSERT_EQ(enc->lastHiddenState.size(), enc->inputIds.size());
        double worst = 0.0;
        const auto &last = c["last_hidden_state"][0];
        for (std::size_t t = 0; t < enc->lastHiddenState.size() && t < last.size(); ++t)
            for (std::size_t k = 0; k < enc->lastHiddenState[t].size(); ++k)
                worst = std::max(worst, std::abs(enc->lastHiddenState[t][k] - last[t][k].get<double>()));
        for (std::size_t k = 0; k < enc->poolerOutput.size(); ++k)
            worst = std::max(worst, std::abs(enc->poolerOutput[k] - c["pooler_output"][0][k].get<double>()));
        EXPECT_LT(worst, 1e-4);
        EXPECT_EQ(enc->poolerOutput.size(), 32u);
        ++checked;
    }
    EXPECT_EQ(checked, 7);
    EXPECT_FALSE(encoder->encode("\xff\xfe").ok());
}

TEST(TextEncoder, RefusesAPickleOnlyFolder)
{
    const fs::path dir = fs::temp_directory_path() / ("mizan_textenc_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "pytorch_model.bin") << "PK";
    auto encoder = TextEncoder::open(dir.string());
    ASSERT_FALSE(encoder.ok());
    EXPECT_NE(encoder.error().find("pytorch_model.bin"), std::string::npos);
    fs::remove_all(dir);
}
