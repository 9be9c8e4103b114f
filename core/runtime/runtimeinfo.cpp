#include "runtime/runtimeinfo.h"

#include <dlfcn.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <torch/cuda.h>
#include <torch/version.h>

namespace mizan {
BlasInfo classifyBlasLibrary(const std::string &path)
{
    const std::filesystem::path file(path);
    const std::string name = file.filename().string();
    const std::string dir = file.parent_path().filename().string();
    BlasInfo b;
    b.detail = file.string();
    if (name.rfind("libopenblas", 0) == 0 || (name.rfind("libblas.so", 0) == 0 && dir.rfind("openblas", 0) == 0))
        b.name = "OpenBLAS";
    else if (name.rfind("libblis", 0) == 0 || (name.rfind("libblas.so", 0) == 0 && dir.rfind("blis", 0) == 0))
        b.name = "BLIS";
    else if (name.rfind("libmkl", 0) == 0)
        b.name = "MKL";
    else if (name.rfind("libblas.so", 0) == 0 && dir == "atlas")
        b.name = "ATLAS";
    else if (name.rfind("libblas.so", 0) == 0) {
        b.name = "reference BLAS";
        b.reference = true;
    }
    return b;
}

BlasInfo detectBlas()
{
    // libblas.so.3 (what libtorch links) decides; a directly linked OpenBLAS or MKL counts
    // when there is no libblas.so.3.
    std::ifstream maps("/proc/self/maps");
    std::string line;
    BlasInfo viaLibblas, direct;
    while (std::getline(maps, line)) {
        const auto slash = line.find('/');
        if (slash == std::string::npos)
            continue;
        BlasInfo b = classifyBlasLibrary(line.substr(slash));
        if (b.name.empty())
            continue;
        const bool isLibblas = std::filesystem::path(b.detail).filename().string().rfind("libblas.so", 0) == 0;
        if (isLibblas && viaLibblas.name.empty())
            viaLibblas = b;
        else if (!isLibblas && direct.name.empty())
            direct = b;
    }
    BlasInfo out = !viaLibblas.name.empty() ? viaLibblas : direct;
    if (out.name.empty())
        return {"unknown", "no BLAS library found among the loaded libraries", false};
    if (out.name == "OpenBLAS") {
        using ConfigFn = char *(*)();
        if (auto fn = reinterpret_cast<ConfigFn>(dlsym(RTLD_DEFAULT, "openblas_get_config")))
            out.detail = fn();
    }
    return out;
}

std::string blasWarning(const BlasInfo &blas)
{
    if (!blas.reference)
        return {};
    return "warning: libtorch is using the reference BLAS (" + blas.detail +
           "), about 18x slower than OpenBLAS for training and prediction. Install libopenblas0-pthread "
           "(sudo apt-get install libopenblas0-pthread) or select it with "
           "sudo update-alternatives --config libblas.so.3-$(dpkg-architecture -qDEB_HOST_MULTIARCH)";
}

RuntimeInfo runtimeInfo()
{
    RuntimeInfo info;
    info.mizanVersion = MIZAN_VERSION;
    info.torchVersion = TORCH_VERSION;
    info.blas = detectBlas();
    try {
        info.cudaAvailable = torch::cuda::is_available();
        info.cudaDevices = info.cudaAvailable ? int(torch::cuda::device_count()) : 0;
    } catch (...) {
        info.cudaAvailable = false;  // a broken driver reads as "not available"
    }
    return info;
}

std::string runtimeInfoText(const RuntimeInfo &info)
{
    std::ostringstream o;
    o << "Mizan " << info.mizanVersion << '\n'
      << "libtorch " << info.torchVersion << '\n'
      << "BLAS: " << info.blas.name << " (" << info.blas.detail << ")\n"
      << "CUDA: ";
    if (info.cudaAvailable)
        o << "available (" << info.cudaDevices << (info.cudaDevices == 1 ? " device)" : " devices)");
    else
        o << "not available (CPU only)";
    o << '\n';
    return o.str();
}

} // namespace mizan
