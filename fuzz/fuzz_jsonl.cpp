// libFuzzer target: the JSON Lines corpus reader (Mizan and doccano flavours).
#include "corpusfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    mizan::fuzz::importBoth(data, size, "fuzz.jsonl", mizan::CorpusFormat::JsonlMizan);
    mizan::fuzz::importBoth(data, size, "fuzz.jsonl", mizan::CorpusFormat::JsonlDoccano);
    return 0;
}
