// libFuzzer target: a training preset (resources/presets/*.json or --preset FILE.json).
#include <string>

#include "fuzzcheck.h"
#include "train/preset.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    auto preset = mizan::parsePreset(text, "preset.json");
    if (!preset) {
        MIZAN_FUZZ_CHECK(preset.error().rfind("preset.json", 0) == 0);
        // The library\'s tag never reaches a message (unless the input itself holds those words).
        MIZAN_FUZZ_CHECK(text.find("json.exception") != std::string_view::npos ||
                         preset.error().find("json.exception") == std::string::npos);
        return 0;
    }
    MIZAN_FUZZ_CHECK(preset->layers >= 1 && preset->layers <= 64 && preset->batchSize >= 1);
    return 0;
}
