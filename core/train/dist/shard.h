#pragma once
// INTERNAL to core/train: one rank's part of a global batch, and what its loss is a mean over.
// Every rank draws the same global batch (same schedule, same seed); rank r of n keeps the
// r-th of n contiguous, disjoint slices (the batch is sorted by length within its pool, so
// the slices pad alike). A shard's loss is the mean over its own labelled units; GradientSync
// turns the shard means back into the mean over the whole batch with their weights.
#include <torch/torch.h>

#include <cstddef>
#include <vector>

#include "model/multitaskmodel.h"

namespace mizan {

// The slice of `batch` that rank `rank` of `world` trains on (possibly empty when the batch
// has fewer examples than there are ranks).
std::vector<std::size_t> shardOf(const std::vector<std::size_t> &batch, int rank, int world);

// What a head's loss on `batch` is a mean over: labelled positions (token head), rows with a
// labelled position (CRF head), labelled rows (sequence head), or the summed class weights of
// the labelled rows when `classWeights` is defined. 0 when nothing is labelled. A 0-dim
// double tensor on the batch's device (reading it would wait for the device).
torch::Tensor lossWeight(const Batch &batch, bool tagging, bool crf, const torch::Tensor &classWeights);

} // namespace mizan
