#pragma once
// BERT encoder as libtorch modules. INTERNAL to core: includes <torch/torch.h>, so ui/ must
// never include it (ui uses bertconfig.h / modeldir.h). Submodules are registered under
// Hugging Face's names, so named_parameters() reads "embeddings.word_embeddings.weight",
// "encoder.layer.0.attention.self.query.weight", ... and loading/exporting HF weights is a
// rename-free copy.
#include <torch/torch.h>

#include <vector>

#include "model/bertconfig.h"

namespace mizan {

struct BertOptions {
    BertOptions(std::int64_t vocabSize, std::int64_t hiddenSize, std::int64_t numLayers,
                std::int64_t numHeads, std::int64_t intermediateSize);
    static BertOptions fromConfig(const BertConfig &config);

    TORCH_ARG(std::int64_t, vocab_size);
    TORCH_ARG(std::int64_t, hidden_size);
    TORCH_ARG(std::int64_t, num_layers);
    TORCH_ARG(std::int64_t, num_heads);
    TORCH_ARG(std::int64_t, intermediate_size);
    TORCH_ARG(std::int64_t, max_positions) = 512;
    TORCH_ARG(std::int64_t, type_vocab_size) = 2;
    TORCH_ARG(double, layer_norm_eps) = 1e-12;
    TORCH_ARG(double, hidden_dropout) = 0.1;
    TORCH_ARG(double, attention_dropout) = 0.1;
    TORCH_ARG(double, initializer_range) = 0.02;
    TORCH_ARG(std::int64_t, pad_token_id) = 0;
    TORCH_ARG(HiddenAct, hidden_act) = HiddenAct::Gelu;
    TORCH_ARG(bool, with_pooler) = true;
    // false: the parameters are allocated but not initialised, for a loader that fills every
    // one of them next (a BERT-base is never drawn at random just to be overwritten).
    TORCH_ARG(bool, init_weights) = true;
};

// y = x W^T + b, computed as torch::nn::Linear computes it, but the constructor only allocates
// the parameters: BertModelImpl::resetParameters() initialises them, or a loader fills them.
class BertDenseImpl : public torch::nn::Module {
public:
    BertDenseImpl(std::int64_t inFeatures, std::int64_t outFeatures);
    torch::Tensor forward(const torch::Tensor &x) { return torch::linear(x, weight, bias); }
    // torch::nn::Linear's own initialisation (Kaiming-uniform weight, uniform bias).
    void resetDefault();

    torch::Tensor weight, bias;
};
TORCH_MODULE(BertDense);

// An embedding table looked up as torch::nn::Embedding does (no padding index, no max norm),
// allocated only, like BertDense.
class BertEmbeddingTableImpl : public torch::nn::Module {
public:
    BertEmbeddingTableImpl(std::int64_t count, std::int64_t dim);
    torch::Tensor forward(const torch::Tensor &ids) { return torch::embedding(weight, ids); }

    torch::Tensor weight;
};
TORCH_MODULE(BertEmbeddingTable);

// word + position + token-type embeddings, LayerNorm, dropout.
class BertEmbeddingsImpl : public torch::nn::Module {
public:
    explicit BertEmbeddingsImpl(const BertOptions &options);
    // inputIds, tokenTypeIds: [B, T] int64 -> [B, T, hidden]. `extra` [B, T, hidden], when
    // defined, is added to the sum before the LayerNorm (Mizan's character n-gram embeddings).
    torch::Tensor forward(const torch::Tensor &inputIds, const torch::Tensor &tokenTypeIds,
                          const torch::Tensor &extra = {});

    BertEmbeddingTable wordEmbeddings{nullptr}, positionEmbeddings{nullptr}, tokenTypeEmbeddings{nullptr};
    torch::nn::LayerNorm layerNorm{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(BertEmbeddings);

// Multi-head self-attention (query/key/value) with an additive mask; eager math as HF's
// BertSelfAttention.
class BertSelfAttentionImpl : public torch::nn::Module {
public:
    explicit BertSelfAttentionImpl(const BertOptions &options);
    // x [B, T, H], additiveMask [B, 1, 1, T] (0 for real tokens, a large negative for padding)
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &additiveMask);

    BertDense query{nullptr}, key{nullptr}, value{nullptr};
    torch::nn::Dropout dropout{nullptr};
    std::int64_t numHeads = 0;
    std::int64_t headDim = 0;
};
TORCH_MODULE(BertSelfAttention);

// dense -> dropout -> LayerNorm(x + residual): HF's BertSelfOutput and BertOutput.
class BertResidualOutputImpl : public torch::nn::Module {
public:
    BertResidualOutputImpl(std::int64_t inFeatures, const BertOptions &options);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &residual);

    BertDense dense{nullptr};
    torch::nn::LayerNorm layerNorm{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(BertResidualOutput);

class BertAttentionImpl : public torch::nn::Module {
public:
    explicit BertAttentionImpl(const BertOptions &options);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &additiveMask);

    BertSelfAttention self{nullptr};
    BertResidualOutput output{nullptr};
};
TORCH_MODULE(BertAttention);

// dense -> activation (the feed-forward's first half).
class BertIntermediateImpl : public torch::nn::Module {
public:
    explicit BertIntermediateImpl(const BertOptions &options);
    torch::Tensor forward(const torch::Tensor &x);

    BertDense dense{nullptr};
    HiddenAct act = HiddenAct::Gelu;
};
TORCH_MODULE(BertIntermediate);

// One post-LN transformer layer.
class BertLayerImpl : public torch::nn::Module {
public:
    explicit BertLayerImpl(const BertOptions &options);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &additiveMask);

    BertAttention attention{nullptr};
    BertIntermediate intermediate{nullptr};
    BertResidualOutput output{nullptr};
};
TORCH_MODULE(BertLayer);

struct BertOutput {
    torch::Tensor lastHiddenState;            // [B, T, H]
    torch::Tensor poolerOutput;               // [B, H]; undefined without a pooler
    std::vector<torch::Tensor> hiddenStates;  // embeddings + each layer, only when asked
};

class BertModelImpl : public torch::nn::Module {
public:
    explicit BertModelImpl(const BertOptions &options);

    // inputIds [B, T] int64; tokenTypeIds and attentionMask [B, T] (undefined = zeros / ones).
    // Throws c10::Error / std::invalid_argument on bad shapes or T > max_positions, and, for
    // ids on the CPU, on ids past the tables (ids on a GPU are the caller's to check with
    // checkIds(), from host-side maxima: asking the device would wait for it).
    // extraEmbeddings [B, T, H] (optional) is added to the input embeddings before their
    // LayerNorm; HF's BertModel has no such input.
    BertOutput forward(const torch::Tensor &inputIds, const torch::Tensor &tokenTypeIds = {},
                       const torch::Tensor &attentionMask = {}, bool allHiddenStates = false,
                       const torch::Tensor &extraEmbeddings = {});

    // HF's initialisation: normal(0, initializer_range) weights, zero biases, unit LayerNorm,
    // zero [PAD] embedding row. Called by the constructor unless options.init_weights() is
    // false. It first draws libtorch's default initialisation of each Linear and Embedding in
    // construction order, so a given seed gives the weights (and later random numbers) it gave
    // when these were torch::nn modules.
    void resetParameters();

    // Throws std::invalid_argument when the largest token id / token type (-1: none) is past
    // vocab_size / type_vocab_size, saying what is wrong in the user's words.
    void checkIds(std::int64_t maxInputId, std::int64_t maxTokenType) const;

    const BertOptions &options() const { return m_options; }
    bool hasPooler() const { return !poolerDense.is_empty(); }

    BertEmbeddings embeddings{nullptr};
    torch::nn::ModuleList layers{nullptr};     // registered as "encoder.layer"
    BertDense poolerDense{nullptr};            // registered as "pooler.dense"

private:
    BertOptions m_options;
};
TORCH_MODULE(BertModel);

// Additive attention mask [B, 1, 1, T] from a [B, T] 0/1 mask, as HF: (1 - mask) * lowest.
torch::Tensor additiveAttentionMask(const torch::Tensor &attentionMask, torch::ScalarType dtype);

} // namespace mizan
