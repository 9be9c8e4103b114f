// Tensors read from torch.save checkpoints (both formats) against the same tensors stored as
// safetensors by PyTorch itself: bit for bit, including strided views, offsets, shared
// storages and every dtype.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include "model/weightsreader.h"
#include "support/testsupport.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

const std::string kShared(MIZAN_SHARED_DIR);
const std::string kFixtures = kShared + "/fixtures/torch-pickle";
const std::string kTinyBert = kShared + "/fixtures/hf-bert/tiny-bert";

// Every tensor of `reader` equals the tensor of the same name in `expected`, byte for byte.
void expectSameTensors(const WeightsReader &reader, const TensorMap &expected, const std::string &prefix = "")
{
    std::size_t matched = 0;
    for (const auto &[name, want] : expected) {
        if (name.rfind(prefix, 0) != 0)
            continue;
        const std::string stored = name.substr(prefix.size());
        SCOPED_TRACE(stored);
        ASSERT_TRUE(reader.contains(stored));
        auto got = reader.read(stored);
        ASSERT_TRUE(got.ok()) << got.error();
        ASSERT_EQ(got->scalar_type(), want.scalar_type());
        ASSERT_EQ(got->sizes(), want.sizes());
        ASSERT_TRUE(got->is_contiguous());
        EXPECT_EQ(std::memcmp(got->data_ptr(), want.data_ptr(), want.numel() * want.element_size()), 0);
        ++matched;
    }
    EXPECT_GT(matched, 0u);
}

} // namespace

TEST(WeightsReader, TinyBertInBothTorchSaveFormatsEqualsItsSafetensorsBitForBit)
{
    if (!fs::exists(kFixtures + "/tiny-bert-legacy.bin"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixtures absent: " << kFixtures;
    auto expected = loadSafetensors(kTinyBert + "/model.safetensors");
    ASSERT_TRUE(expected.ok()) << expected.error();
    ASSERT_EQ(expected->size(), 46u);
    for (const std::string &file : {kTinyBert + "/pytorch_model.bin", kFixtures + "/tiny-bert-legacy.bin"}) {
        SCOPED_TRACE(file);
        auto reader = WeightsReader::open({file});
        ASSERT_TRUE(reader.ok()) << reader.error();
        EXPECT_EQ(reader->names().size(), 46u);
        expectSameTensors(*reader, *expected);
    }
    // {"state_dict": {...}} without the "bert." prefix: the encoder's tensors.
    auto wrapped = WeightsReader::open({kFixtures + "/wrapped-state-dict.bin"});
    ASSERT_TRUE(wrapped.ok()) << wrapped.error();
    expectSameTensors(*wrapped, *expected, "bert.");
}

TEST(WeightsReader, LayoutsMatchTheirExpectedContiguousCopies)
{
    if (!fs::exists(kFixtures + "/layouts-expected.safetensors"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixtures absent: " << kFixtures;
    auto expected = loadSafetensors(kFixtures + "/layouts-expected.safetensors");
    ASSERT_TRUE(expected.ok()) << expected.error();
    for (const char *file : {"layouts-zip.bin", "layouts-legacy.bin"}) {
        SCOPED_TRACE(file);
        auto reader = WeightsReader::open({kFixtures + "/" + file});
        ASSERT_TRUE(reader.ok()) << reader.error();
        EXPECT_EQ(reader->names().size(), expected->size());
        expectSameTensors(*reader, *expected);
        // readInto converts (fp16 -> fp32) and fills a strided source into a plain tensor.
        auto half = torch::empty({3, 5}, torch::kFloat);
        ASSERT_TRUE(reader->readInto("half", half).isOk());
        EXPECT_TRUE(torch::equal(half, expected->at("half").to(torch::kFloat)));
        auto transposed = torch::empty({4, 6}, torch::kFloat);
        ASSERT_TRUE(reader->readInto("transposed", transposed).isOk());
        EXPECT_TRUE(torch::equal(transposed, expected->at("transposed")));
        EXPECT_FALSE(reader->readInto("transposed", torch::empty({5}, torch::kFloat)).isOk());
    }
}

TEST(WeightsReader, ATensorInTwoShardsIsRefusedNamingBoth)
{
    if (!fs::exists(kFixtures + "/tiny-bert-legacy.bin"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixtures absent: " << kFixtures;
    auto reader = WeightsReader::open({kTinyBert + "/pytorch_model.bin", kFixtures + "/tiny-bert-legacy.bin"});
    ASSERT_FALSE(reader.ok());
    EXPECT_NE(reader.error().find("tiny-bert-legacy.bin"), std::string::npos) << reader.error();
    EXPECT_NE(reader.error().find("pytorch_model.bin"), std::string::npos) << reader.error();
}
