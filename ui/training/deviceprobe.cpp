#include "ui/training/deviceprobe.h"

#include <QCoreApplication>
#include <QDir>

#include <link.h>

#include <cstring>

namespace mizan::ui {

namespace {

int findCudaTorch(struct dl_phdr_info *info, size_t, void *data)
{
    if (info->dlpi_name && std::strstr(info->dlpi_name, "libtorch_cuda"))
        *static_cast<bool *>(data) = true;
    return 0;
}

} // namespace

CudaStatus probeCuda()
{
    bool cudaTorch = false;
    dl_iterate_phdr(findCudaTorch, &cudaTorch);
    if (!cudaTorch)
        return {false, QCoreApplication::translate("mizan::ui::TrainingPanel",
                                                   "This build of libtorch has no CUDA support (CPU only).")};
    const QDir gpus(QStringLiteral("/proc/driver/nvidia/gpus"));
    if (!gpus.exists() || gpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
        return {false,
                QCoreApplication::translate("mizan::ui::TrainingPanel", "No NVIDIA GPU driver or GPU was found.")};
    return {true, {}};
}

} // namespace mizan::ui
