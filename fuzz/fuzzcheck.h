#pragma once
// Shared by the fuzz targets: an invariant that must hold for every input. A broken one
// aborts, so libFuzzer keeps the input as a crasher.
#include <cstdio>
#include <cstdlib>

#define MIZAN_FUZZ_CHECK(cond)                                                              \
    do {                                                                                    \
        if (!(cond)) {                                                                      \
            std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                   \
        }                                                                                   \
    } while (0)
