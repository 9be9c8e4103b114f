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

namespace {

const std::string kTinyBert = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert/tiny-bert";

// Encodes every single-text case of the tiny BERT's expected.json with the folder `dir` and
// compares with Hugging Face's hidden states.
void expectHuggingFaceOutputs(const std::string &dir)
{
    auto encoder = TextEncoder::open(dir);
    ASSERT_TRUE(encoder.ok()) << encoder.error();
    std::ifstream in(kTinyBert + "/expected.json");
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

// The tiny BERT's folder with `weights` (a file of the shared fixtures) as pytorch_model.bin
// and no model.safetensors, as MARBERT and QARiB publish.
fs::path pickleOnlyCopy(const std::string &weights, const std::string &tag)
{
    const fs::path dir = fs::temp_directory_path() / ("mizan_textenc_" + tag + "_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const char *f : {"config.json", "vocab.txt", "tokenizer_config.json", "special_tokens_map.json"})
        fs::copy_file(kTinyBert + "/" + f, dir / f);
    fs::copy_file(weights, dir / "pytorch_model.bin");
    return dir;
}

} // namespace

TEST(TextEncoder, ReproducesHuggingFaceFromRawText)
{
    if (!fs::exists(kTinyBert + "/expected.json"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << kTinyBert;
    expectHuggingFaceOutputs(kTinyBert);
}

TEST(TextEncoder, ReproducesHuggingFaceFromAPickleOnlyFolderInBothTorchSaveFormats)
{
    const std::string legacy = std::string(MIZAN_SHARED_DIR) + "/fixtures/torch-pickle/tiny-bert-legacy.bin";
    if (!fs::exists(kTinyBert + "/expected.json") || !fs::exists(legacy))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixtures absent: " << kTinyBert << ", " << legacy;
    for (const auto &[weights, tag] : {std::pair<std::string, std::string>{kTinyBert + "/pytorch_model.bin", "zip"},
                                       {legacy, "legacy"}}) {
        SCOPED_TRACE(tag);
        const fs::path dir = pickleOnlyCopy(weights, tag);
        expectHuggingFaceOutputs(dir.string());
        fs::remove_all(dir);
    }
}

TEST(TextEncoder, RefusesADamagedPickleNamingTheFile)
{
    if (!fs::exists(kTinyBert + "/config.json"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << kTinyBert;
    const fs::path dir = fs::temp_directory_path() / ("mizan_textenc_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "pytorch_model.bin") << "PK";
    fs::copy_file(kTinyBert + "/config.json", dir / "config.json", fs::copy_options::overwrite_existing);
    fs::copy_file(kTinyBert + "/vocab.txt", dir / "vocab.txt", fs::copy_options::overwrite_existing);
    auto encoder = TextEncoder::open(dir.string());
    ASSERT_FALSE(encoder.ok());
    EXPECT_NE(encoder.error().find((dir / "pytorch_model.bin").string()), std::string::npos) << encoder.error();
    fs::remove_all(dir);
}
