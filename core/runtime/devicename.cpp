#include "runtime/devicename.h"

namespace mizan {

int cudaDeviceIndex(std::string_view name)
{
    if (name.substr(0, 5) != "cuda:")
        return -1;
    const std::string_view digits = name.substr(5);
    if (digits.empty() || digits.size() > 3 || digits.find_first_not_of("0123456789") != std::string_view::npos)
        return -1;
    int index = 0;
    for (char c : digits)
        index = index * 10 + (c - '0');
    return index;
}

bool isDeviceName(std::string_view name)
{
    return name == "auto" || name == "cpu" || name == "cuda" || cudaDeviceIndex(name) >= 0;
}

} // namespace mizan
