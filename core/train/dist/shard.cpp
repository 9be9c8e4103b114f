#include "train/dist/shard.h"

#include <algorithm>
#include <cstddef>

#include "common/ignorelabel.h"

namespace mizan {

std::vector<std::size_t> shardOf(const std::vector<std::size_t> &batch, int rank, int world)
{
    const std::size_t n = batch.size(), w = std::size_t(std::max(1, world)), r = std::size_t(rank);
    return {batch.begin() + std::ptrdiff_t(r * n / w), batch.begin() + std::ptrdiff_t((r + 1) * n / w)};
}

torch::Tensor lossWeight(const Batch &batch, bool tagging, bool crf, const torch::Tensor &classWeights)
{
    const torch::Tensor labelled = batch.labels != kIgnoreLabel;
    if (tagging && crf)
        return labelled.any(1).sum().to(torch::kDouble);
    if (!tagging && classWeights.defined())  // no masked_select: its output size would need the host
        return (classWeights.to(batch.labels.device(), torch::kDouble).index_select(0, batch.labels.clamp_min(0)) *
                labelled)
            .sum();
    return labelled.sum().to(torch::kDouble);
}

} // namespace mizan
