#pragma once
// Whether training on CUDA can work in this process, answered without torch headers (ui never
// sees them): the CUDA part of libtorch must be loaded and the NVIDIA driver must list a GPU.
#include <QString>

namespace mizan::ui {

struct CudaStatus {
    bool available = false;
    QString reason;  // why not, in words for a tooltip (empty when available)
};

CudaStatus probeCuda();

} // namespace mizan::ui
