#include "train/batching.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace mizan {
namespace {

// Fisher-Yates with the raw engine output, so orders are the same with every standard library.
template <typename T>
void shuffle(std::vector<T> &v, std::mt19937_64 &rng)
{
    for (std::size_t i = v.size(); i > 1; --i) {
        const std::size_t j = std::size_t(rng() % i);
        std::swap(v[i - 1], v[j]);
    }
}

} // namespace

std::vector<std::vector<std::size_t>> bucketedBatches(const std::vector<std::size_t> &lengths,
                                                      std::size_t batchSize, std::uint64_t seed,
                                                      std::uint64_t epoch, std::size_t poolBatches)
{
    batchSize = std::max<std::size_t>(batchSize, 1);
    poolBatches = std::max<std::size_t>(poolBatches, 1);
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ULL + epoch + 1);
    std::vector<std::size_t> order(lengths.size());
    std::iota(order.begin(), order.end(), 0);
    shuffle(order, rng);

    std::vector<std::vector<std::size_t>> batches;
    const std::size_t pool = batchSize * poolBatches;
    for (std::size_t begin = 0; begin < order.size(); begin += pool) {
        const std::size_t end = std::min(order.size(), begin + pool);
        std::stable_sort(order.begin() + long(begin), order.begin() + long(end),
                         [&](std::size_t a, std::size_t b) { return lengths[a] < lengths[b]; });
        for (std::size_t b = begin; b < end; b += batchSize)
            batches.emplace_back(order.begin() + long(b),
                                 order.begin() + long(std::min(end, b + batchSize)));
    }
    shuffle(batches, rng);
    return batches;
}

BatchCursor::BatchCursor(std::vector<std::size_t> lengths, std::size_t batchSize,
                         std::uint64_t seed)
    : m_lengths(std::move(lengths)), m_batchSize(std::max<std::size_t>(batchSize, 1)), m_seed(seed)
{
    build();
}

void BatchCursor::build()
{
    m_batches = bucketedBatches(m_lengths, m_batchSize, m_seed, m_epoch);
}

std::vector<std::size_t> BatchCursor::next()
{
    if (m_batches.empty())
        return {};
    if (m_cursor >= m_batches.size()) {
        ++m_epoch;
        m_cursor = 0;
        build();
    }
    return m_batches[m_cursor++];
}

void BatchCursor::seek(std::uint64_t epoch, std::size_t cursor)
{
    if (epoch != m_epoch || m_batches.empty()) {
        m_epoch = epoch;
        build();
    }
    m_cursor = cursor;
}

} // namespace mizan
