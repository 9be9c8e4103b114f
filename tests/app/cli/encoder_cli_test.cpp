// `mizan encode / train / eval / export` with model folders as users download them: the tiny
// BERT (2 layers) with only pytorch_model.bin, as MARBERT and QARiB publish; hostile pickles.
#include <cstdio>
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

const std::string kMizan = mizan::test::kMizanBinary;
const std::string kTinyBert = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert/tiny-bert";
const std::string kPickles = std::string(MIZAN_SHARED_DIR) + "/fixtures/torch-pickle";
const std::string kCorpus = std::string(MIZAN_TEST_DATA_DIR) + "/train/tiny_hotels.xml";

using mizan::test::CliRun;

CliRun run(const std::string &args, bool withStderr = true) { return mizan::test::runMizan(args, "", withStderr); }

std::size_t count(const std::string &s, const std::string &what)
{
    std::size_t n = 0;
    for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + 1))
        ++n;
    return n;
}

class EncoderCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!fs::exists(kMizan))
            GTEST_SKIP() << "mizan is not built: " << kMizan;
        if (!fs::exists(kTinyBert + "/pytorch_model.bin") || !fs::exists(kPickles + "/hostile-reduce-zip.bin"))
            MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixtures absent: " << kTinyBert << ", " << kPickles;
        m_root = fs::temp_directory_path() / ("mizan-encoder-cli-" + std::to_string(::getpid()));
        fs::remove_all(m_root);
        fs::create_directories(m_root);
    }
    void TearDown() override { fs::remove_all(m_root); }

    // The tiny BERT's folder with `weights` as its only pytorch_model.bin.
    std::string folder(const std::string &name, const std::string &weights)
    {
        const fs::path dir = m_root / name;
        fs::create_directories(dir);
        for (const char *f : {"config.json", "vocab.txt", "tokenizer_config.json", "special_tokens_map.json"})
            fs::copy_file(kTinyBert + "/" + f, dir / f);
        fs::copy_file(weights, dir / "pytorch_model.bin");
        return dir.string();
    }

    fs::path m_root;
};

} // namespace

TEST_F(EncoderCli, APickleOnlyFolderTrainsResumesEvaluatesAndExportsToSafetensors)
{
    const std::string encoder = folder("tiny-pickle", kTinyBert + "/pytorch_model.bin");
    auto enc = run("encode --model '" + encoder + "' --json 'الفندق جميل'");
    ASSERT_EQ(enc.exitCode, 0) << enc.out;
    EXPECT_EQ(count(enc.out, "pre-training heads"), 1u) << enc.out;

    // A small preset: no baseline, short pieces, one epoch.
    std::ifstream in(std::string(MIZAN_RESOURCES_DIR) + "/presets/fast.json");
    json preset = json::parse(in);
    preset["baseline"] = false;
    preset["ensemble_baseline"] = 0.0;
    preset["max_length"] = 48;
    preset["epochs"] = 1;
    preset["batch_size"] = 8;
    const std::string presetFile = (m_root / "preset.json").string();
    std::ofstream(presetFile) << preset.dump();

    const std::string out = (m_root / "run").string();
    const std::string common = "--train '" + kCorpus + "' --encoder '" + encoder + "' --tasks targets,sentiment --preset '" +
                               presetFile + "' --threads 1 --out '" + out + "'";
    auto train = run("train " + common + " --max-steps 3");
    ASSERT_EQ(train.exitCode, 0) << train.out;
    EXPECT_NE(train.out.find("PyTorch checkpoint"), std::string::npos) << train.out;
    ASSERT_TRUE(fs::exists(fs::path(out) / "model" / "model.safetensors"));
    auto resumed = run("train " + common + " --resume '" + out + "' --max-steps 2");
    ASSERT_EQ(resumed.exitCode, 0) << resumed.out;
    auto eval = run("eval --model '" + out + "' --test '" + kCorpus + "' --json --threads 1", false);
    ASSERT_EQ(eval.exitCode, 0) << eval.out;
    EXPECT_TRUE(json::accept(eval.out)) << eval.out;

    const std::string exported = (m_root / "exported").string();
    auto exp = run("export --model '" + out + "' --format hf --out '" + exported + "'");
    ASSERT_EQ(exp.exitCode, 0) << exp.out;
    EXPECT_TRUE(fs::exists(fs::path(exported) / "model.safetensors"));
    EXPECT_FALSE(fs::exists(fs::path(exported) / "pytorch_model.bin"));
    // The exported encoder reloads and answers exactly as the trained model's encoder.
    auto a = run("encode --model '" + out + "/model' --json 'الغرفة نظيفة والخدمة ممتازة'", false);
    auto b = run("encode --model '" + exported + "' --json 'الغرفة نظيفة والخدمة ممتازة'", false);
    ASSERT_EQ(a.exitCode, 0) << a.out;
    ASSERT_EQ(b.exitCode, 0) << b.out;
    const json ja = json::parse(a.out), jb = json::parse(b.out);
    EXPECT_EQ(ja["input_ids"], jb["input_ids"]);
    EXPECT_EQ(ja["last_hidden_state"], jb["last_hidden_state"]);
}

TEST_F(EncoderCli, HostilePicklesAreRefusedNamingTheFileAndNothingRuns)
{
    const std::string marker = "/tmp/mizan-pickle-exploit-ran";
    std::error_code ec;
    fs::remove(marker, ec);
    for (const char *name : {"hostile-reduce-zip.bin", "hostile-reduce-legacy.bin", "hostile-global-zip.bin",
                             "truncated-zip.bin", "oversized-shape-zip.bin", "not-a-checkpoint.bin"}) {
        SCOPED_TRACE(name);
        const std::string dir = folder(name, kPickles + "/" + name);
        auto r = run("encode --model '" + dir + "' 'نص'");
        EXPECT_NE(r.exitCode, 0) << r.out;
        EXPECT_NE(r.out.find(dir + "/pytorch_model.bin"), std::string::npos) << r.out;
        EXPECT_EQ(r.out.find("terminate"), std::string::npos) << r.out;
    }
    EXPECT_FALSE(fs::exists(marker));
}
