// libFuzzer target: a Hugging Face BERT config.json.
#include <string_view>

#include "fuzzcheck.h"
#include "model/bertconfig.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto config = mizan::parseBertConfig(text, "config.json");
    if (!config) {
        MIZAN_FUZZ_CHECK(config.error().rfind("config.json", 0) == 0);
        // The library\'s tag never reaches a message (unless the input itself holds those words).
        MIZAN_FUZZ_CHECK(text.find("json.exception") != std::string_view::npos ||
                         config.error().find("json.exception") == std::string::npos);
        return 0;
    }
    MIZAN_FUZZ_CHECK(config->numLayers >= 1 && config->numLayers <= 256);
    MIZAN_FUZZ_CHECK(config->hiddenSize % config->numHeads == 0);
    return 0;
}
