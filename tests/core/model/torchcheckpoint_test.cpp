// torch.save's containers, without torch: the shared fixtures written by PyTorch itself
// (both formats, a wrapped state dict, hostile and broken files).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "model/torchcheckpoint.h"
#include "support/testsupport.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

const std::string kFixtures = std::string(MIZAN_SHARED_DIR) + "/fixtures/torch-pickle";
const std::string kMarker = "/tmp/mizan-pickle-exploit-ran";

} // namespace

TEST(TorchCheckpoint, ReadsBothFormatsWithTheSameTensors)
{
    const std::string zip = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert/tiny-bert/pytorch_model.bin";
    if (!fs::exists(zip) || !fs::exists(kFixtures + "/tiny-bert-legacy.bin"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixtures absent: " << kFixtures;
    auto a = readTorchCheckpointIndex(zip);
    auto b = readTorchCheckpointIndex(kFixtures + "/tiny-bert-legacy.bin");
    ASSERT_TRUE(a.ok()) << a.error();
    ASSERT_TRUE(b.ok()) << b.error();
    EXPECT_EQ(a->format, "zip");
    EXPECT_EQ(b->format, "legacy");
    ASSERT_EQ(a->state.tensors.size(), 46u);
    ASSERT_EQ(b->state.tensors.size(), 46u);
    for (std::size_t i = 0; i < 46; ++i) {
        EXPECT_EQ(a->state.tensors[i].name, b->state.tensors[i].name);
        EXPECT_EQ(a->state.tensors[i].tensor.shape, b->state.tensors[i].tensor.shape);
    }
    auto wrapped = readTorchCheckpointIndex(kFixtures + "/wrapped-state-dict.bin");
    ASSERT_TRUE(wrapped.ok()) << wrapped.error();
    EXPECT_EQ(wrapped->state.wrapperKey, "state_dict");
    EXPECT_EQ(wrapped->state.tensors.front().name, "embeddings.word_embeddings.weight");
}

TEST(TorchCheckpoint, RefusesHostileAndBrokenFilesNamingThemAndRunsNothing)
{
    if (!fs::exists(kFixtures + "/hostile-reduce-zip.bin"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixtures absent: " << kFixtures;
    std::error_code ec;
    fs::remove(kMarker, ec);
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"hostile-reduce-zip.bin", "'posix.system'"},
        {"hostile-reduce-legacy.bin", "'posix.system'"},
        {"hostile-global-zip.bin", "eval'"},
        {"truncated-zip.bin", "truncated"},
        {"not-a-checkpoint.bin", "zip"},
        {"oversized-shape-zip.bin", "does not fit its storage"},
    };
    for (const auto &[name, expected] : cases) {
        const std::string path = kFixtures + "/" + name;
        auto r = readTorchCheckpointIndex(path);
        ASSERT_FALSE(r.ok()) << name;
        EXPECT_NE(r.error().find(path), std::string::npos) << r.error();
        EXPECT_NE(r.error().find(expected), std::string::npos) << r.error();
        auto listed = listWeightsTensors(path);
        EXPECT_FALSE(listed.ok()) << name;
    }
    EXPECT_FALSE(fs::exists(kMarker));
}

// A safetensors file whose header length (8 bytes, little endian) is 640 starts with 0x80 0x02,
// the bytes a pickle starts with: its name decides, and it is read as safetensors.
TEST(TorchCheckpoint, ASafetensorsFileThatStartsLikeAPickleIsReadAsSafetensors)
{
    const fs::path dir = fs::temp_directory_path() / ("mizan_st_sniff_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string header = R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})";
    header.resize(640, ' ');
    std::string bytes = {'\x80', '\x02', 0, 0, 0, 0, 0, 0};
    bytes += header;
    bytes += std::string(4, '\0');
    const std::string path = (dir / "model.safetensors").string();
    {
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    EXPECT_FALSE(isTorchCheckpointFile(path));
    auto tensors = listWeightsTensors(path);
    ASSERT_TRUE(tensors.ok()) << tensors.error();
    ASSERT_EQ(tensors->size(), 1u);
    EXPECT_EQ((*tensors)[0].name, "w");
    fs::remove_all(dir);
}
