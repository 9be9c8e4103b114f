#pragma once
// INTERNAL to core/baseline: mini-batches that keep the examples of one sentence together.
#include <cstddef>
#include <random>
#include <vector>

namespace mizan::baseline {

// One epoch's mini-batches over examples 0..groupOf.size()-1, where example i belongs to group
// groupOf[i] (its sentence): the groups are shuffled by `rng`, and each group's examples go
// into one batch, in their own order. A batch is filled with whole groups up to `batchSize`
// examples; a group larger than that is a batch of its own. A sentence whose bag the batch
// pools once is then pooled once per epoch, not once per batch holding one of its examples
// (a long line with every word a target made that quadratic, issue 13). Groups must be
// numbered 0..G-1; each batch lists example indices.
std::vector<std::vector<std::size_t>> groupBatches(const std::vector<std::size_t> &groupOf, std::size_t batchSize,
                                                   std::mt19937_64 &rng);

} // namespace mizan::baseline
