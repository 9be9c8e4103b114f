#include "model/bert.h"

#include <limits>
#include <stdexcept>

namespace mizan {

BertOptions::BertOptions(std::int64_t vocabSize, std::int64_t hiddenSize, std::int64_t numLayers,
                         std::int64_t numHeads, std::int64_t intermediateSize)
    : vocab_size_(vocabSize), hidden_size_(hiddenSize), num_layers_(numLayers), num_heads_(numHeads),
      intermediate_size_(intermediateSize)
{
}

BertOptions BertOptions::fromConfig(const BertConfig &c)
{
    return BertOptions(c.vocabSize, c.hiddenSize, c.numLayers, c.numHeads, c.intermediateSize)
        .max_positions(c.maxPositions)
        .type_vocab_size(c.typeVocabSize)
        .layer_norm_eps(c.layerNormEps)
        .hidden_dropout(c.hiddenDropout)
        .attention_dropout(c.attentionDropout)
        .initializer_range(c.initializerRange)
        .pad_token_id(c.padTokenId)
        .hidden_act(c.hiddenAct)
        .with_pooler(c.withPooler);
}

namespace {

torch::nn::LayerNorm makeLayerNorm(const BertOptions &o)
{
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({o.hidden_size()}).eps(o.layer_norm_eps()));
}

} // namespace

BertDenseImpl::BertDenseImpl(std::int64_t inFeatures, std::int64_t outFeatures)
{
    weight = register_parameter("weight", torch::empty({outFeatures, inFeatures}));
    bias = register_parameter("bias", torch::empty({outFeatures}));
}

void BertDenseImpl::resetDefault()
{
    torch::NoGradGuard noGrad;
    torch::nn::init::kaiming_uniform_(weight, std::sqrt(5.0));
    const double bound = 1.0 / std::sqrt(static_cast<double>(weight.size(1)));
    torch::nn::init::uniform_(bias, -bound, bound);
}

BertEmbeddingTableImpl::BertEmbeddingTableImpl(std::int64_t count, std::int64_t dim)
{
    weight = register_parameter("weight", torch::empty({count, dim}));
}

BertEmbeddingsImpl::BertEmbeddingsImpl(const BertOptions &o)
{
    wordEmbeddings = register_module("word_embeddings", BertEmbeddingTable(o.vocab_size(), o.hidden_size()));
    positionEmbeddings =
        register_module("position_embeddings", BertEmbeddingTable(o.max_positions(), o.hidden_size()));
    tokenTypeEmbeddings =
        register_module("token_type_embeddings", BertEmbeddingTable(o.type_vocab_size(), o.hidden_size()));
    layerNorm = register_module("LayerNorm", makeLayerNorm(o));
    dropout = register_module("dropout", torch::nn::Dropout(o.hidden_dropout()));
}

torch::Tensor BertEmbeddingsImpl::forward(const torch::Tensor &inputIds, const torch::Tensor &tokenTypeIds,
                                          const torch::Tensor &extra)
{
    const auto seqLen = inputIds.size(1);
    auto positions = torch::arange(seqLen, inputIds.options().dtype(torch::kLong)).unsqueeze(0);
    auto x = wordEmbeddings(inputIds) + tokenTypeEmbeddings(tokenTypeIds) + positionEmbeddings(positions);
    if (extra.defined())
        x = x + extra;
    return dropout(layerNorm(x));
}

BertSelfAttentionImpl::BertSelfAttentionImpl(const BertOptions &o)
    : numHeads(o.num_heads()), headDim(o.hidden_size() / o.num_heads())
{
    if (o.hidden_size() % o.num_heads() != 0)
        throw std::invalid_argument("BERT: hidden size must be a multiple of the head count");
    query = register_module("query", BertDense(o.hidden_size(), o.hidden_size()));
    key = register_module("key", BertDense(o.hidden_size(), o.hidden_size()));
    value = register_module("value", BertDense(o.hidden_size(), o.hidden_size()));
    dropout = register_module("dropout", torch::nn::Dropout(o.attention_dropout()));
}

torch::Tensor BertSelfAttentionImpl::forward(const torch::Tensor &x, const torch::Tensor &additiveMask)
{
    const auto b = x.size(0);
    const auto t = x.size(1);
    auto split = [&](const torch::Tensor &y) { return y.view({b, t, numHeads, headDim}).transpose(1, 2); };
    auto q = split(query(x));
    auto k = split(key(x));
    auto v = split(value(x));
    // Same order of operations as HF's eager attention: scores / sqrt(d), then the mask.
    auto scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(static_cast<double>(headDim));
    if (additiveMask.defined())
        scores = scores + additiveMask;
    auto probs = dropout(torch::softmax(scores, -1));
    auto context = torch::matmul(probs, v);
    return context.transpose(1, 2).contiguous().view({b, t, numHeads * headDim});
}

BertResidualOutputImpl::BertResidualOutputImpl(std::int64_t inFeatures, const BertOptions &o)
{
    dense = register_module("dense", BertDense(inFeatures, o.hidden_size()));
    layerNorm = register_module("LayerNorm", makeLayerNorm(o));
    dropout = register_module("dropout", torch::nn::Dropout(o.hidden_dropout()));
}

torch::Tensor BertResidualOutputImpl::forward(const torch::Tensor &x, const torch::Tensor &residual)
{
    return layerNorm(dropout(dense(x)) + residual);
}

BertAttentionImpl::BertAttentionImpl(const BertOptions &o)
{
    self = register_module("self", BertSelfAttention(o));
    output = register_module("output", BertResidualOutput(o.hidden_size(), o));
}

torch::Tensor BertAttentionImpl::forward(const torch::Tensor &x, const torch::Tensor &additiveMask)
{
    return output(self(x, additiveMask), x);
}

BertIntermediateImpl::BertIntermediateImpl(const BertOptions &o) : act(o.hidden_act())
{
    dense = register_module("dense", BertDense(o.hidden_size(), o.intermediate_size()));
}

torch::Tensor BertIntermediateImpl::forward(const torch::Tensor &x)
{
    auto y = dense(x);
    switch (act) {
    case HiddenAct::Gelu:
        return torch::gelu(y);  // exact erf form ("none" approximation)
    case HiddenAct::GeluTanh:
        return torch::gelu(y, "tanh");
    case HiddenAct::Relu:
        return torch::relu(y);
    }
    return y;
}

BertLayerImpl::BertLayerImpl(const BertOptions &o)
{
    attention = register_module("attention", BertAttention(o));
    intermediate = register_module("intermediate", BertIntermediate(o));
    output = register_module("output", BertResidualOutput(o.intermediate_size(), o));
}

torch::Tensor BertLayerImpl::forward(const torch::Tensor &x, const torch::Tensor &additiveMask)
{
    auto a = attention(x, additiveMask);
    return output(intermediate(a), a);
}

BertModelImpl::BertModelImpl(const BertOptions &options) : m_options(options)
{
    if (options.vocab_size() <= 0 || options.hidden_size() <= 0 || options.num_layers() <= 0 ||
        options.num_heads() <= 0 || options.intermediate_size() <= 0)
        throw std::invalid_argument("BERT: sizes must be positive");
    embeddings = register_module("embeddings", BertEmbeddings(options));
    // HF nests the layers as encoder.layer.N and the pooler as pooler.dense; plain holder
    // modules reproduce those names so weights map one to one.
    auto encoder = std::make_shared<torch::nn::Module>();
    layers = torch::nn::ModuleList();
    for (std::int64_t i = 0; i < options.num_layers(); ++i)
        layers->push_back(BertLayer(options));
    encoder->register_module("layer", layers);
    register_module("encoder", encoder);
    if (options.with_pooler()) {
        auto pooler = std::make_shared<torch::nn::Module>();
        poolerDense = pooler->register_module("dense", BertDense(options.hidden_size(), options.hidden_size()));
        register_module("pooler", pooler);
    }
    if (options.init_weights())
        resetParameters();
}

void BertModelImpl::resetParameters()
{
    torch::NoGradGuard noGrad;
    const double sigma = m_options.initializer_range();
    const auto all = modules(/*include_self=*/false);
    for (auto &m : all) {
        if (auto *linear = m->as<BertDense>())
            linear->resetDefault();
        else if (auto *embedding = m->as<BertEmbeddingTable>())
            torch::nn::init::normal_(embedding->weight);
    }
    for (auto &m : all) {
        if (auto *linear = m->as<BertDense>()) {
            linear->weight.normal_(0.0, sigma);
            linear->bias.zero_();
        } else if (auto *embedding = m->as<BertEmbeddingTable>()) {
            embedding->weight.normal_(0.0, sigma);
        } else if (auto *norm = m->as<torch::nn::LayerNorm>()) {
            norm->weight.fill_(1.0);
            norm->bias.zero_();
        }
    }
    const auto pad = m_options.pad_token_id();
    if (pad >= 0 && pad < m_options.vocab_size())
        embeddings->wordEmbeddings->weight[pad].zero_();
}

torch::Tensor additiveAttentionMask(const torch::Tensor &attentionMask, torch::ScalarType dtype)
{
    auto m = attentionMask.to(dtype).unsqueeze(1).unsqueeze(2);
    const double lowest = dtype == torch::kDouble ? std::numeric_limits<double>::lowest()
                          : dtype == torch::kHalf ? -65504.0
                                                  : static_cast<double>(std::numeric_limits<float>::lowest());
    return (1.0 - m) * lowest;
}

void BertModelImpl::checkIds(std::int64_t maxInputId, std::int64_t maxTokenType) const
{
    if (maxInputId >= m_options.vocab_size())
        throw std::invalid_argument("a token id is past vocab_size (" + std::to_string(m_options.vocab_size()) +
                                    ") of config.json: the vocabulary does not belong to this encoder");
    if (maxTokenType >= m_options.type_vocab_size())
        throw std::invalid_argument("this encoder's config.json has type_vocab_size " +
                                    std::to_string(m_options.type_vocab_size()) +
                                    ", so it cannot encode sentence pairs (the second sentence has token type 1); "
                                    "use an encoder with type_vocab_size >= 2");
}

BertOutput BertModelImpl::forward(const torch::Tensor &inputIds, const torch::Tensor &tokenTypeIds,
                                  const torch::Tensor &attentionMask, bool allHiddenStates,
                                  const torch::Tensor &extraEmbeddings)
{
    if (inputIds.dim() != 2)
        throw std::invalid_argument("BERT: input_ids must be [batch, sequence]");
    if (inputIds.size(1) > m_options.max_positions())
        throw std::invalid_argument("BERT: sequence of " + std::to_string(inputIds.size(1)) +
                                    " tokens is longer than max_position_embeddings (" +
                                    std::to_string(m_options.max_positions()) + ")");
    // Ids past an embedding table would end in a libtorch index error: say what is wrong.
    if (inputIds.is_cpu())
        checkIds(inputIds.numel() > 0 ? inputIds.max().item<std::int64_t>() : -1,
                 tokenTypeIds.defined() && tokenTypeIds.numel() > 0 ? tokenTypeIds.max().item<std::int64_t>() : -1);
    auto types = tokenTypeIds.defined() ? tokenTypeIds : torch::zeros_like(inputIds);
    BertOutput out;
    auto x = embeddings(inputIds, types, extraEmbeddings);
    torch::Tensor mask;
    if (attentionMask.defined())
        mask = additiveAttentionMask(attentionMask, x.scalar_type());
    if (allHiddenStates)
        out.hiddenStates.push_back(x);
    for (const auto &layer : *layers) {
        x = layer->as<BertLayer>()->forward(x, mask);
        if (allHiddenStates)
            out.hiddenStates.push_back(x);
    }
    out.lastHiddenState = x;
    if (hasPooler())
        out.poolerOutput = torch::tanh(poolerDense(x.select(1, 0)));
    return out;
}

} // namespace mizan
