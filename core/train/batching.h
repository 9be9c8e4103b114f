#pragma once
// Length-bucketed batches: examples of similar length go together so little padding is
// wasted, while the order stays random from epoch to epoch.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mizan {

// The batches of one epoch over examples with the given token lengths: indices are shuffled
// (seed, epoch), cut into pools of `poolBatches` batches, each pool sorted by length and cut
// into batches of at most `batchSize`, then the batch order is shuffled. Every index appears
// exactly once. Deterministic for (lengths, batchSize, seed, epoch). batchSize 0 is treated
// as 1.
std::vector<std::vector<std::size_t>> bucketedBatches(const std::vector<std::size_t> &lengths,
                                                      std::size_t batchSize, std::uint64_t seed,
                                                      std::uint64_t epoch,
                                                      std::size_t poolBatches = 50);

// Walks the bucketed batches of one task epoch after epoch. Its position (epoch, cursor) is
// all the state a resumed run needs: the batches of an epoch are recomputed from the seed.
class BatchCursor {
public:
    BatchCursor() = default;
    BatchCursor(std::vector<std::size_t> lengths, std::size_t batchSize, std::uint64_t seed);

    // The next batch (indices into the task's examples); moves to the next epoch at the end.
    std::vector<std::size_t> next();
    std::size_t batchesPerEpoch() const { return m_batches.size(); }
    std::uint64_t epoch() const { return m_epoch; }
    std::size_t cursor() const { return m_cursor; }
    // Jumps to a saved position (as read from epoch() / cursor()).
    void seek(std::uint64_t epoch, std::size_t cursor);

private:
    void build();
    std::vector<std::size_t> m_lengths;
    std::size_t m_batchSize = 1;
    std::uint64_t m_seed = 0;
    std::uint64_t m_epoch = 0;
    std::size_t m_cursor = 0;
    std::vector<std::vector<std::size_t>> m_batches;
};

} // namespace mizan
