// libFuzzer target: baseline.json of a saved linear baseline.
#include <string_view>

#include "baseline/baselineconfig.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto config = mizan::parseBaselineConfig(text, "baseline.json");
    if (!config) {
        MIZAN_FUZZ_CHECK(config.error().rfind("baseline.json", 0) == 0);
        // The library\'s tag never reaches a message (unless the input itself holds those words).
        MIZAN_FUZZ_CHECK(text.find("json.exception") != std::string_view::npos ||
                         config.error().find("json.exception") == std::string::npos);
        return 0;
    }
    MIZAN_FUZZ_CHECK(config->options.window <= 4096 && config->options.taggerBuckets >= 1);
    MIZAN_FUZZ_CHECK(!config->polarityLabels.empty());
    return 0;
}
