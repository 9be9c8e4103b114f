// Parity of our BERT encoder with Hugging Face's BertModel on the tiny-bert fixture.
#include <gtest/gtest.h>

#include "support/testsupport.h"
#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "model/bert.h"
#include "model/hfload.h"
#include "model/tensorio.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

const std::string kTinyBert = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert/tiny-bert";

// Nested JSON number arrays -> tensor of `dtype`.
torch::Tensor toTensor(const nlohmann::json &j, torch::ScalarType dtype)
{
    std::vector<std::int64_t> shape;
    const nlohmann::json *cur = &j;
    while (cur->is_array()) {
        shape.push_back(static_cast<std::int64_t>(cur->size()));
        if (cur->empty())
            break;
        cur = &(*cur)[0];
    }
    std::vector<double> flat;
    std::function<void(const nlohmann::json &)> walk = [&](const nlohmann::json &v) {
        if (v.is_array())
            for (const auto &x : v)
                walk(x);
        else
            flat.push_back(v.get<double>());
    };
    walk(j);
    return torch::tensor(flat, torch::kDouble).reshape(shape).to(dtype);
}

nlohmann::json readExpected()
{
    std::ifstream in(kTinyBert + "/expected.json");
    return nlohmann::json::parse(in);
}

double maxDiff(const torch::Tensor &a, const torch::Tensor &b) { return (a - b).abs().max().item<double>(); }

} // namespace

TEST(BertParity, MatchesHuggingFaceOnAllFixtureCases)
{
    if (!fs::exists(kTinyBert + "/expected.json"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << kTinyBert;
    torch::NoGradGuard noGrad;
    EncoderLoadReport report;
    auto model = loadHfBert(kTinyBert, torch::kCPU, &report);
    ASSERT_TRUE(model.ok()) << model.error();
    EXPECT_TRUE(report.poolerLoaded);
    EXPECT_EQ(report.ignoredTensors.size(), 7u);
    const auto expected = readExpected();
    ASSERT_EQ(expected["cases"].size(), 8u);
    for (const auto &c : expected["cases"]) {
        SCOPED_TRACE(c["name"].get<std::string>());
        auto ids = toTensor(c["input_ids"], torch::kLong);
        auto types = toTensor(c["token_type_ids"], torch::kLong);
        auto mask = toTensor(c["attention_mask"], torch::kLong);
        auto out = (*model)->forward(ids, types, mask, /*allHiddenStates=*/true);
        auto real = mask.to(torch::kBool).unsqueeze(2).expand_as(out.lastHiddenState);
        auto last = toTensor(c["last_hidden_state"], torch::kFloat);
        EXPECT_EQ(out.lastHiddenState.sizes(), last.sizes());
        EXPECT_LT(maxDiff(out.lastHiddenState.masked_select(real), last.masked_select(real)), 1e-4);
        EXPECT_LT(maxDiff(out.poolerOutput, toTensor(c["pooler_output"], torch::kFloat)), 1e-4);
        ASSERT_EQ(out.hiddenStates.size(), 3u);
        for (std::size_t l = 0; l < 3; ++l) {
            auto h = toTensor(c["hidden_states"][l], torch::kFloat);
            EXPECT_LT(maxDiff(out.hiddenStates[l].masked_select(real), h.masked_select(real)), 1e-4) << "layer " << l;
        }
    }
}

TEST(BertParity, PaddedPositionsMatchToo)
{
    if (!fs::exists(kTinyBert + "/expected.json"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << kTinyBert;
    torch::NoGradGuard noGrad;
    auto model = loadHfBert(kTinyBert, torch::kCPU);
    ASSERT_TRUE(model.ok()) << model.error();
    const auto expected = readExpected();
    for (const auto &c : expected["cases"]) {
        if (c["name"] != "padded_batch")
            continue;
        auto out = (*model)->forward(toTensor(c["input_ids"], torch::kLong), toTensor(c["token_type_ids"], torch::kLong),
                                     toTensor(c["attention_mask"], torch::kLong));
        EXPECT_LT(maxDiff(out.lastHiddenState, toTensor(c["last_hidden_state"], torch::kFloat)), 1e-4);
        return;
    }
    FAIL() << "no padded_batch case";
}

TEST(BertLoad, NameVariantsGiveTheSameEncoder)
{
    if (!fs::exists(kTinyBert + "/model.safetensors"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << kTinyBert;
    torch::NoGradGuard noGrad;
    auto tensors = loadSafetensors(kTinyBert + "/model.safetensors");
    ASSERT_TRUE(tensors.ok()) << tensors.error();
    // Bare BertModel names, legacy LayerNorm gamma/beta, an old position_ids buffer, no cls.*.
    TensorMap variant;
    for (const auto &[name, t] : *tensors) {
        if (name.rfind("cls.", 0) == 0)
            continue;
        std::string n = name.substr(5);
        if (n.size() > 16 && n.compare(n.size() - 16, 16, "LayerNorm.weight") == 0)
            n = n.substr(0, n.size() - 6) + "gamma";
        else if (n.size() > 14 && n.compare(n.size() - 14, 14, "LayerNorm.bias") == 0)
            n = n.substr(0, n.size() - 4) + "beta";
        variant[n] = t;
    }
    variant["embeddings.position_ids"] = torch::arange(64).unsqueeze(0);

    auto config = readBertConfig(kTinyBert + "/config.json");
    ASSERT_TRUE(config.ok());
    BertModel a(BertOptions::fromConfig(*config));
    BertModel b(BertOptions::fromConfig(*config));
    EncoderLoadReport ra, rb;
    ASSERT_TRUE(loadEncoderWeights(*a, *tensors, "model.safetensors", &ra).isOk());
    Status s = loadEncoderWeights(*b, variant, "variant.safetensors", &rb);
    ASSERT_TRUE(s.isOk()) << s.message();
    ASSERT_EQ(rb.ignoredTensors, std::vector<std::string>{"embeddings.position_ids"});
    a->eval();
    b->eval();
    auto ids = torch::tensor({{2, 10, 20, 30, 3}}, torch::kLong);
    EXPECT_TRUE(torch::equal(a->forward(ids).lastHiddenState, b->forward(ids).lastHiddenState));

    // Without a pooler: an encoder built without one loads; one that needs it names it.
    TensorMap noPooler = variant;
    noPooler.erase("pooler.dense.weight");
    noPooler.erase("pooler.dense.bias");
    Status missing = loadEncoderWeights(*b, noPooler, "variant.safetensors");
    ASSERT_FALSE(missing.isOk());
    EXPECT_NE(missing.message().find("pooler.dense.weight"), std::string::npos);
    BertConfig withoutPooler = *config;
    withoutPooler.withPooler = false;
    BertModel c(BertOptions::fromConfig(withoutPooler));
    ASSERT_TRUE(loadEncoderWeights(*c, noPooler, "variant.safetensors").isOk());
    c->eval();
    EXPECT_TRUE(torch::equal(a->forward(ids).lastHiddenState, c->forward(ids).lastHiddenState));
    EXPECT_FALSE(c->forward(ids).poolerOutput.defined());

    // Wrong shape names the tensor.
    TensorMap wrong = *tensors;
    wrong["bert.encoder.layer.1.intermediate.dense.bias"] = torch::zeros({63});
    Status bad = loadEncoderWeights(*a, wrong, "model.safetensors");
    ASSERT_FALSE(bad.isOk());
    EXPECT_NE(bad.message().find("bert.encoder.layer.1.intermediate.dense.bias"), std::string::npos);
}

TEST(BertLoad, HalfPrecisionWeightsAreWidened)
{
    if (!fs::exists(kTinyBert + "/model.safetensors"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << kTinyBert;
    torch::NoGradGuard noGrad;
    auto tensors = loadSafetensors(kTinyBert + "/model.safetensors");
    ASSERT_TRUE(tensors.ok());
    TensorMap half;
    for (const auto &[name, t] : *tensors)
        half[name] = t.to(torch::kBFloat16);
    const fs::path dir = fs::temp_directory_path() / ("mizan_bf16_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const char *f : {"config.json", "vocab.txt"})
        fs::copy_file(kTinyBert + "/" + f, dir / f, fs::copy_options::overwrite_existing);
    ASSERT_TRUE(saveSafetensors((dir / "model.safetensors").string(), half).isOk());
    auto model = loadHfBert(dir.string(), torch::kCPU);
    ASSERT_TRUE(model.ok()) << model.error();
    auto params = (*model)->named_parameters();
    EXPECT_TRUE(torch::equal(params["embeddings.word_embeddings.weight"],
                             half["bert.embeddings.word_embeddings.weight"].to(torch::kFloat)));
    fs::remove_all(dir);
}

TEST(BertModel, DropoutIsOffInEvalAndShapesFollowTheConfig)
{
    torch::manual_seed(1);
    BertConfig c = builtinSmallConfig(100);
    c.numLayers = 2;
    c.hiddenSize = 32;
    c.intermediateSize = 64;
    BertModel m(BertOptions::fromConfig(c));
    auto ids = torch::randint(5, 100, {3, 7}, torch::kLong);
    m->eval();
    auto a = m->forward(ids);
    auto b = m->forward(ids);
    EXPECT_TRUE(torch::equal(a.lastHiddenState, b.lastHiddenState));
    EXPECT_EQ(a.lastHiddenState.sizes(), (std::vector<std::int64_t>{3, 7, 32}));
    EXPECT_EQ(a.poolerOutput.sizes(), (std::vector<std::int64_t>{3, 32}));
    m->train();
    EXPECT_FALSE(torch::equal(m->forward(ids).lastHiddenState, m->forward(ids).lastHiddenState));
    EXPECT_THROW(m->forward(torch::zeros({1, 600}, torch::kLong)), std::invalid_argument);
}

// Issue 13 class 6: an encoder whose config.json has type_vocab_size 1 used for sentence pairs
// (token type 1) said so in a libtorch stack trace; now a message names the setting, and ids
// past vocab_size are refused the same way.
TEST(BertModel, PairsOnAOneTypeEncoderAndIdsPastTheVocabularyAreNamed)
{
    torch::manual_seed(1);
    BertConfig c = builtinSmallConfig(100);
    c.numLayers = 1;
    c.hiddenSize = 32;
    c.intermediateSize = 64;
    c.typeVocabSize = 1;
    BertModel m(BertOptions::fromConfig(c));
    m->eval();
    auto ids = torch::randint(5, 100, {2, 6}, torch::kLong);
    auto types = torch::zeros({2, 6}, torch::kLong);
    EXPECT_NO_THROW(m->forward(ids, types));
    types.index_put_({torch::indexing::Slice(), torch::indexing::Slice(3)}, 1);
    try {
        m->forward(ids, types);
        ADD_FAILURE() << "token type 1 on a one-type encoder was accepted";
    } catch (const std::invalid_argument &e) {
        EXPECT_NE(std::string(e.what()).find("type_vocab_size 1"), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find("Exception raised from"), std::string::npos) << e.what();
    }
    try {
        m->forward(torch::full({1, 4}, 100, torch::kLong));
        ADD_FAILURE() << "an id past vocab_size was accepted";
    } catch (const std::invalid_argument &e) {
        EXPECT_NE(std::string(e.what()).find("vocab_size"), std::string::npos) << e.what();
    }
}
