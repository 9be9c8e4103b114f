#include "train/mlmdata.h"

#include <algorithm>

#include "common/ignorelabel.h"
#include "tasks/charngrams.h"

namespace mizan {

namespace {

constexpr std::int64_t kSpecialPieces = 5;  // [PAD] [UNK] [CLS] [SEP] [MASK] come first in vocab.txt

} // namespace

MlmHeadImpl::MlmHeadImpl(std::int64_t hidden, std::int64_t vocab)
    : dense(register_module("dense", torch::nn::Linear(hidden, hidden))),
      norm(register_module("LayerNorm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden}).eps(1e-12)))),
      decoder(register_module("decoder", torch::nn::Linear(hidden, vocab)))
{
}

torch::Tensor MlmHeadImpl::forward(const torch::Tensor &h) { return decoder(norm(torch::gelu(dense(h)))); }

MlmText tokenizeForMlm(std::vector<std::string> lines, const WordPieceTokenizer &tokenizer,
                       const PieceEncoderOptions &options, std::size_t maxLength)
{
    MlmText text;
    text.lines = std::move(lines);
    PieceEncoder encoder(&tokenizer, options);
    for (std::size_t li = 0; li < text.lines.size(); ++li) {
        Encoding e = tokenizer.build(encoder.tokenize(text.lines[li]), nullptr, maxLength);
        if (e.size() < 4)
            continue;
        text.tokens += e.size();
        text.lengths.push_back(e.size());
        text.sequences.push_back(std::move(e.inputIds));
        if (options.charNgramBuckets > 0) {
            text.sequenceLine.push_back(li);
            text.sequenceOffsets.push_back(std::move(e.offsets));
        }
    }
    return text;
}

std::optional<MaskedBatch> maskBatch(const MlmText &text, const std::vector<std::size_t> &idx,
                                     const WordPieceTokenizer &tokenizer, double maskProbability)
{
    const auto &sequences = text.sequences;
    std::size_t width = 0;
    for (auto i : idx)
        width = std::max(width, sequences[i].size());
    std::vector<std::int64_t> ids(idx.size() * width, tokenizer.padId()), mask(ids.size(), 0);
    for (std::size_t r = 0; r < idx.size(); ++r)
        for (std::size_t t = 0; t < sequences[idx[r]].size(); ++t) {
            ids[r * width + t] = sequences[idx[r]][t];
            mask[r * width + t] = 1;
        }
    const auto opts = torch::TensorOptions().dtype(torch::kInt64);
    MaskedBatch b;
    b.idx = idx;
    const torch::Tensor input =
        torch::from_blob(ids.data(), {std::int64_t(idx.size()), std::int64_t(width)}, opts).clone();
    b.attention = torch::from_blob(mask.data(), input.sizes(), opts).clone();
    const torch::Tensor candidates = input.ge(kSpecialPieces) & b.attention.eq(1);
    b.chosen = (torch::rand(input.sizes()) < maskProbability) & candidates;
    if (!b.chosen.any().item<bool>()) {
        // A batch of very short lines drew nothing to predict (its loss would be 0/0):
        // predict one of its tokens.
        const torch::Tensor where = candidates.flatten().nonzero().flatten();
        if (where.numel() == 0)
            return std::nullopt;
        const auto pick = torch::randint(where.numel(), {1}, opts).item<std::int64_t>();
        b.chosen = b.chosen.flatten().index_put_({where[pick]}, true).view(input.sizes());
    }
    b.labels = torch::where(b.chosen, input, torch::full_like(input, kIgnoreLabel));
    const torch::Tensor roll = torch::rand(input.sizes());
    b.shown = input.clone();
    b.shown.masked_fill_(b.chosen & (roll < 0.8), tokenizer.maskId());
    const auto vocabSize = std::int64_t(tokenizer.vocab().size());
    const torch::Tensor randomIds = torch::randint(kSpecialPieces, vocabSize, input.sizes(), opts);
    b.shown = torch::where(b.chosen & (roll >= 0.8) & (roll < 0.9), randomIds, b.shown);
    return b;
}

NgramBags maskedNgramBags(const MaskedBatch &batch, const MlmText &text, std::int64_t buckets)
{
    const auto rows = std::size_t(batch.shown.size(0)), width = std::size_t(batch.shown.size(1));
    const torch::Tensor chosen = batch.chosen.contiguous();
    const bool *hidden = chosen.data_ptr<bool>();
    NgramBags bags;
    bags.starts.assign(rows * width, 0);
    for (std::size_t r = 0; r < rows; ++r) {
        const std::size_t seq = batch.idx[r];
        const auto lineBags = charNgramBags(text.lines[text.sequenceLine[seq]], text.sequenceOffsets[seq], buckets);
        for (std::size_t t = 0; t < width; ++t) {
            bags.starts[r * width + t] = std::int64_t(bags.grams.size());
            if (t < lineBags.size() && !hidden[r * width + t])
                bags.grams.insert(bags.grams.end(), lineBags[t].begin(), lineBags[t].end());
        }
    }
    return bags;
}

} // namespace mizan
