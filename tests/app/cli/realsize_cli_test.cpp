// `mizan train --encoder DIR` at BERT-base width: a QARiB-shaped folder (hidden 768, 64,000
// pieces, pytorch_model.bin only, no tokenizer_config.json) cut to 2 layers, written into a
// temporary folder by tests/support/make_bert_base_cut.py (python3-torch), trains a few steps
// of the multi-task fine-tune, saves a run folder, and `mizan eval` loads it.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "clirun.h"
#include "support/testsupport.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::string kVocab = std::string(MIZAN_SHARED_DIR) + "/data/vocab/arabertv02-style/vocab.txt";
const std::string kCorpus = std::string(MIZAN_TEST_DATA_DIR) + "/train/tiny_hotels.xml";
const std::string kMaker = std::string(MIZAN_TESTS_SOURCE_DIR) + "/support/make_bert_base_cut.py";

mizan::test::CliRun run(const std::string &args, bool withStderr = true)
{
    return mizan::test::runMizan(args, "", withStderr);
}

} // namespace

TEST(RealSizeCli, ABertBaseWideTwoLayerPickleFolderTrainsSavesAndEvaluates)
{
    if (!fs::exists(mizan::test::kMizanBinary))
        GTEST_SKIP() << "mizan is not built: " << mizan::test::kMizanBinary;
    if (!fs::exists(kVocab))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared vocabulary absent: " << kVocab;
    mizan::test::TempDir tmp;
    const std::string encoder = tmp.file("bert-base-2-layers");
    const int made = std::system(("/usr/bin/python3 '" + kMaker + "' '" + encoder + "' '" + kVocab + "' 2 > '" +
                                  tmp.file("make.log") + "' 2>&1")
                                     .c_str());
    std::string log;
    {
        std::ifstream in(tmp.file("make.log"));
        log.assign(std::istreambuf_iterator<char>(in), {});
    }
    if (WIFEXITED(made) && WEXITSTATUS(made) == 3)  // python3-torch absent: CI installs it
        MIZAN_SKIP_FOR_MISSING_DATA() << "cannot write the BERT-base folder: " << log;
    ASSERT_EQ(made, 0) << log;
    ASSERT_TRUE(fs::exists(encoder + "/pytorch_model.bin")) << log;
    ASSERT_FALSE(fs::exists(encoder + "/tokenizer_config.json"));

    std::ifstream in(std::string(MIZAN_RESOURCES_DIR) + "/presets/fast.json");
    json preset = json::parse(in);
    preset["baseline"] = false;
    preset["ensemble_baseline"] = 0.0;
    preset["max_length"] = 64;
    preset["epochs"] = 1;
    preset["batch_size"] = 8;
    const std::string presetFile = tmp.file("preset.json");
    std::ofstream(presetFile) << preset.dump();

    const std::string out = tmp.file("run");
    auto train = run("train --train '" + kCorpus + "' --encoder '" + encoder + "' --tasks targets,sentiment --preset '" +
                     presetFile + "' --threads 2 --max-steps 4 --out '" + out + "'");
    ASSERT_EQ(train.exitCode, 0) << train.out;
    EXPECT_NE(train.out.find("PyTorch checkpoint"), std::string::npos) << train.out;
    // QARiB has no tokenizer_config.json: Hugging Face's defaults, lower-casing on.
    EXPECT_NE(train.out.find("lower"), std::string::npos) << train.out;
    ASSERT_TRUE(fs::exists(fs::path(out) / "model" / "model.safetensors")) << train.out;
    // The saved encoder has the full width: 64,000 x 768 word embeddings alone are 196 MB.
    EXPECT_GT(fs::file_size(fs::path(out) / "model" / "model.safetensors"), 64000ull * 768 * 4);

    auto eval = run("eval --model '" + out + "' --test '" + kCorpus + "' --json --threads 2", false);
    ASSERT_EQ(eval.exitCode, 0) << eval.out;
    ASSERT_TRUE(json::accept(eval.out)) << eval.out;
    const json report = json::parse(eval.out);
    EXPECT_FALSE(report.empty()) << eval.out;
}
