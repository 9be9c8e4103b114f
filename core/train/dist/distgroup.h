#pragma once
// INTERNAL to core/train (torch, c10d): this process's membership of a data-parallel run. It
// meets the other ranks at a TCPStore (hosted by rank 0, or by the launcher), builds a c10d
// process group (Gloo on CPU, NCCL when every rank has CUDA) and runs its collectives. Every
// failure becomes a JobError in our own words: a port in use or an unreachable master at the
// start, and later the rank at fault when a peer dies or hangs (a heartbeat thread beside
// each rank tells a dead or stopped rank from one stuck in its work).
#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>
#include <torch/csrc/distributed/c10d/Store.hpp>
#include <torch/torch.h>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "train/dist/distconfig.h"
#include "train/dist/torchlog.h"


namespace mizan {

class DistGroup {
public:
    // Joins the run `config` describes (config.enabled()); `cudaHere`: this rank trains on a
    // GPU (backend auto picks NCCL only when every rank says so). Throws JobError.
    DistGroup(const DistConfig &config, bool cudaHere);
    ~DistGroup();
    DistGroup(const DistGroup &) = delete;
    DistGroup &operator=(const DistGroup &) = delete;

    int rank() const { return m_config.rank; }
    int size() const { return m_config.worldSize; }
    bool lead() const { return m_config.rank == 0; }
    const std::string &backend() const { return m_backend; }

    // Sums (or takes the maximum of) each tensor over the ranks, in place; the tensors are
    // reduced concurrently and all are done on return. Throws JobError naming the rank at fault.
    void allReduce(std::vector<torch::Tensor> &tensors, bool maximum = false);
    // Starts summing `tensor` (on this rank's device) over the ranks, in place, and returns at
    // once; finish() waits for the started sums. Every rank must start its sums in the same
    // order. Throws JobError naming the rank at fault.
    using Work = c10::intrusive_ptr<c10d::Work>;
    Work startAllReduce(torch::Tensor &tensor);
    void finish(std::vector<Work> &works);
    // Every rank waits here for the others.
    void barrier();
    // Every rank calls it at the same point; every rank gets every rank's `bytes`, by rank.
    std::vector<std::vector<std::uint8_t>> allGather(const std::vector<std::uint8_t> &bytes);
    // The GPU this rank trains on: NCCL reduces tensors there, so host tensors (the loop's
    // agreements) are staged through it. Nothing to do for Gloo.
    void useDevice(const torch::Device &device) { m_device = device; }
    // The lead rank runs `work` while the others wait; then every rank learns how it went: a
    // failure is rethrown on the lead and reported on the others as the lead's message.
    void leadRuns(const std::function<void()> &work);
    // Tells the other ranks (best effort) that this rank fails with `message`.
    void announceFailure(const std::string &message);
    // The distinct warnings libtorch gave while this rank was joined (torchlog.h), not yet taken.
    std::vector<std::string> takeTorchWarnings() { return m_log.takeWarnings(); }

private:
    [[noreturn]] void fail();
    std::string diagnose();
    void beat();

    TorchLogRoute m_log;  // first: quiet from the first connection on
    DistConfig m_config;
    std::string m_backend;
    torch::Device m_device{torch::kCPU};
    c10::intrusive_ptr<c10d::Store> m_store;
    c10::intrusive_ptr<c10d::Store> m_beatStore;  // the heartbeat thread's own connection
    c10::intrusive_ptr<c10d::ProcessGroup> m_group;
    std::atomic<long> m_collectives{0};
    std::atomic<bool> m_stopBeat{false};
    bool m_failed = false;
    std::thread m_beat;
};

} // namespace mizan
