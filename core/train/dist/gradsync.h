#pragma once
// INTERNAL to core/train (torch): the gradient step of a data-parallel run. Each rank
// back-propagates its shard's loss sum (mean x weight, shard.h); the gradients are flattened
// into a few buckets and summed over the ranks by all-reduce, together with the shards'
// loss sums, weights and token counts, then divided by the batch's total weight. So every
// rank ends with the gradient one process would get from the whole batch, and N ranks with
// batch B train like one process with batch N x B.
#include <torch/torch.h>

#include <cstddef>
#include <vector>

namespace mizan {

class DistGroup;

class GradientSync {
public:
    // `params`: the model's parameters, in the same order on every rank.
    GradientSync(DistGroup &group, std::vector<torch::Tensor> params, std::size_t bucketBytes = 16u << 20);

    struct Step {
        double loss = 0;    // the loss of the whole batch (NaN when a shard's was not finite)
        double tokens = 0;  // non-padding tokens of the whole batch
        bool finite = true;
    };
    // Back-propagates `loss` (the shard's mean loss; undefined for an empty shard) times
    // `weight` (lossWeight(), on the device), then reduces; one wait for the device, after
    // the all-reduce. A shard with a non-finite loss makes the step non-finite on every rank.
    // Gradients that no rank has stay undefined, as in one process. `gradScale`: fp16 loss
    // scaling (the gradients come out scaled by it, the loss does not).
    Step backwardAndReduce(const torch::Tensor &loss, const torch::Tensor &weight, double tokens,
                           double gradScale = 1.0);
    // Seconds the last all-reduce took (flatten and unflatten included).
    double lastReduceSeconds() const { return m_reduceSeconds; }

private:
    DistGroup &m_group;
    std::vector<torch::Tensor> m_params;
    std::vector<std::vector<std::size_t>> m_buckets;  // parameter indices per bucket
    double m_reduceSeconds = 0;
};

} // namespace mizan
