// libFuzzer target: tokenizer_config.json.
#include <string>

#include "fuzzcheck.h"
#include "tokenize/tokenizerconfig.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    auto config = mizan::parseTokenizerConfig(text, "tokenizer_config.json");
    if (!config) {
        MIZAN_FUZZ_CHECK(config.error().rfind("tokenizer_config.json", 0) == 0);
        // The library\'s tag never reaches a message (unless the input itself holds those words).
        MIZAN_FUZZ_CHECK(text.find("json.exception") != std::string_view::npos ||
                         config.error().find("json.exception") == std::string::npos);
    }
    return 0;
}
