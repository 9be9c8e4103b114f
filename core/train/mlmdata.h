#pragma once
// INTERNAL to core/train (torch): the masked-LM parts of the pre-trainer: its text tokenized,
// BERT's masking of a batch, the batch's character n-gram bags, and BERT's MLM head.
#include <torch/torch.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tasks/pieceencoder.h"
#include "tokenize/wordpiece.h"

namespace mizan {

// BERT's masked-LM head: dense + GELU + LayerNorm, then a projection onto the vocabulary.
struct MlmHeadImpl : torch::nn::Module {
    MlmHeadImpl(std::int64_t hidden, std::int64_t vocab);
    torch::Tensor forward(const torch::Tensor &h);
    torch::nn::Linear dense;
    torch::nn::LayerNorm norm;
    torch::nn::Linear decoder;
};
TORCH_MODULE(MlmHead);

// The pre-training text, tokenized: each kept line's piece ids. With character n-grams also
// the line and piece ranges of each sequence, so a batch's bags are hashed when it is drawn
// (storing them all would take gigabytes).
struct MlmText {
    std::vector<std::string> lines;
    std::vector<std::vector<std::int64_t>> sequences;
    std::vector<std::size_t> lengths;
    std::vector<std::size_t> sequenceLine;
    std::vector<std::vector<CharRange>> sequenceOffsets;
    std::size_t tokens = 0;
};

// `lines` tokenized as the encoder will see them, cut to maxLength pieces; lines of fewer than
// four pieces (two and the specials) are left out.
MlmText tokenizeForMlm(std::vector<std::string> lines, const WordPieceTokenizer &tokenizer,
                       const PieceEncoderOptions &options, std::size_t maxLength);

// One masked batch, on the CPU: the ids the model is shown, the attention mask, the labels
// (the original id where a position is predicted, kIgnoreLabel elsewhere) and which positions
// are predicted.
struct MaskedBatch {
    std::vector<std::size_t> idx;  // the sequences, one a row
    torch::Tensor shown, attention, labels, chosen;
};

// The sequences `idx` padded, and `maskProbability` of their real, non-special tokens chosen
// to be predicted (at least one): 80% shown as [MASK], 10% as a random piece, 10% unchanged
// (BERT's recipe). Nothing when the batch holds only special tokens. Draws from torch's
// random generator.
std::optional<MaskedBatch> maskBatch(const MlmText &text, const std::vector<std::size_t> &idx,
                                     const WordPieceTokenizer &tokenizer, double maskProbability);

// The character n-gram bags of a masked batch as MultitaskModel::charNgrams takes them (the
// ids of every position's bag, one after the other, and where each position's bag starts).
// The bags of the positions to predict stay empty: their spelling would give the answer away.
struct NgramBags {
    std::vector<std::int64_t> grams, starts;
};
NgramBags maskedNgramBags(const MaskedBatch &batch, const MlmText &text, std::int64_t buckets);

} // namespace mizan
