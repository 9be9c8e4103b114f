#pragma once
// INTERNAL to core/train (torch): the gradient step of a data-parallel run. Each shard's loss
// is a mean over its own labelled units (shard.h); the ranks first sum their weights (one
// tiny all-reduce before backward), each back-propagates its loss times its share of the
// batch's weight, and the summed gradients are then the weighted mean of the whole batch: N
// ranks with batch B train like one process with batch N x B.
//
// Overlapped (the default): the gradients go into buckets of about bucketBytesFor() bytes,
// the last-registered parameters first (backward reaches them first); a hook on each
// parameter's gradient accumulator copies its gradient into its bucket, and a bucket whose
// gradients are all there starts its all-reduce while backward goes on. The parameters the
// step's graph does not reach (another task's head) are put in their buckets before backward
// (their zeroed gradient, or zeros), so they hold no bucket back. Buckets start in their
// order on every rank; the rest start after backward, then the step's totals, and all are
// awaited before the optimizer step. Not overlapped: the gradients are flattened and reduced
// after backward.
#include <torch/torch.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <vector>

#include "train/dist/distgroup.h"

namespace torch::autograd {
struct Node;
}

namespace mizan {

class GradientSync {
public:
    // `params`: the model's parameters, in the same order on every rank. `bucketBytes` 0:
    // bucketBytesFor() the parameters.
    GradientSync(DistGroup &group, std::vector<torch::Tensor> params, bool overlap = true, std::size_t bucketBytes = 0);
    ~GradientSync();
    GradientSync(const GradientSync &) = delete;
    GradientSync &operator=(const GradientSync &) = delete;

    // A quarter of the parameters' bytes, between 256 KiB and 25 MiB (PyTorch DDP's bucket):
    // a tiny model still gets a few buckets to overlap, BERT-base about twenty.
    static std::size_t bucketBytesFor(const std::vector<torch::Tensor> &params);

    struct Step {
        double loss = 0;    // the loss of the whole batch (NaN when a shard's was not finite)
        double tokens = 0;  // non-padding tokens of the whole batch
        bool finite = true;
    };
    // Back-propagates `loss` (the shard's mean loss; undefined for an empty shard) weighted by
    // `weight` (lossWeight(), on the device) and reduces the gradients; one wait for the
    // device, for the totals once every sum is done. A shard with a non-finite loss makes the
    // step non-finite on every rank. Gradients that no rank has stay undefined, as in one
    // process. `gradScale`: fp16 loss scaling (the gradients come out scaled by it, the loss
    // does not).
    Step backwardAndReduce(const torch::Tensor &loss, const torch::Tensor &weight, double tokens,
                           double gradScale = 1.0);
    // Seconds the last step spent in communication that backward did not hide: overlapped,
    // the sum of the weights before backward, then the buckets left to start, the wait for
    // every sum and the copy back; not overlapped, flatten, all-reduce and unflatten.
    double lastReduceSeconds() const { return m_reduceSeconds; }
    // Buckets the last step started while backward was running (0 when not overlapped).
    std::size_t lastBucketsDuringBackward() const { return m_startedInBackward; }
    std::size_t bucketCount() const { return m_buckets.size(); }

private:
    struct Slot {
        std::size_t bucket = 0;
        std::int64_t offset = 0;
    };
    Step reduceAfterBackward(const torch::Tensor &loss, const torch::Tensor &weight, double tokens, double gradScale);
    Step overlapped(const torch::Tensor &loss, const torch::Tensor &weight, double tokens, double gradScale);
    void installHooks();
    void onGradient(std::size_t param);  // from the autograd engine, while armed
    // Copies a parameter's gradient (zeros when it has none) into its bucket.
    void fillSlot(std::size_t param);
    // By parameter: whether back-propagating from `root` reaches it.
    std::vector<char> reachedBy(const torch::Tensor &root) const;
    void startReadyBuckets();
    void startBucket(std::size_t bucket);
    torch::Tensor summary(const torch::Tensor &loss, const torch::Tensor &weight, double tokens) const;

    DistGroup &m_group;
    std::vector<torch::Tensor> m_params;
    bool m_overlap;
    std::vector<std::vector<std::size_t>> m_buckets;  // parameter indices per bucket
    std::vector<Slot> m_slots;                        // by parameter
    std::vector<torch::Tensor> m_flat;                // one buffer per bucket (overlapped)
    std::vector<std::shared_ptr<torch::autograd::Node>> m_accumulators;
    std::vector<std::uintptr_t> m_hookKeys;
    // One step's progress (overlapped)
    bool m_armed = false;
    std::vector<char> m_seen;              // by parameter: its gradient is in its bucket
    std::vector<std::size_t> m_missing;    // by bucket: gradients still to come
    std::size_t m_nextBucket = 0;          // the next bucket to start (they start in order)
    std::vector<DistGroup::Work> m_works;
    std::exception_ptr m_hookError;
    std::size_t m_startedInBackward = 0;
    double m_reduceSeconds = 0;
};

} // namespace mizan
