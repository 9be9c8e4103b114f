#include "train/dist/distconfig.h"

#include <cerrno>
#include <cstdlib>
#include <limits>
#include <optional>

namespace mizan {

namespace {

// A whole decimal number in [min, max] from variable `name`; nullopt when unset.
Result<std::optional<long>> readNumber(const EnvReader &env, const char *name, long min, long max)
{
    const char *v = env(name);
    if (!v)
        return std::optional<long>();
    errno = 0;
    char *end = nullptr;
    const long n = std::strtol(v, &end, 10);
    if (*v == '\0' || *end != '\0' || errno != 0 || n < min || n > max)
        return Result<std::optional<long>>(
            ErrorCode::InvalidArgument, std::string("environment variable ") + name + " must be a whole number from " +
                                            std::to_string(min) + " to " + std::to_string(max));
    return std::optional<long>(n);
}

} // namespace

Status checkDistBackendName(const std::string &name)
{
    if (name == "auto" || name == "gloo" || name == "nccl")
        return Status::ok();
    return Status(ErrorCode::InvalidArgument,
                  "unknown distributed backend '" + name + "' (expected auto, gloo or nccl)");
}

Result<DistConfig> distConfigFromEnvironment(const EnvReader &env)
{
    DistConfig c;
    const bool torchrun = env("WORLD_SIZE") != nullptr;
    const char *rankVar = torchrun ? "RANK" : "SLURM_PROCID";
    const char *worldVar = torchrun ? "WORLD_SIZE" : "SLURM_NTASKS";
    const char *localVar = torchrun ? "LOCAL_RANK" : "SLURM_LOCALID";
    constexpr long kMaxRanks = 1 << 20;
    auto world = readNumber(env, worldVar, 1, kMaxRanks);
    if (!world)
        return world.status();
    if (!*world || **world == 1)
        return c;  // not launched as one of several ranks
    c.worldSize = int(**world);
    auto rank = readNumber(env, rankVar, 0, c.worldSize - 1);
    if (!rank)
        return rank.status();
    if (!*rank)
        return Result<DistConfig>(ErrorCode::InvalidArgument,
                                  std::string(worldVar) + " is set but " + rankVar + " is not");
    c.rank = int(**rank);
    auto local = readNumber(env, localVar, 0, kMaxRanks);
    if (!local)
        return local.status();
    c.localRank = *local ? int(**local) : 0;
    const char *addr = env("MASTER_ADDR");
    if (!addr || !*addr)
        return Result<DistConfig>(ErrorCode::InvalidArgument,
                                  torchrun
                                      ? std::string("WORLD_SIZE is set but MASTER_ADDR is not")
                                      : std::string("SLURM_NTASKS is above 1 but MASTER_ADDR is not set (in the job "
                                                    "script: export MASTER_ADDR=$(scontrol show hostnames "
                                                    "\"$SLURM_JOB_NODELIST\" | head -n 1))"));
    c.masterAddr = addr;
    auto port = readNumber(env, "MASTER_PORT", 1, 65535);
    if (!port)
        return port.status();
    if (*port)
        c.masterPort = int(**port);
    const char *agent = env("TORCHELASTIC_USE_AGENT_STORE");
    c.externalStore = agent && (std::string(agent) == "True" || std::string(agent) == "1");
    return c;
}

} // namespace mizan
