#pragma once
// The spelling of a device name, torch-free (the CLI checks --device with it before anything
// loads): auto, cpu, cuda or cuda:N. Whether this machine has the device is deviceFromName's
// answer (runtime/device.h).
#include <string_view>

namespace mizan {

// N of "cuda:N" (one to three digits, no sign or spaces); -1 when `name` is not of that form.
int cudaDeviceIndex(std::string_view name);

// True for "auto", "cpu", "cuda" and "cuda:N".
bool isDeviceName(std::string_view name);

} // namespace mizan
