// The built-in encoder's word-piece embeddings started from word vectors (vectorinit.h):
// vectors learned from the tiny corpus in a second; the rows are the vectors (centred, at the
// random initialisation's scale), the trainer starts from them, records their checksum, and
// the trained model answers with the vectors folder gone; bad vectors are refused by name.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "baseline/vectorfeatures.h"
#include "baseline/baselineeval.h"
#include "corpus/corpusfiles.h"
#include "model/checkpoint.h"
#include "predict/predictor.h"
#include "train/jobguard.h"
#include "train/vectorinit.h"
#include "vectors/wordvectors.h"
#include "tinytraining.h"

namespace mizan {
namespace {

namespace fs = std::filesystem;
using test::freshDir;
using test::tinyParams;

// Vectors of `dim` dimensions learned from the tiny corpus (with `normalisation` recorded).
std::string tinyVectors(const std::string &name, int dim,
                        const std::string &normalisation = baseline::kVectorNormalisation)
{
    auto corpora = importCorpora({test::tinyCorpus()});
    EXPECT_TRUE(corpora.ok()) << corpora.error();
    std::vector<std::string> lines;
    for (const Sentence *s : corpusSentences(corpora->front()))
        lines.push_back(baseline::vectorText(s->text));
    WordVectorOptions o;
    o.dim = dim;
    o.epoch = 3;
    o.minCount = 1;
    o.buckets = 5000;
    o.threads = 1;
    o.sampling = 1.0;
    o.normalisation = normalisation;
    const std::string dir = freshDir(name);
    auto trained = WordVectors::train(lines, o, dir);
    EXPECT_TRUE(trained.ok()) << trained.error();
    return dir;
}

struct TinyEncoder {
    std::unique_ptr<WordPieceTokenizer> tokenizer;
    MultitaskModel model{nullptr};
};

TinyEncoder tinyEncoder(std::int64_t hidden)
{
    const std::string vocabDir = freshDir("vocab");
    auto text = readFile(test::tinyCorpus());
    test::writeCharVocab(vocabDir, text ? *text : std::string());
    auto tok = WordPieceTokenizer::fromDirectory(vocabDir);
    EXPECT_TRUE(tok.ok()) << tok.error();
    TinyEncoder e;
    e.tokenizer = std::make_unique<WordPieceTokenizer>(std::move(*tok));
    BertConfig c = builtinSmallConfig(std::int64_t(e.tokenizer->vocab().size()));
    c.numLayers = 1;
    c.hiddenSize = hidden;
    c.numHeads = 2;
    c.intermediateSize = 64;
    c.padTokenId = e.tokenizer->padId();
    HeadSpec h;
    h.task = "sentiment";
    h.kind = HeadKind::SequenceClassification;
    h.labels = {"negative", "positive"};
    torch::manual_seed(3);
    e.model = MultitaskModel(c, std::vector<HeadSpec>{h});
    return e;
}

torch::Tensor row(const TinyEncoder &e, const std::string &piece)
{
    return e.model->bert->embeddings->wordEmbeddings->weight[*e.tokenizer->vocab().find(piece)].to(torch::kDouble);
}

// The vector of a piece as the initialisation looks it up: the piece as the baseline's word
// (its normalisation: ة is folded to ه).
torch::Tensor vec(const WordVectors &v, const std::string &piece)
{
    const std::vector<float> x = v.vector(baseline::vectorText(piece));
    return torch::tensor(std::vector<double>(x.begin(), x.end()), torch::kDouble);
}

double cosine(const torch::Tensor &a, const torch::Tensor &b)
{
    return (a.dot(b) / (a.norm() * b.norm())).item<double>();
}

TEST(VectorInit, RowsAreTheCentredVectorsAtTheRandomScale)
{
    const std::string dir = tinyVectors("vectors32", 32);
    auto vectors = WordVectors::load(dir);
    ASSERT_TRUE(vectors.ok()) << vectors.error();
    TinyEncoder e = tinyEncoder(32);
    const torch::Tensor cls = row(e, "[CLS]").clone();
    const torch::Tensor before = row(e, "ف").clone();
    const EmbeddingInit done = initEmbeddingsFromVectors(dir, *e.tokenizer, e.model, 0.02);
    EXPECT_EQ(done.sha256, vectors->checksum());
    EXPECT_EQ(done.vectorDim, 32);
    EXPECT_GT(done.pieces, 50u);
    EXPECT_EQ(done.pieces + done.skipped, e.tokenizer->vocab().size());
    // Each row is k * (vector - mean): differences of rows are differences of vectors.
    for (const auto &[a, b] : {std::pair<std::string, std::string>{"ف", "ن"}, {"ا", "ل"}, {"ة", "م"}})
        EXPECT_GT(cosine(row(e, a) - row(e, b), vec(*vectors, a) - vec(*vectors, b)), 0.9999) << a << " " << b;
    EXPECT_FALSE(torch::allclose(row(e, "ف"), before));
    // A continuation piece is the piece's letters as a word.
    EXPECT_TRUE(torch::allclose(row(e, "##ف"), row(e, "ف")));
    // Special tokens keep their rows; the scale is the random initialisation's.
    EXPECT_TRUE(torch::equal(row(e, "[CLS]"), cls));
    EXPECT_EQ(row(e, "[PAD]").abs().sum().item<double>(), 0.0);
    std::vector<torch::Tensor> set;
    for (const std::string &p : e.tokenizer->vocab().tokens())
        if (p.front() != '[' && !baseline::vectorText(p.rfind("##", 0) == 0 ? p.substr(2) : p).empty())
            set.push_back(row(e, p));
    EXPECT_NEAR(torch::stack(set).std().item<double>(), 0.02, 1e-4);
}

TEST(VectorInit, OtherSizesGoThroughAFixedProjection)
{
    const std::string dir = tinyVectors("vectors8", 8);
    TinyEncoder a = tinyEncoder(32), b = tinyEncoder(32);
    torch::manual_seed(99);  // the projection does not depend on torch's generator
    const EmbeddingInit done = initEmbeddingsFromVectors(dir, *a.tokenizer, a.model, 0.05);
    initEmbeddingsFromVectors(dir, *b.tokenizer, b.model, 0.05);
    EXPECT_EQ(done.vectorDim, 8);
    EXPECT_TRUE(torch::allclose(row(a, "ف"), row(b, "ف")));
    // 8 directions spread over 32 dimensions: the rows lie in an 8-dimensional subspace.
    std::vector<torch::Tensor> set;
    for (const char *p : {"ف", "ن", "ا", "ل", "ة", "م", "ي", "و", "ب", "ت", "ر", "د"})
        set.push_back(row(a, p));
    EXPECT_EQ(torch::linalg_matrix_rank(torch::stack(set), 1e-6).item<std::int64_t>(), 8);
}

TEST(VectorInit, RefusesVectorsThatFailTheirChecksumOrNormalisation)
{
    TinyEncoder e = tinyEncoder(8);
    const std::string other = tinyVectors("vectors-other", 8, "something-else");
    try {
        initEmbeddingsFromVectors(other, *e.tokenizer, e.model, 0.02);
        ADD_FAILURE() << "accepted vectors of another normalisation";
    } catch (const JobError &err) {
        EXPECT_NE(std::string(err.what()).find("something-else"), std::string::npos) << err.what();
    }
    const std::string bad = tinyVectors("vectors-bad", 8);
    std::ofstream(bad + "/vectors.bin", std::ios::app | std::ios::binary) << "x";
    try {
        initEmbeddingsFromVectors(bad, *e.tokenizer, e.model, 0.02);
        ADD_FAILURE() << "accepted a vectors.bin that is not the one vectors.json describes";
    } catch (const JobError &err) {
        EXPECT_NE(std::string(err.what()).find("vectors.bin"), std::string::npos) << err.what();
    }
}

TEST(VectorInit, TheTrainerStartsFromTheVectors)
{
    const std::string dir = tinyVectors("vectors-run", 32);
    TrainParams params = tinyParams(freshDir("vector-start"));
    params.preset.initVectors = dir;
    params.preset.initVectorsStd = 0.1;  // not the random initialisation's 0.02
    params.preset.encoderLr = 1e-9;  // one step that moves nothing: the saved rows are the start
    params.maxSteps = 1;
    auto r = Trainer(params).run();
    ASSERT_TRUE(r.ok()) << r.error();
    auto loaded = loadCheckpoint(r->modelDir, torch::kCPU);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    auto tok = WordPieceTokenizer::fromDirectory(r->modelDir);
    ASSERT_TRUE(tok.ok()) << tok.error();
    const torch::Tensor saved = loaded->model->bert->embeddings->wordEmbeddings->weight.clone();
    initEmbeddingsFromVectors(dir, *tok, loaded->model, 0.1);
    EXPECT_TRUE(torch::allclose(saved, loaded->model->bert->embeddings->wordEmbeddings->weight, 0, 1e-6));
}

TEST(VectorInit, TheTrainedModelAnswersWithoutTheVectors)
{
    const std::string dir = tinyVectors("vectors-gone", 32);
    const std::string sha = WordVectors::load(dir)->checksum();
    TrainParams params = tinyParams(freshDir("vector-model"));
    params.preset.initVectors = dir;
    auto r = Trainer(params).run();
    ASSERT_TRUE(r.ok()) << r.error();
    fs::remove_all(dir);
    const auto training = nlohmann::json::parse(*readFile(r->modelDir + "/training.json"));
    EXPECT_EQ(training.value("init_vectors_sha256", ""), sha);
    EXPECT_EQ(training["preset"].value("init_vectors", ""), dir);
    auto predictor = Predictor::load(r->modelDir);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto p = (*predictor)->predict("الغرفة نظيفة والخدمة سيئة", {{0, 6}});
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_EQ(p->targets.size(), 1u);
    EXPECT_FALSE(p->targets[0].polarity.empty());
}

TEST(VectorInit, TheTrainerRefusesMissingVectorsByName)
{
    TrainParams params = tinyParams(freshDir("vector-missing"));
    params.preset.initVectors = freshDir("no-such-vectors") + "/absent";
    auto r = Trainer(params).run();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("init_vectors"), std::string::npos) << r.error();
    EXPECT_NE(r.error().find("absent"), std::string::npos) << r.error();
}

} // namespace
} // namespace mizan
