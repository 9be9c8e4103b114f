#include "model/heads.h"

#include <stdexcept>

namespace mizan {

std::pair<torch::Tensor, torch::Tensor> packPositions(const torch::Tensor &positions)
{
    auto cpu = positions.to(torch::kCPU).to(torch::kBool).contiguous();
    const auto batch = cpu.size(0);
    const auto steps = cpu.size(1);
    auto counts = cpu.to(torch::kLong).sum(1);
    const auto width = batch > 0 ? counts.max().item<std::int64_t>() : 0;
    auto index = torch::zeros({batch, width}, torch::kLong);
    auto mask = torch::zeros({batch, width}, torch::kBool);
    auto p = cpu.accessor<bool, 2>();
    auto idx = index.accessor<std::int64_t, 2>();
    auto msk = mask.accessor<bool, 2>();
    for (std::int64_t b = 0; b < batch; ++b) {
        std::int64_t w = 0;
        for (std::int64_t t = 0; t < steps; ++t)
            if (p[b][t]) {
                idx[b][w] = t;
                msk[b][w] = true;
                ++w;
            }
    }
    return {index.to(positions.device()), mask.to(positions.device())};
}

std::pair<torch::Tensor, torch::Tensor> packPositionsOnDevice(const torch::Tensor &positions)
{
    const auto chosen = positions.to(torch::kBool);
    auto order = std::get<1>(torch::sort((~chosen).to(torch::kInt), /*stable=*/true, 1, /*descending=*/false));
    return {order, chosen.gather(1, order)};
}

torch::Tensor targetWindowMask(const torch::Tensor &tokenTypeIds, const torch::Tensor &attentionMask,
                               std::int64_t window)
{
    const auto attended =
        attentionMask.defined() ? attentionMask.ne(0) : torch::ones_like(tokenTypeIds).to(torch::kBool);
    const auto typed = tokenTypeIds.eq(1) & attended;
    // Positions from which every position to the end is of type 1 or padding: the second segment.
    const auto tailOk = (typed | ~attended).to(torch::kInt).flip({1}).cumprod(1).flip({1}).to(torch::kBool);
    const auto first = attended & ~tailOk;
    const auto marked = (typed & first).to(torch::kFloat).unsqueeze(1);
    const auto widened = torch::max_pool1d(marked, {2 * window + 1}, {1}, {window}).squeeze(1).gt(0);
    return widened & first;
}

namespace {

// Emissions and labels gathered at `positions`, left-aligned: {emissions [B, W, L], tags, mask}.
// onDevice: packed where the logits are (W = T) instead of on the host (W = longest row).
std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> gatherPositions(const torch::Tensor &logits,
                                                                         const torch::Tensor &positions,
                                                                         const torch::Tensor &labels,
                                                                         bool onDevice = false)
{
    auto [index, mask] = onDevice ? packPositionsOnDevice(positions) : packPositions(positions);
    auto em = logits.gather(1, index.unsqueeze(2).expand({index.size(0), index.size(1), logits.size(2)}));
    torch::Tensor tags;
    if (labels.defined())
        tags = labels.gather(1, index).masked_fill(~mask, 0);
    return {em, tags, mask};
}

} // namespace

TokenClassificationHeadImpl::TokenClassificationHeadImpl(const TokenHeadOptions &o)
{
    dropout = register_module("dropout", torch::nn::Dropout(o.dropout()));
    classifier = register_module("classifier", torch::nn::Linear(o.hidden_size(), o.num_labels()));
    torch::NoGradGuard noGrad;
    classifier->weight.normal_(0.0, 0.02);
    classifier->bias.zero_();
    if (o.crf())
        crf = register_module("crf", Crf(CrfOptions(o.num_labels()).labels(o.labels())));
    if (o.wide_buckets() > 0) {
        wide = register_module("wide",
                               torch::nn::EmbeddingBag(
                                   torch::nn::EmbeddingBagOptions(o.wide_buckets(), o.num_labels()).mode(torch::kSum)));
        wide->weight.zero_();
    }
}

torch::Tensor TokenClassificationHeadImpl::forward(const torch::Tensor &hidden, const torch::Tensor &ngramIds,
                                                   const torch::Tensor &ngramOffsets)
{
    auto logits = classifier(dropout(hidden));
    if (hasWide()) {
        if (!ngramIds.defined() || !ngramOffsets.defined() || ngramOffsets.numel() != hidden.size(0) * hidden.size(1))
            throw std::invalid_argument("token head: the wide path needs one feature bag per position");
        logits = logits + wide(ngramIds, ngramOffsets).view({hidden.size(0), hidden.size(1), logits.size(2)});
    }
    return logits;
}

torch::Tensor TokenClassificationHeadImpl::loss(const torch::Tensor &logits, const torch::Tensor &labels) const
{
    TORCH_CHECK(labels.dim() == 2 && labels.size(0) == logits.size(0) && labels.size(1) == logits.size(1),
                "token head: labels must be [B, T] like the logits");
    // No host wait: a batch without labels gives 0 (sum over nothing, divided by at least 1).
    auto labelled = labels != kIgnoreLabel;
    if (!hasCrf())
        return torch::nn::functional::cross_entropy(
                   logits.reshape({-1, logits.size(2)}), labels.reshape({-1}),
                   torch::nn::functional::CrossEntropyFuncOptions().ignore_index(kIgnoreLabel).reduction(torch::kSum)) /
               labelled.sum().clamp_min(1);
    auto [em, tags, mask] = gatherPositions(logits, labelled, labels, !logits.is_cpu());
    if (em.size(1) == 0)  // the host packing found no labelled position
        return logits.sum() * 0.0;
    auto ll = crf->logLikelihood(em, tags, mask);
    auto rows = mask.any(1).to(ll.scalar_type());
    return -(ll * rows).sum() / rows.sum().clamp_min(1);
}

std::vector<std::vector<std::int64_t>> TokenClassificationHeadImpl::decode(const torch::Tensor &logits,
                                                                           const torch::Tensor &positions) const
{
    torch::NoGradGuard noGrad;
    auto [em, tags, mask] = gatherPositions(logits, positions, {});
    if (hasCrf())
        return crf->decode(em, mask);
    auto best = em.argmax(2).to(torch::kCPU).contiguous();
    auto lengths = mask.to(torch::kCPU).to(torch::kLong).sum(1);
    std::vector<std::vector<std::int64_t>> out(static_cast<std::size_t>(best.size(0)));
    for (std::int64_t b = 0; b < best.size(0); ++b) {
        const auto len = lengths[b].item<std::int64_t>();
        auto row = best[b];
        auto *data = row.data_ptr<std::int64_t>();
        out[static_cast<std::size_t>(b)].assign(data, data + len);
    }
    return out;
}

torch::Tensor TokenClassificationHeadImpl::marginals(const torch::Tensor &logits, const torch::Tensor &positions) const
{
    torch::NoGradGuard noGrad;
    auto [em, tags, mask] = gatherPositions(logits, positions, {});
    if (hasCrf())
        return crf->marginals(em, mask);
    return (torch::softmax(em.to(torch::kFloat), 2) * mask.unsqueeze(2).to(torch::kFloat)).to(torch::kCPU);
}

SequenceClassificationHeadImpl::SequenceClassificationHeadImpl(const SequenceHeadOptions &o)
{
    dropout = register_module("dropout", torch::nn::Dropout(o.dropout()));
    classifier = register_module("classifier", torch::nn::Linear(o.hidden_size(), o.num_labels()));
    torch::NoGradGuard noGrad;
    classifier->weight.normal_(0.0, 0.02);
    classifier->bias.zero_();
    if (o.wide_buckets() > 0) {
        wide = register_module("wide",
                               torch::nn::EmbeddingBag(
                                   torch::nn::EmbeddingBagOptions(o.wide_buckets(), o.num_labels()).mode(torch::kSum)));
        wide->weight.zero_();
        if (o.wide_window()) {
            wideWindow = register_module(
                "wide_window", torch::nn::EmbeddingBag(
                                   torch::nn::EmbeddingBagOptions(o.wide_buckets(), o.num_labels()).mode(torch::kSum)));
            wideWindow->weight.zero_();
        }
    }
}

torch::Tensor SequenceClassificationHeadImpl::forward(const torch::Tensor &cls)
{
    return classifier(dropout(cls));
}

torch::Tensor SequenceClassificationHeadImpl::forward(const torch::Tensor &cls, const torch::Tensor &ngramIds,
                                                      const torch::Tensor &ngramOffsets, const torch::Tensor &mask,
                                                      const torch::Tensor &windowMask)
{
    auto logits = forward(cls);
    if (!hasWide())
        return logits;
    const auto rows = mask.size(0), steps = mask.size(1);
    if (!ngramIds.defined() || !ngramOffsets.defined() || ngramOffsets.numel() != rows * steps)
        throw std::invalid_argument("sequence head: the wide path needs one feature bag per position");
    auto meanOver = [&](torch::nn::EmbeddingBag &bagWeights, const torch::Tensor &positions) {
        const auto weights = positions.to(logits.scalar_type()).unsqueeze(2);
        const auto bags =
            bagWeights(ngramIds, ngramOffsets).view({rows, steps, logits.size(1)}).to(logits.scalar_type());
        return (bags * weights).sum(1) / weights.sum(1).clamp_min(1.0);
    };
    logits = logits + meanOver(wide, mask);
    if (hasWideWindow()) {
        if (!windowMask.defined() || windowMask.sizes() != mask.sizes())
            throw std::invalid_argument("sequence head: the window path needs a window mask like the sequence mask");
        logits = logits + meanOver(wideWindow, windowMask);
    }
    return logits;
}

torch::Tensor SequenceClassificationHeadImpl::loss(const torch::Tensor &logits, const torch::Tensor &labels) const
{
    TORCH_CHECK(labels.dim() == 1 && labels.size(0) == logits.size(0), "sequence head: labels must be [B]");
    // No host wait: a batch without labels gives 0 (sum over nothing, divided by at least 1).
    return torch::nn::functional::cross_entropy(
               logits, labels,
               torch::nn::functional::CrossEntropyFuncOptions().ignore_index(kIgnoreLabel).reduction(torch::kSum)) /
           (labels != kIgnoreLabel).sum().clamp_min(1);
}

} // namespace mizan
