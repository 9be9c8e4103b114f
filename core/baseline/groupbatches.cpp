#include "baseline/groupbatches.h"

#include <algorithm>
#include <numeric>

namespace mizan::baseline {

std::vector<std::vector<std::size_t>> groupBatches(const std::vector<std::size_t> &groupOf, std::size_t batchSize,
                                                   std::mt19937_64 &rng)
{
    const std::size_t groups = groupOf.empty() ? 0 : *std::max_element(groupOf.begin(), groupOf.end()) + 1;
    // The examples of each group, by a counting sort: linear in examples + groups.
    std::vector<std::size_t> start(groups + 1, 0);
    for (std::size_t g : groupOf)
        ++start[g + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<std::size_t> members(groupOf.size());
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < groupOf.size(); ++i)
        members[fill[groupOf[i]]++] = i;

    std::vector<std::size_t> order(groups);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    const std::size_t bs = std::max<std::size_t>(1, batchSize);
    std::vector<std::vector<std::size_t>> batches;
    std::vector<std::size_t> current;
    const auto flush = [&] {
        batches.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t g : order) {
        const std::size_t size = start[g + 1] - start[g];
        if (size == 0)
            continue;
        if (!current.empty() && current.size() + size > bs)
            flush();
        current.insert(current.end(), members.begin() + static_cast<std::ptrdiff_t>(start[g]),
                       members.begin() + static_cast<std::ptrdiff_t>(start[g + 1]));
        if (current.size() >= bs)
            flush();
    }
    if (!current.empty())
        flush();
    return batches;
}

} // namespace mizan::baseline
