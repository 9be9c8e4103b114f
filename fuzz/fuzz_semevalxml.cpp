// libFuzzer target: the SemEval XML corpus reader, and format and encoding detection.
#include "corpusfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    mizan::fuzz::importBoth(data, size, "fuzz.xml", mizan::CorpusFormat::SemEvalXml);
    mizan::fuzz::importBoth(data, size, "fuzz", mizan::CorpusFormat::Unknown);  // detection, encodings
    return 0;
}
