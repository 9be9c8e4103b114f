#pragma once
// Task heads on top of the encoder. INTERNAL to core (torch).
#include <torch/torch.h>

#include <string>
#include <vector>

#include "common/ignorelabel.h"
#include "model/crf.h"

namespace mizan {

struct TokenHeadOptions {
    TokenHeadOptions(std::int64_t hiddenSize, std::int64_t numLabels)
        : hidden_size_(hiddenSize), num_labels_(numLabels) {}
    TORCH_ARG(std::int64_t, hidden_size);
    TORCH_ARG(std::int64_t, num_labels);
    TORCH_ARG(double, dropout) = 0.1;
    TORCH_ARG(bool, crf) = false;
    TORCH_ARG(std::vector<std::string>, labels) = {};  // BIO names for the CRF constraints
    // > 0: a linear "wide" path from the position's hashed feature bag (the model's character
    // n-gram buckets) straight to the emissions, beside the encoder's (a feature CRF inside).
    TORCH_ARG(std::int64_t, wide_buckets) = 0;
};

// Token classification: dropout + linear, optional CRF.
class TokenClassificationHeadImpl : public torch::nn::Module {
public:
    explicit TokenClassificationHeadImpl(const TokenHeadOptions &options);

    // hidden [B, T, H] -> logits (emissions) [B, T, L]; with a wide path, plus the linear
    // scores of each position's feature bag (ngramIds / ngramOffsets as in Batch; required).
    torch::Tensor forward(const torch::Tensor &hidden, const torch::Tensor &ngramIds = {},
                          const torch::Tensor &ngramOffsets = {});

    // Mean loss over the batch. labels [B, T] int64 with kIgnoreLabel where no label applies.
    // Without CRF: token cross-entropy over labelled positions. With CRF: negative
    // log-likelihood of the labelled positions taken as one chain per row. A batch with no
    // labelled position gives 0 (with a gradient path).
    torch::Tensor loss(const torch::Tensor &logits, const torch::Tensor &labels) const;

    // Label ids at the positions where `positions` [B, T] is true (e.g. first sub-tokens),
    // one vector per row: Viterbi with CRF, argmax without.
    std::vector<std::vector<std::int64_t>> decode(const torch::Tensor &logits,
                                                  const torch::Tensor &positions) const;

    // Probability of each label at the positions where `positions` is true, [B, W, L] float
    // on the CPU, left-aligned like decode() (rows past a row's count are 0): CRF marginals
    // (forward-backward) with CRF, the softmax without.
    torch::Tensor marginals(const torch::Tensor &logits, const torch::Tensor &positions) const;

    bool hasCrf() const { return !crf.is_empty(); }
    bool hasWide() const { return !wide.is_empty(); }

    torch::nn::Dropout dropout{nullptr};
    torch::nn::Linear classifier{nullptr};
    Crf crf{nullptr};
    torch::nn::EmbeddingBag wide{nullptr};  // "wide": buckets x labels, starts at zero
};
TORCH_MODULE(TokenClassificationHead);

struct SequenceHeadOptions {
    SequenceHeadOptions(std::int64_t hiddenSize, std::int64_t numLabels)
        : hidden_size_(hiddenSize), num_labels_(numLabels) {}
    TORCH_ARG(std::int64_t, hidden_size);
    TORCH_ARG(std::int64_t, num_labels);
    TORCH_ARG(double, dropout) = 0.1;
    // > 0: a linear "wide" path from the sequence's hashed feature bags (the mean over its
    // positions of each bag's weights) straight to the logits.
    TORCH_ARG(std::int64_t, wide_buckets) = 0;
    // With the wide path: a second one ("wide_window") over the positions of a window mask.
    TORCH_ARG(bool, wide_window) = false;
};

// Sequence(-pair) classification: dropout + linear on the [CLS] vector (the pooler output
// when the encoder has a pooler, as HF's BertForSequenceClassification).
class SequenceClassificationHeadImpl : public torch::nn::Module {
public:
    explicit SequenceClassificationHeadImpl(const SequenceHeadOptions &options);
    // cls [B, H] -> logits [B, L]
    torch::Tensor forward(const torch::Tensor &cls);
    // With the wide path: plus the mean over the positions where `mask` [B, T] is set of each
    // position's feature-bag weights (ngramIds / ngramOffsets as in Batch, one bag a position).
    // With the window path, plus the same mean of its own weights over `windowMask` [B, T].
    torch::Tensor forward(const torch::Tensor &cls, const torch::Tensor &ngramIds, const torch::Tensor &ngramOffsets,
                          const torch::Tensor &mask, const torch::Tensor &windowMask = {});
    // Mean cross-entropy; labels [B] int64 (kIgnoreLabel rows skipped).
    torch::Tensor loss(const torch::Tensor &logits, const torch::Tensor &labels) const;

    bool hasWide() const { return !wide.is_empty(); }
    bool hasWideWindow() const { return !wideWindow.is_empty(); }

    torch::nn::Dropout dropout{nullptr};
    torch::nn::Linear classifier{nullptr};
    torch::nn::EmbeddingBag wide{nullptr};        // "wide": buckets x labels, starts at zero
    torch::nn::EmbeddingBag wideWindow{nullptr};  // "wide_window": the same shape, starts at zero
};
TORCH_MODULE(SequenceClassificationHead);

// Gathers, per row, the positions where `positions` [B, T] is true into a left-aligned
// [B, W] index and mask (W = longest row). Returns {index int64 [B, W], mask bool [B, W]}
// on the device of `positions`.
std::pair<torch::Tensor, torch::Tensor> packPositions(const torch::Tensor &positions);

// The same packing without leaving the device (no host wait): a stable sort of each row puts
// the chosen positions first, in order, and W stays T (the tail is masked out). What the
// training loss uses on a GPU; on the CPU the loop above is cheaper and trims W.
std::pair<torch::Tensor, torch::Tensor> packPositionsOnDevice(const torch::Tensor &positions);

// The sentence positions within `window` of the marked target, bool [B, T]: in a pair built as
// "[CLS] sentence [SEP] target [SEP]" with the target's sentence tokens of type 1, the trailing
// run of type-1 (or padded) positions is the second segment; the type-1 positions before it
// are the target in the sentence, widened by `window` either side and kept inside the first
// segment. A row without a marked target gets no position.
torch::Tensor targetWindowMask(const torch::Tensor &tokenTypeIds, const torch::Tensor &attentionMask,
                               std::int64_t window);

} // namespace mizan
