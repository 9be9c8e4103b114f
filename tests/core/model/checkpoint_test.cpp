#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <unistd.h>

#include "common/atomicfile.h"
#include "model/checkpoint.h"
#include "model/hfload.h"
#include "modeltestutil.h"

using namespace mizan;
using namespace mizan::test;
namespace fs = std::filesystem;

namespace {

class CheckpointTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_root = fs::temp_directory_path() / ("mizan_ckpt_" + std::to_string(::getpid()) + "_" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_root);
        fs::create_directories(m_root);
    }
    void TearDown() override { fs::remove_all(m_root); }

    void trainSteps(MultitaskModel &model, torch::optim::AdamW &opt, int from, int to)
    {
        model->train();
        for (int step = from; step < to; ++step) {
            const std::string task = step % 2 ? "polarity" : "entities";
            opt.zero_grad();
            model->forward(syntheticBatch(task, 4, 8, static_cast<std::uint64_t>(step)), task).loss.backward();
            opt.step();
        }
    }

    fs::path m_root;
};

CheckpointFiles someFiles()
{
    CheckpointFiles f;
    f.tokenizerFiles["vocab.txt"] = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n";
    f.tokenizerFiles["tokenizer_config.json"] = R"({"do_lower_case": false})";
    f.trainingJson = R"({"step": 3, "metrics": {"entities": {"f1": 0.5}}})";
    return f;
}

} // namespace

TEST_F(CheckpointTest, SaveLoadGivesBitIdenticalOutputs)
{
    torch::manual_seed(11);
    MultitaskModel model(tinyConfig(), tinyHeads());
    torch::optim::AdamW opt(model->parameters(), torch::optim::AdamWOptions(1e-3));
    trainSteps(model, opt, 0, 3);
    const std::string dir = (m_root / "ckpt").string();
    Status s = saveCheckpoint(dir, *model, someFiles(), &opt);
    ASSERT_TRUE(s.isOk()) << s.message();
    for (const char *f : {"model.safetensors", "config.json", "labels.json", "training.json", "vocab.txt",
                          "tokenizer_config.json", "optimizer.safetensors"})
        EXPECT_TRUE(fs::exists(fs::path(dir) / f)) << f;

    auto info = inspectCheckpointDirectory(dir);
    ASSERT_TRUE(info.ok()) << info.error();
    EXPECT_TRUE(info->hasOptimizerState);
    EXPECT_EQ(info->heads.size(), 2u);

    auto loaded = loadCheckpoint(dir, torch::kCPU);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->files.tokenizerFiles.at("vocab.txt"), someFiles().tokenizerFiles.at("vocab.txt"));
    EXPECT_EQ(loaded->files.trainingJson, someFiles().trainingJson);
    model->eval();
    torch::NoGradGuard noGrad;
    for (const std::string task : {"entities", "polarity"}) {
        auto batch = syntheticBatch(task, 3, 8, 77);
        EXPECT_TRUE(torch::equal(model->forward(batch, task).logits, loaded->model->forward(batch, task).logits)) << task;
    }
}

TEST_F(CheckpointTest, OptimizerStateResumesExactly)
{
    torch::manual_seed(12);
    BertConfig config = tinyConfig(/*dropout=*/0.0);
    std::vector<HeadSpec> heads = tinyHeads();
    for (auto &h : heads)
        h.dropout = 0.0;
    MultitaskModel model(config, heads);
    torch::optim::AdamW opt(model->parameters(), torch::optim::AdamWOptions(1e-3));
    trainSteps(model, opt, 0, 4);
    const std::string dir = (m_root / "resume").string();
    ASSERT_TRUE(saveCheckpoint(dir, *model, someFiles(), &opt).isOk());
    auto header = readSafetensorsHeader((fs::path(dir) / "optimizer.safetensors").string());
    ASSERT_TRUE(header.ok()) << header.error();
    EXPECT_EQ(header->tensors.size(), 2 * opt.state().size()) << header->metadata["steps"];
    const auto &firstParam = opt.param_groups()[0].params()[0];
    std::ostringstream key;
    key << firstParam.unsafeGetTensorImpl();
    auto savedAvg = static_cast<torch::optim::AdamWParamState &>(*opt.state().at(key.str())).exp_avg().clone();
    const auto savedStep = static_cast<torch::optim::AdamWParamState &>(*opt.state().at(key.str())).step();
    trainSteps(model, opt, 4, 7);

    auto loaded = loadCheckpoint(dir, torch::kCPU);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    torch::optim::AdamW resumed(loaded->model->parameters(), torch::optim::AdamWOptions(5e-2));
    Status s = loadOptimizerState(dir, *loaded->model, resumed);
    ASSERT_TRUE(s.isOk()) << s.message();
    EXPECT_DOUBLE_EQ(static_cast<torch::optim::AdamWOptions &>(resumed.param_groups()[0].options()).lr(), 1e-3);
    EXPECT_EQ(resumed.state().size(), opt.state().size());
    {
        std::ostringstream k;
        k << resumed.param_groups()[0].params()[0].unsafeGetTensorImpl();
        auto &st = static_cast<torch::optim::AdamWParamState &>(*resumed.state().at(k.str()));
        EXPECT_TRUE(torch::equal(st.exp_avg(), savedAvg));
        EXPECT_EQ(st.step(), savedStep);
    }
    trainSteps(loaded->model, resumed, 4, 7);

    auto a = model->named_parameters();
    auto b = loaded->model->named_parameters();
    for (const auto &item : a)
        EXPECT_TRUE(torch::equal(item.value(), b[item.key()])) << item.key();

    // Without state, resume says so.
    const std::string bare = (m_root / "bare").string();
    ASSERT_TRUE(saveCheckpoint(bare, *model, someFiles()).isOk());
    EXPECT_EQ(loadOptimizerState(bare, *model, opt).code(), ErrorCode::NotFound);
}

TEST_F(CheckpointTest, SavingIsAtomicAndReplacesThePreviousCheckpoint)
{
    torch::manual_seed(13);
    MultitaskModel model(tinyConfig(), tinyHeads());
    const std::string dir = (m_root / "ckpt").string();
    ASSERT_TRUE(saveCheckpoint(dir, *model, someFiles()).isOk());
    CheckpointFiles second = someFiles();
    second.trainingJson = R"({"step": 9})";
    ASSERT_TRUE(saveCheckpoint(dir, *model, second).isOk());
    EXPECT_EQ(loadCheckpoint(dir, torch::kCPU)->files.trainingJson, second.trainingJson);

    // A failing save (bad tokenizer file name) leaves the previous checkpoint untouched.
    CheckpointFiles bad = someFiles();
    bad.tokenizerFiles["../escape.txt"] = "x";
    EXPECT_FALSE(saveCheckpoint(dir, *model, bad).isOk());
    CheckpointFiles badJson = someFiles();
    badJson.trainingJson = "{not json";
    EXPECT_FALSE(saveCheckpoint(dir, *model, badJson).isOk());
    EXPECT_EQ(loadCheckpoint(dir, torch::kCPU)->files.trainingJson, second.trainingJson);
    // Only the checkpoint itself is left: no temporary or old siblings.
    EXPECT_EQ(std::distance(fs::directory_iterator(m_root), fs::directory_iterator()), 1);
}

TEST_F(CheckpointTest, LoadErrorsNameTheFileAndTensor)
{
    torch::manual_seed(14);
    MultitaskModel model(tinyConfig(), tinyHeads());
    const std::string dir = (m_root / "ckpt").string();
    ASSERT_TRUE(saveCheckpoint(dir, *model, someFiles()).isOk());
    // labels.json now claims a different label count than the weights hold.
    std::vector<HeadSpec> heads = tinyHeads();
    heads[1].labels.push_back("neutral");
    ASSERT_TRUE(writeFileAtomic((fs::path(dir) / "labels.json").string(), headSpecsToJson(heads)).isOk());
    auto loaded = loadCheckpoint(dir, torch::kCPU);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().find("heads.polarity.classifier"), std::string::npos) << loaded.error();
    EXPECT_NE(loaded.error().find("model.safetensors"), std::string::npos) << loaded.error();
}

TEST_F(CheckpointTest, HuggingFaceExportLoadsAsTheSameEncoder)
{
    torch::manual_seed(15);
    MultitaskModel model(tinyConfig(), tinyHeads());
    const std::string dir = (m_root / "hf").string();
    ASSERT_TRUE(exportHfEncoder(dir, *model, someFiles().tokenizerFiles).isOk());
    auto info = inspectHfBertDirectory(dir);
    ASSERT_TRUE(info.ok()) << info.error();
    EXPECT_TRUE(info->ignoredTensors.empty());
    auto encoder = loadHfBert(dir, torch::kCPU);
    ASSERT_TRUE(encoder.ok()) << encoder.error();
    model->eval();
    torch::NoGradGuard noGrad;
    auto batch = syntheticBatch("entities", 2, 8, 5);
    auto a = model->bert->forward(batch.inputIds, batch.tokenTypeIds, batch.attentionMask);
    auto b = (*encoder)->forward(batch.inputIds, batch.tokenTypeIds, batch.attentionMask);
    EXPECT_TRUE(torch::equal(a.lastHiddenState, b.lastHiddenState));
    EXPECT_TRUE(torch::equal(a.poolerOutput, b.poolerOutput));

    // And a multi-task model can start from it.
    auto fresh = multitaskFromHfBert(dir, tinyHeads(false), torch::kCPU);
    ASSERT_TRUE(fresh.ok()) << fresh.error();
    (*fresh)->eval();
    EXPECT_TRUE(torch::equal((*fresh)->bert->forward(batch.inputIds).lastHiddenState,
                             model->bert->forward(batch.inputIds).lastHiddenState));
}
