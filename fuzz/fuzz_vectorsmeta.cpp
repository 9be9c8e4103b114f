// libFuzzer target: vectors.json, the description of a word-vectors folder (core/vectors).
#include <string_view>

#include "fuzzcheck.h"
#include "vectors/vectorsfile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto meta = mizan::vectors::parseMeta(text, "vectors.json");
    if (!meta) {
        MIZAN_FUZZ_CHECK(meta.error().rfind("vectors.json", 0) == 0);
        // The library's tag never reaches a message (unless the input itself holds those words).
        MIZAN_FUZZ_CHECK(text.find("json.exception") != std::string_view::npos ||
                         meta.error().find("json.exception") == std::string::npos);
        return 0;
    }
    const auto &o = meta->options;
    MIZAN_FUZZ_CHECK(o.dim >= 1 && o.dim <= 4096 && o.window >= 1 && o.epoch >= 1);
    MIZAN_FUZZ_CHECK(meta->sha256.size() == 64 && meta->words >= 1);
    return 0;
}
