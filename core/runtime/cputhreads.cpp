#include "runtime/cputhreads.h"

#include <ATen/Parallel.h>
#include <dlfcn.h>

#include <algorithm>

namespace mizan {

void configureCpuThreads(int threads)
{
    threads = std::max(1, threads);
    at::set_num_threads(threads);
    // Looked up at run time: libtorch may use OpenBLAS, another BLAS, or none through
    // libblas.so.3, and linking to OpenBLAS directly would tie the build to it.
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        set(threads);
}

} // namespace mizan
