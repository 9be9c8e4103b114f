// Model folders as users download them: where the weights are, tokenizer defaults, families.
#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "model/hffolder.h"
#include "support/testsupport.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

const std::string kTinyBert = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert/tiny-bert";

} // namespace

TEST(HfTokenizer, DetectsTheFarasaVocabularyOfAraBertV2)
{
    const std::string farasa = std::string(MIZAN_SHARED_DIR) + "/data/vocab/arabertv2-farasa";
    if (!fs::exists(farasa + "/vocab.txt"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared data absent: " << farasa;
    auto info = inspectHfTokenizer(farasa);
    ASSERT_TRUE(info.ok()) << info.error();
    EXPECT_TRUE(info->farasaVocab);
    EXPECT_EQ(info->family, "AraBERT v2 (Farasa)");
    auto plain = inspectHfTokenizer(kTinyBert);
    ASSERT_TRUE(plain.ok()) << plain.error();
    EXPECT_FALSE(plain->farasaVocab);
}

TEST(HfWeightsFiles, PrefersSafetensorsAndSaysWhatIsMissing)
{
    if (!fs::exists(kTinyBert + "/pytorch_model.bin"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << kTinyBert;
    auto both = findHfWeightsFiles(kTinyBert);
    ASSERT_TRUE(both.ok()) << both.error();
    EXPECT_EQ(both->format, "safetensors");
    const fs::path empty = fs::temp_directory_path() / ("mizan_hffolder_" + std::to_string(::getpid()));
    fs::create_directories(empty);
    auto none = findHfWeightsFiles(empty.string());
    fs::remove_all(empty);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.status().code(), ErrorCode::NotFound);
    EXPECT_NE(none.error().find("pytorch_model.bin"), std::string::npos) << none.error();
}
