// libFuzzer target: the safetensors reader (header JSON, dtypes, shapes, data offsets).
#include <string_view>

#include "fuzzcheck.h"
#include "model/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    auto index = mizan::parseSafetensors(bytes, "fuzz.safetensors");
    if (!index)
        MIZAN_FUZZ_CHECK(index.error().rfind("fuzz.safetensors", 0) == 0);
    return 0;
}
