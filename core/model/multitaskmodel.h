#pragma once
// One shared BERT encoder and a set of named task heads. INTERNAL to core (torch): the trainer,
// the predictor and tests use it; ui talks to them through torch-free headers.
#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

#include "model/bert.h"
#include "model/headspec.h"
#include "model/heads.h"

namespace mizan {

// One batch of one task. All tensors on the model's device.
struct Batch {
    torch::Tensor inputIds;       // [B, T] int64
    torch::Tensor tokenTypeIds;   // [B, T] int64 (undefined = zeros)
    torch::Tensor attentionMask;  // [B, T] int64/bool, 1 = real token (undefined = all real)
    torch::Tensor labels;         // token task [B, T] / sequence task [B], kIgnoreLabel = skip;
                                  // multi-label task [B, L] 0/1 (binary cross-entropy);
                                  // undefined when only predicting
    // Character n-gram bags (models whose config has charNgramBuckets > 0): the bucket ids of
    // all positions flattened [N] int64, and the start of each position's bag in them
    // [B * T] int64 (row-major); padding and special positions have empty bags.
    torch::Tensor ngramIds;
    torch::Tensor ngramOffsets;

    // What collate() knew on the host before the upload, so that nothing has to ask the
    // device (-1 = unknown): attention-mask ones, the largest token id and token type.
    std::int64_t tokens = -1;
    std::int64_t maxInputId = -1;
    std::int64_t maxTokenType = -1;

    // A copy with every defined tensor moved to `device` (through pinned memory, not waited
    // for, when that is a GPU), the host-side facts kept.
    Batch to(const torch::Device &device) const;
};

// A host tensor on `device`. For a GPU it is staged in pinned (page-locked) memory and the
// copy is not waited for (the stream orders it before any use; the caching host allocator
// keeps the staging buffer until the copy is done), so the CPU goes on preparing the next
// batch. For the CPU: `host` itself when it owns its memory, else a copy (a tensor over a
// caller's buffer, from_blob, must not outlive it).
torch::Tensor upload(const torch::Tensor &host, const torch::Device &device, bool ownsMemory = true);

struct TaskOutput {
    torch::Tensor logits;  // token task [B, T, L]; sequence task [B, L]
    torch::Tensor loss;    // scalar; undefined when batch.labels is undefined
};

class MultitaskModelImpl : public torch::nn::Module {
public:
    // Builds the encoder from `config` (random HF-style initialisation) and one head per spec.
    // initEncoder false: the encoder's parameters are allocated but left for the caller to
    // fill (loading weights); the heads and n-gram tables are initialised either way.
    // Throws std::invalid_argument when a spec is invalid or two share a task name.
    MultitaskModelImpl(const BertConfig &config, std::vector<HeadSpec> heads, bool initEncoder = true);

    // Runs the encoder and the head of `task`. Throws std::invalid_argument for an unknown task.
    TaskOutput forward(const Batch &batch, const std::string &task);

    // Token task: label ids at the `positions` [B, T] (true = first sub-token of a word), one
    // vector per row (Viterbi when the head has a CRF). Sequence task: argmax per row (one
    // element each; `positions` is ignored). Multi-label task: the labels whose sigmoid
    // reaches 0.5, per row.
    std::vector<std::vector<std::int64_t>> decode(const TaskOutput &output, const std::string &task,
                                                  const torch::Tensor &positions = {}) const;

    // Token task: label probabilities at the `positions`, [B, W, L] float on the CPU,
    // left-aligned like decode() (CRF marginals when the head has a CRF, else the softmax).
    // Throws std::invalid_argument for a task that is not a token task.
    torch::Tensor tagMarginals(const TaskOutput &output, const std::string &task,
                               const torch::Tensor &positions) const;

    const BertConfig &config() const { return m_config; }
    const std::vector<HeadSpec> &headSpecs() const { return m_specs; }
    // Throws std::invalid_argument for an unknown task.
    const HeadSpec &headSpec(const std::string &task) const;
    bool hasTask(const std::string &task) const;

    // A multi-label task's per-label weight of the positive term of its binary cross-entropy
    // ([L] float; undefined: none). Not saved: the trainer sets it from its training data.
    void setPositiveWeights(const std::string &task, torch::Tensor weights);
    // Sets a multi-label or sequence head's output biases (e.g. to the labels' prior log-odds).
    void setHeadBias(const std::string &task, const torch::Tensor &bias);

    // Registered as "bert", so parameters read "bert.embeddings..." as in HF's BertFor* models;
    // heads are "heads.<task>.*".
    BertModel bert{nullptr};
    // Mizan's character n-gram embeddings ("char_ngrams.weight", "char_projection.weight"),
    // empty modules when config().charNgramBuckets is 0.
    torch::nn::EmbeddingBag charNgrams{nullptr};
    torch::nn::Linear charProjection{nullptr};

private:
    // [B, T, H] character n-gram embeddings of the batch, or undefined without them. Throws
    // std::invalid_argument when the model needs n-grams and the batch has none.
    torch::Tensor charEmbeddings(const Batch &batch);

    BertConfig m_config;
    std::vector<HeadSpec> m_specs;
    std::map<std::string, TokenClassificationHead> m_tokenHeads;
    std::map<std::string, SequenceClassificationHead> m_sequenceHeads;
    std::map<std::string, torch::Tensor> m_positiveWeights;
};
TORCH_MODULE(MultitaskModel);

} // namespace mizan
