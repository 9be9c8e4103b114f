#pragma once
// What this process runs on: Mizan's version, the libtorch it was built with, the BLAS library
// actually loaded (libtorch's matrix products fall back to the reference BLAS, about 18x
// slower, when Debian's libblas.so.3 alternative points at it) and whether CUDA is usable.
// Shown by `mizan --version` and the studio's About box; the BLAS check warns at start.
// Torch-free header.
#include <string>

namespace mizan {

struct BlasInfo {
    std::string name;     // "OpenBLAS", "BLIS", "ATLAS", "MKL", "reference BLAS" or "unknown"
    std::string detail;   // the loaded library's path, or OpenBLAS's own config string
    bool reference = false;  // the slow Netlib reference implementation
};

// What a loaded library file is: a BLAS by its file name and, for Debian's libblas.so.3
// alternatives, its folder (blas/ is the reference, openblas-*/ OpenBLAS...); empty name when
// it is no BLAS.
BlasInfo classifyBlasLibrary(const std::string &path);

// The BLAS mapped into this process, read from /proc/self/maps (never fails: "unknown").
BlasInfo detectBlas();

// A warning for users when the reference BLAS is in use (with the Debian fix), else empty.
std::string blasWarning(const BlasInfo &blas);

struct RuntimeInfo {
    std::string mizanVersion;
    std::string torchVersion;
    BlasInfo blas;
    bool cudaAvailable = false;
    int cudaDevices = 0;
};

// Collects the above; asks libtorch about CUDA (cheap on CPU-only builds).
RuntimeInfo runtimeInfo();

// Several lines: "Mizan 0.1.0", "libtorch 1.13.0", "BLAS: OpenBLAS (...)", "CUDA: ...".
std::string runtimeInfoText(const RuntimeInfo &info);

} // namespace mizan
