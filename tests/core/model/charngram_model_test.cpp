// Mizan's extensions of the encoder: hashed character n-gram embeddings and target pooling
// for the sentiment head, through forward, checkpoints and the encoder export.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <unistd.h>

#include "model/bertconfig.h"
#include "model/checkpoint.h"
#include "model/headspec.h"
#include "model/hfload.h"
#include "modeltestutil.h"

using namespace mizan;
using namespace mizan::test;
namespace fs = std::filesystem;

namespace {

BertConfig gramConfig()
{
    BertConfig c = tinyConfig(/*dropout=*/0.0);
    c.charNgramBuckets = 97;
    c.charNgramDim = 8;
    return c;
}

fs::path freshRoot(const std::string &name)
{
    const fs::path root = fs::temp_directory_path() / ("mizan_chargram_" + std::to_string(::getpid()) + "_" + name);
    fs::remove_all(root);
    fs::create_directories(root);
    return root;
}

} // namespace

TEST(CharNgramModel, ConfigKeysRoundTripAndMustComeInPairs)
{
    const BertConfig c = gramConfig();
    auto back = parseBertConfig(bertConfigToJson(c), "config.json");
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(back->charNgramBuckets, 97);
    EXPECT_EQ(back->charNgramDim, 8);
    // A plain config writes no Mizan n-gram keys at all.
    EXPECT_EQ(bertConfigToJson(tinyConfig()).find("mizan_char_ngram"), std::string::npos);
    auto oneSided = parseBertConfig(R"({"vocab_size": 40, "hidden_size": 32, "num_hidden_layers": 1,
        "num_attention_heads": 2, "intermediate_size": 64, "mizan_char_ngram_buckets": 10})",
                                    "config.json");
    ASSERT_FALSE(oneSided.ok());
    EXPECT_NE(oneSided.error().find("mizan_char_ngram_dim"), std::string::npos) << oneSided.error();
    // Bags hashed by another feature set would be read as garbage: refused, with the reason.
    std::string json = bertConfigToJson(c);
    json.replace(json.find(kCharNgramFeatureSet), std::string(kCharNgramFeatureSet).size(), "older-set");
    auto other = parseBertConfig(json, "config.json");
    ASSERT_FALSE(other.ok());
    EXPECT_NE(other.error().find("retrain"), std::string::npos) << other.error();
}

TEST(CharNgramModel, BagsChangeTheOutputAndAreRequired)
{
    torch::manual_seed(3);
    MultitaskModel model(gramConfig(), tinyHeads());
    model->eval();
    torch::NoGradGuard noGrad;
    Batch plain = syntheticBatch("entities", 2, 6, 5);
    EXPECT_THROW(model->forward(plain, "entities"), std::invalid_argument);
    Batch a = plain, b = plain;
    addBags(a, 3, 0);
    addBags(b, 3, 1);
    auto la = model->forward(a, "entities").logits;
    auto lb = model->forward(b, "entities").logits;
    EXPECT_EQ(la.sizes(), (std::vector<std::int64_t>{2, 6, 3}));
    EXPECT_FALSE(torch::allclose(la, lb));
    // The n-gram parameters are registered outside the BERT encoder and train.
    bool found = false;
    for (const auto &p : model->named_parameters())
        found = found || p.key() == "char_ngrams.weight";
    EXPECT_TRUE(found);
}

TEST(CharNgramModel, TargetPoolingReadsTheTypeOnePositions)
{
    torch::manual_seed(4);
    auto heads = tinyHeads();
    heads[1].targetPooling = true;
    MultitaskModel model(tinyConfig(0.0), heads);
    model->eval();
    torch::NoGradGuard noGrad;
    Batch b = syntheticBatch("polarity", 2, 8, 9);
    Batch moved = b;
    b.tokenTypeIds = torch::zeros_like(b.inputIds);
    b.tokenTypeIds.index_put_({torch::indexing::Slice(), torch::indexing::Slice(5, 7)}, 1);
    moved.tokenTypeIds = torch::zeros_like(b.inputIds);
    moved.tokenTypeIds.index_put_({torch::indexing::Slice(), torch::indexing::Slice(6, 8)}, 1);
    auto out = model->forward(b, "polarity").logits;
    EXPECT_EQ(out.sizes(), (std::vector<std::int64_t>{2, 2}));
    EXPECT_FALSE(torch::allclose(out, model->forward(moved, "polarity").logits));
    // labels.json keeps the pooling; an unknown pooling is refused with the task named.
    auto parsed = parseHeadSpecs(headSpecsToJson(heads), "labels.json");
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_TRUE((*parsed)[1].targetPooling);
    EXPECT_FALSE((*parsed)[0].targetPooling);
    auto bad = parseHeadSpecs(R"({"tasks": [{"name": "s", "kind": "sequence", "labels": ["a", "b"], "pooling": "max"}]})",
                              "labels.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("pooling"), std::string::npos) << bad.error();
    HeadSpec tokenPooled{"t", HeadKind::TokenClassification, {"O", "B-X"}, false, 0.1, true};
    EXPECT_FALSE(validateHeadSpec(tokenPooled).empty());
}

TEST(CharNgramModel, WideTaggingPathScoresTheBagsAndNeedsNgrams)
{
    auto heads = tinyHeads();
    heads[0].wide = true;
    EXPECT_THROW(MultitaskModel(tinyConfig(), heads), std::invalid_argument);
    torch::manual_seed(6);
    MultitaskModel model(gramConfig(), heads);
    model->eval();
    Batch b = syntheticBatch("entities", 2, 6, 5);
    addBags(b, 3, 0);
    torch::Tensor before;
    {
        torch::NoGradGuard noGrad;
        before = model->forward(b, "entities").logits.clone();
        // The wide weights start at zero: a fresh head scores like one without the path.
        auto &wide = model->named_parameters()["heads.entities.wide.weight"];
        EXPECT_EQ(wide.abs().sum().item<double>(), 0.0);
        wide.fill_(0.25);
    }
    torch::NoGradGuard noGrad;
    auto after = model->forward(b, "entities").logits;
    // Every real position gets 3 bag entries x 0.25 = 0.75 added to each label's score.
    EXPECT_TRUE(torch::allclose(after[1] - before[1], torch::full_like(before[1], 0.75), 1e-5, 1e-5));
}

TEST(CharNgramModel, MultiLabelWidePathAddsTheMeanOfTheSentenceBags)
{
    auto heads = tinyHeads();
    heads.push_back({"cats", HeadKind::MultiLabel, {"a", "b", "c"}, false, 0.1, false, true});
    EXPECT_THROW(MultitaskModel(tinyConfig(), heads), std::invalid_argument);
    torch::manual_seed(6);
    MultitaskModel model(gramConfig(), heads);
    model->eval();
    Batch b = syntheticBatch("polarity", 2, 6, 5);
    addBags(b, 3, 0);
    b.labels = torch::ones({2, 3});  // every label on
    torch::NoGradGuard noGrad;
    const auto before = model->forward(b, "cats").logits.clone();
    auto &wide = model->named_parameters()["heads.cats.wide.weight"];
    EXPECT_EQ(wide.abs().sum().item<double>(), 0.0);  // starts at zero: scores as without it
    wide.fill_(0.25);
    // Every real position's bag holds 3 entries x 0.25; their mean over the positions is 0.75.
    const auto after = model->forward(b, "cats").logits;
    EXPECT_TRUE(torch::allclose(after - before, torch::full_like(before, 0.75), 1e-5, 1e-5));
    // The bias setter and the positive weights: all-positive rows weigh w times as much.
    model->setHeadBias("cats", torch::tensor({1.0f, -2.0f, 0.5f}));
    EXPECT_TRUE(torch::allclose(model->named_parameters()["heads.cats.classifier.bias"], torch::tensor({1.0f, -2.0f, 0.5f})));
    const double plain = model->forward(b, "cats").loss.item<double>();
    model->setPositiveWeights("cats", torch::full({3}, 4.0f));
    EXPECT_NEAR(model->forward(b, "cats").loss.item<double>(), 4.0 * plain, 1e-5);
    EXPECT_THROW(model->setPositiveWeights("cats", torch::ones({2})), std::invalid_argument);
    EXPECT_THROW(model->setPositiveWeights("entities", torch::ones({3})), std::invalid_argument);
}

TEST(CharNgramModel, CheckpointAndEncoderExportKeepTheNgrams)
{
    const fs::path root = freshRoot("ckpt");
    torch::manual_seed(5);
    auto heads = tinyHeads();
    heads[1].targetPooling = true;
    MultitaskModel model(gramConfig(), heads);
    {
        torch::NoGradGuard noGrad;
        model->charNgrams->weight.normal_(0.0, 0.5);  // as if trained: make them matter
    }
    model->eval();
    CheckpointFiles files;
    files.tokenizerFiles["vocab.txt"] = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n";
    const std::string dir = (root / "model").string();
    ASSERT_TRUE(saveCheckpoint(dir, *model, files).isOk());
    auto loaded = loadCheckpoint(dir, torch::kCPU);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->info.config.charNgramBuckets, 97);
    torch::NoGradGuard noGrad;
    for (const std::string task : {"entities", "polarity"}) {
        Batch b = syntheticBatch(task, 3, 7, 21);
        addBags(b, 4, 2);
        EXPECT_TRUE(torch::equal(model->forward(b, task).logits, loaded->model->forward(b, task).logits)) << task;
    }
    // The encoder export carries the n-gram tensors, and a model built on it reads them.
    const std::string exported = (root / "hf").string();
    ASSERT_TRUE(exportHfEncoder(exported, *model, files.tokenizerFiles).isOk());
    auto rebuilt = multitaskFromHfBert(exported, tinyHeads(), torch::kCPU);
    ASSERT_TRUE(rebuilt.ok()) << rebuilt.error();
    (*rebuilt)->eval();
    Batch b = syntheticBatch("entities", 2, 7, 8);
    addBags(b, 4, 3);
    auto original = model->bert->forward(b.inputIds, b.tokenTypeIds, b.attentionMask, false,
                                         model->charProjection(model->charNgrams(b.ngramIds, b.ngramOffsets)).view({2, 7, 32}));
    auto again = (*rebuilt)->bert->forward(b.inputIds, b.tokenTypeIds, b.attentionMask, false,
                                           (*rebuilt)->charProjection((*rebuilt)->charNgrams(b.ngramIds, b.ngramOffsets)).view({2, 7, 32}));
    EXPECT_TRUE(torch::allclose(original.lastHiddenState, again.lastHiddenState, 1e-6, 1e-6));
    fs::remove_all(root);
}
