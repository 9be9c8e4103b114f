#include <gtest/gtest.h>

#include "support/testsupport.h"

#include <filesystem>
#include <functional>
#include <unistd.h>

#include "common/atomicfile.h"
#include "model/modeldir.h"
#include "model/safetensors.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

const std::string kTinyBert = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert/tiny-bert";

class ModelDirTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("mizan_modeldir_" + std::to_string(::getpid()) + "_" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    // A checkpoint folder with zero weights whose tensor names are `rename`d from the
    // canonical HF names of a 1-layer config.
    void writeFolder(const std::function<std::string(const std::string &)> &rename, bool pooler = true,
                     bool positionIds = false)
    {
        BertConfig c;
        c.vocabSize = 10;
        c.hiddenSize = 4;
        c.numLayers = 1;
        c.numHeads = 2;
        c.intermediateSize = 8;
        c.maxPositions = 16;
        c.withPooler = pooler;
        std::vector<std::string> buffers;
        std::vector<SafetensorsTensorView> views;
        for (const auto &[name, shape] : bertTensorShapes(c)) {
            std::int64_t n = 1;
            for (auto d : shape)
                n *= d;
            buffers.emplace_back(static_cast<std::size_t>(n * 4), '\0');
            views.push_back({rename(name), DType::F32, shape, {}});
        }
        buffers.emplace_back(16 * 8, '\0');
        if (positionIds)
            views.push_back({"bert.embeddings.position_ids", DType::I64, {1, 16}, {}});
        for (std::size_t i = 0; i < views.size(); ++i)
            views[i].data = buffers[i];
        auto image = serializeSafetensors(views);
        ASSERT_TRUE(image.ok()) << image.error();
        ASSERT_TRUE(writeFileAtomic((m_dir / "model.safetensors").string(), *image).isOk());
        ASSERT_TRUE(writeFileAtomic((m_dir / "config.json").string(), bertConfigToJson(c)).isOk());
        ASSERT_TRUE(writeFileAtomic((m_dir / "vocab.txt").string(), "[PAD]\n[UNK]\n").isOk());
    }

    fs::path m_dir;
};

} // namespace

TEST_F(ModelDirTest, AcceptsTheHuggingFaceFixture)
{
    if (!fs::exists(kTinyBert))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << kTinyBert;
    auto info = inspectHfBertDirectory(kTinyBert);
    ASSERT_TRUE(info.ok()) << info.error();
    EXPECT_EQ(info->config.hiddenSize, 32);
    EXPECT_EQ(info->config.numLayers, 2);
    EXPECT_TRUE(info->config.withPooler);
    EXPECT_EQ(info->ignoredTensors.size(), 7u);  // the cls.* heads
}

TEST_F(ModelDirTest, AcceptsRealCheckpointNameVariants)
{
    // no "bert." prefix, legacy gamma/beta, no pooler, a position_ids buffer
    writeFolder(
        [](const std::string &n) {
            std::string out = n;
            if (out.size() > 16 && out.compare(out.size() - 16, 16, "LayerNorm.weight") == 0)
                out = out.substr(0, out.size() - 6) + "gamma";
            else if (out.size() > 14 && out.compare(out.size() - 14, 14, "LayerNorm.bias") == 0)
                out = out.substr(0, out.size() - 4) + "beta";
            return out;
        },
        /*pooler=*/false, /*positionIds=*/true);
    auto info = inspectHfBertDirectory(m_dir.string());
    ASSERT_TRUE(info.ok()) << info.error();
    EXPECT_FALSE(info->config.withPooler);
    ASSERT_EQ(info->ignoredTensors.size(), 1u);
    EXPECT_EQ(info->ignoredTensors[0], "bert.embeddings.position_ids");
    EXPECT_EQ(*canonicalBertTensorName("bert.encoder.layer.3.output.LayerNorm.gamma"),
              "encoder.layer.3.output.LayerNorm.weight");
    EXPECT_FALSE(canonicalBertTensorName("cls.predictions.bias").has_value());
}

TEST_F(ModelDirTest, ReportsMissingTensorsByName)
{
    writeFolder([](const std::string &n) {
        return n == "encoder.layer.0.attention.self.key.weight" ? std::string("bert.unrelated") : "bert." + n;
    });
    auto info = inspectHfBertDirectory(m_dir.string());
    ASSERT_FALSE(info.ok());
    EXPECT_NE(info.error().find("encoder.layer.0.attention.self.key.weight"), std::string::npos) << info.error();
    EXPECT_NE(info.error().find("model.safetensors"), std::string::npos);
}

TEST_F(ModelDirTest, ADamagedPickleIsRefusedNamingTheFile)
{
    ASSERT_TRUE(writeFileAtomic((m_dir / "pytorch_model.bin").string(), "PK\x03\x04").isOk());
    ASSERT_TRUE(writeFileAtomic((m_dir / "config.json").string(), bertConfigToJson(BertConfig{})).isOk());
    ASSERT_TRUE(writeFileAtomic((m_dir / "vocab.txt").string(), "[PAD]\n").isOk());
    auto info = inspectHfBertDirectory(m_dir.string());
    ASSERT_FALSE(info.ok());
    EXPECT_NE(info.error().find((m_dir / "pytorch_model.bin").string()), std::string::npos) << info.error();
}

TEST_F(ModelDirTest, TensorFlowOrFlaxOnlyIsRefusedSayingWhatIsMissing)
{
    ASSERT_TRUE(writeFileAtomic((m_dir / "tf_model.h5").string(), "HDF").isOk());
    auto info = inspectHfBertDirectory(m_dir.string());
    ASSERT_FALSE(info.ok());
    EXPECT_EQ(info.status().code(), ErrorCode::Unsupported);
    EXPECT_NE(info.error().find("tf_model.h5"), std::string::npos) << info.error();
    EXPECT_NE(info.error().find("pytorch_model.bin"), std::string::npos) << info.error();
}

// The tiny BERT as MARBERT / QARiB publish it: pytorch_model.bin only; QARiB also has no
// tokenizer_config.json (Hugging Face's defaults: lower-casing).
TEST_F(ModelDirTest, APickleOnlyFolderWithoutTokenizerConfigIsAccepted)
{
    if (!fs::exists(kTinyBert + "/pytorch_model.bin"))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << kTinyBert;
    for (const char *f : {"config.json", "vocab.txt", "pytorch_model.bin"})
        fs::copy_file(kTinyBert + "/" + f, m_dir / f);
    auto info = inspectHfBertDirectory(m_dir.string());
    ASSERT_TRUE(info.ok()) << info.error();
    EXPECT_EQ(info->format, "PyTorch checkpoint");
    EXPECT_EQ(info->weightsFiles, std::vector<std::string>{(m_dir / "pytorch_model.bin").string()});
    EXPECT_FALSE(info->tokenizer.hasConfig);
    EXPECT_TRUE(info->tokenizer.lowerCase);
    EXPECT_FALSE(info->tokenizer.farasaVocab);
    EXPECT_EQ(info->config.numLayers, 2);
    EXPECT_GT(info->parameters, 10000);
    const auto notes = hfEncoderNotes(*info);
    ASSERT_FALSE(notes.empty());
    EXPECT_NE(notes.back().find("tokenizer_config.json"), std::string::npos);
    EXPECT_NE(hfEncoderSummary(*info).find("lower-cased"), std::string::npos);
}

TEST_F(ModelDirTest, ShardedIndexesAreFollowedAndCheckedToStayInTheFolder)
{
    writeFolder([](const std::string &n) { return "bert." + n; });
    fs::rename(m_dir / "model.safetensors", m_dir / "model-00001-of-00001.safetensors");
    const std::string index = (m_dir / "model.safetensors.index.json").string();
    auto header = readSafetensorsHeader((m_dir / "model-00001-of-00001.safetensors").string());
    ASSERT_TRUE(header.ok()) << header.error();
    std::string map;
    for (const auto &e : header->tensors)
        map += std::string(map.empty() ? "" : ",") + "\"" + e.name + "\": \"model-00001-of-00001.safetensors\"";
    ASSERT_TRUE(writeFileAtomic(index, "{\"metadata\": {}, \"weight_map\": {" + map + "}}").isOk());
    auto info = inspectHfBertDirectory(m_dir.string());
    ASSERT_TRUE(info.ok()) << info.error();
    EXPECT_EQ(info->format, "sharded safetensors");
    EXPECT_EQ(info->weightsFile, index);
    ASSERT_TRUE(writeFileAtomic(index, "{\"weight_map\": {\"a\": \"../elsewhere.safetensors\"}}").isOk());
    auto outside = inspectHfBertDirectory(m_dir.string());
    ASSERT_FALSE(outside.ok());
    EXPECT_NE(outside.error().find("model.safetensors.index.json"), std::string::npos) << outside.error();
}

TEST(BertConfig, ParsesTheFixtureAndRejectsBadFields)
{
    auto ok = parseBertConfig(R"({"vocab_size": 246, "hidden_size": 32, "num_hidden_layers": 2,
        "num_attention_heads": 4, "intermediate_size": 64, "hidden_act": "gelu"})", "config.json");
    ASSERT_TRUE(ok.ok()) << ok.error();
    EXPECT_EQ(ok->hiddenAct, HiddenAct::Gelu);
    auto back = parseBertConfig(bertConfigToJson(*ok), "config.json");
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->intermediateSize, 64);

    auto heads = parseBertConfig(R"({"vocab_size": 246, "hidden_size": 30, "num_hidden_layers": 2,
        "num_attention_heads": 4, "intermediate_size": 64})", "config.json");
    ASSERT_FALSE(heads.ok());
    EXPECT_NE(heads.error().find("num_attention_heads"), std::string::npos);

    auto bad = readBertConfig(std::string(MIZAN_TEST_DATA_DIR) + "/bad/model_config_trailing_comma.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("model_config_trailing_comma.json: line 4, column 1"), std::string::npos) << bad.error();
}

// Issue 13 class 5: sizes are checked against their range before anything is built from them
// (num_hidden_layers 1e9 built a billion layer names), and the message names the file and key
// without library text.
TEST(BertConfig, OutOfRangeSizesAreRefusedByKeyBeforeUse)
{
    const std::string base = R"("vocab_size": 246, "hidden_size": 32, "num_attention_heads": 4, "intermediate_size": 64)";
    for (const std::string layers : {"1000000000", "1e9", "1e400", "-1", "0", "18446744073709551615", "\"2\""}) {
        auto r = parseBertConfig("{" + base + R"(, "num_hidden_layers": )" + layers + "}", "config.json");
        ASSERT_FALSE(r.ok()) << layers;
        EXPECT_NE(r.error().find("config.json"), std::string::npos) << r.error();
        EXPECT_EQ(r.error().find("json.exception"), std::string::npos) << r.error();
        if (layers != "1e400") {  // a number past double's range is a parse error at its position
            EXPECT_NE(r.error().find("num_hidden_layers"), std::string::npos) << layers << ": " << r.error();
        }
    }
    auto huge = parseBertConfig(R"({"vocab_size": 1e12, "hidden_size": 32, "num_hidden_layers": 2,
        "num_attention_heads": 4, "intermediate_size": 64})", "config.json");
    ASSERT_FALSE(huge.ok());
    EXPECT_NE(huge.error().find("vocab_size"), std::string::npos) << huge.error();
}

TEST(HeadSpecs, RoundTripAndValidation)
{
    std::vector<HeadSpec> heads = {{"targets", HeadKind::TokenClassification, {"O", "B-T", "I-T"}, true, 0.1},
                                   {"sentiment", HeadKind::SequenceClassification, {"negative", "neutral", "positive"}, false, 0.2}};
    auto back = parseHeadSpecs(headSpecsToJson(heads), "labels.json");
    ASSERT_TRUE(back.ok()) << back.error();
    ASSERT_EQ(back->size(), 2u);
    EXPECT_EQ((*back)[0].labels, heads[0].labels);
    EXPECT_TRUE((*back)[0].crf);
    EXPECT_EQ((*back)[1].kind, HeadKind::SequenceClassification);
    EXPECT_DOUBLE_EQ((*back)[1].dropout, 0.2);
    // A multi-label head (aspect categories) is "multilabel" in labels.json; no CRF on it.
    const std::vector<HeadSpec> multi = {{"categories", HeadKind::MultiLabel, {"FOOD#QUALITY", "HOTEL#GENERAL"}}};
    EXPECT_NE(headSpecsToJson(multi).find("\"multilabel\""), std::string::npos);
    auto multiBack = parseHeadSpecs(headSpecsToJson(multi), "labels.json");
    ASSERT_TRUE(multiBack.ok()) << multiBack.error();
    EXPECT_EQ((*multiBack)[0].kind, HeadKind::MultiLabel);
    EXPECT_EQ((*multiBack)[0].labels, multi[0].labels);
    EXPECT_FALSE(validateHeadSpec({"c", HeadKind::MultiLabel, {"a", "b"}, true}).empty());

    auto bad = readFile(std::string(MIZAN_TEST_DATA_DIR) + "/bad/model_labels_unknown_kind.json");
    ASSERT_TRUE(bad.ok());
    auto r = parseHeadSpecs(*bad, "model_labels_unknown_kind.json");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("tasks[1]"), std::string::npos) << r.error();
    EXPECT_FALSE(validateHeadSpec({"a.b", HeadKind::TokenClassification, {"O", "B-X"}}).empty());
    EXPECT_FALSE(validateHeadSpec({"s", HeadKind::SequenceClassification, {"a", "b"}, true}).empty());
}
