#pragma once
// Where this process stands in a data-parallel run: its rank, the world size and the master
// every rank meets at. Torch-free: the CLI reads it from the launcher's environment and hands
// it to the Trainer through TrainParams::dist.
#include <functional>
#include <string>

#include "common/result.h"

namespace mizan {

struct DistConfig {
    int rank = 0;
    int worldSize = 1;  // 1: a plain single-process run (no process group)
    int localRank = 0;  // the rank on this machine: picks cuda:<localRank> on a GPU machine
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    // The store is hosted by the launcher (`mizan train --nproc`, torchrun's agent) rather
    // than by rank 0: every rank connects to it as a client.
    bool externalStore = false;
    std::string backend = "auto";  // auto (NCCL when every rank has CUDA, else Gloo), gloo, nccl
    double timeoutSeconds = 300;   // a dead or hung rank ends the run within this time
    // Gradient buckets are summed while backward runs (off: all of them after it).
    bool overlap = true;

    bool enabled() const { return worldSize > 1; }
    bool lead() const { return rank == 0; }
};

using EnvReader = std::function<const char *(const char *)>;

// The torchrun environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT,
// TORCHELASTIC_USE_AGENT_STORE), else SLURM's (SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID with
// MASTER_ADDR / MASTER_PORT from the job script), else a single process. InvalidArgument
// naming the variable when a value is malformed or inconsistent.
Result<DistConfig> distConfigFromEnvironment(const EnvReader &env);

// "auto", "gloo", "nccl"; InvalidArgument naming the accepted values otherwise.
Status checkDistBackendName(const std::string &name);

} // namespace mizan
