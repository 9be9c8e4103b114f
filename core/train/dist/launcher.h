#pragma once
// `mizan train --nproc N`: starts N copies of this program, with the same arguments, as the
// ranks of one data-parallel run on this machine, the way torchrun does: it hosts the store
// the ranks meet at (on a port the system picks, so two runs never collide) and gives each
// rank RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR=127.0.0.1, MASTER_PORT. Torch-free header.
#include <functional>
#include <string>

#include "common/result.h"

namespace mizan {

// Runs the ranks and waits for them. When one fails, the others are given `graceSeconds` to
// end by themselves (they name the failed rank), then stopped. Ctrl-C reaches every rank,
// which saves and stops. The result is the exit status to leave with: 0 when every rank
// succeeded, else the first failed rank's; `say` receives one line per failed rank.
Result<int> launchLocalRanks(int nproc, double graceSeconds, const std::function<void(const std::string &)> &say);

} // namespace mizan
