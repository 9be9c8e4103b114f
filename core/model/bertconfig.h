#pragma once
// The shape of a BERT encoder, read from and written to Hugging Face's config.json. Torch-free
// so the ui can show what a checkpoint is without loading it.
#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"

namespace mizan {

enum class HiddenAct {
    Gelu,      // exact erf GELU: HF "gelu"
    GeluTanh,  // tanh approximation: HF "gelu_new", "gelu_pytorch_tanh"
    Relu,
};

struct BertConfig {
    std::int64_t vocabSize = 16000;
    std::int64_t hiddenSize = 256;
    std::int64_t numLayers = 4;
    std::int64_t numHeads = 4;
    std::int64_t intermediateSize = 1024;
    std::int64_t maxPositions = 512;
    std::int64_t typeVocabSize = 2;
    double layerNormEps = 1e-12;
    double hiddenDropout = 0.1;
    double attentionDropout = 0.1;
    double initializerRange = 0.02;
    std::int64_t padTokenId = 0;
    HiddenAct hiddenAct = HiddenAct::Gelu;
    bool withPooler = true;  // not in HF's config.json: whether the weights carry a pooler
    // Mizan extension, not part of HF's BertModel (kept outside "bert.*" in the weights):
    // hashed character n-grams of each token's word, summed in an EmbeddingBag of
    // charNgramBuckets x charNgramDim, projected to the hidden size and added to the token
    // embeddings before the embedding LayerNorm. 0 buckets: none. Stored in config.json as
    // "mizan_char_ngram_buckets" / "mizan_char_ngram_dim".
    std::int64_t charNgramBuckets = 0;
    std::int64_t charNgramDim = 0;
};

// The feature set the n-gram bags are hashed from (tasks/charngrams.cpp), written to
// config.json as "mizan_char_ngram_features": a model whose bags were built differently is
// refused instead of silently reading other features. Change it whenever the features change.
constexpr const char *kCharNgramFeatureSet = "piece-word-unit-1";

// The built-in small encoder trained from scratch: 4 layers, hidden 256, 4 heads, FFN 1024.
BertConfig builtinSmallConfig(std::int64_t vocabSize);

// Parses a Hugging Face BERT config.json. Fails with ParseError naming `fileName`, line and
// column for malformed JSON, or the field and what was expected (positive sizes, hidden size
// divisible by the head count, a known hidden_act, absolute position embeddings).
Result<BertConfig> parseBertConfig(std::string_view json, const std::string &fileName);

// Reads and parses the config.json at `path` (IoError when unreadable).
Result<BertConfig> readBertConfig(const std::string &path);

// config.json text in Hugging Face's format (model_type "bert", the given architecture).
std::string bertConfigToJson(const BertConfig &config, const std::string &architecture = "BertModel");

} // namespace mizan
