#pragma once
// CPU thread set-up for training and inference. On 2-vCPU machines torch's intra-op threads
// plus OpenBLAS's own threads oversubscribe the cores and run several times slower (see
// docs/DESIGN.md, "Threads"), so both are set to the same count.

namespace mizan {

// Sets torch's intra-op threads and, when the process uses OpenBLAS, OpenBLAS's thread count
// to `threads` (at least 1). Safe to call more than once.
void configureCpuThreads(int threads);

} // namespace mizan
