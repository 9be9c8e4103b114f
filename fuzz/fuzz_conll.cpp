// libFuzzer target: the CoNLL / BIO corpus reader.
#include "corpusfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    mizan::fuzz::importBoth(data, size, "fuzz.conll", mizan::CorpusFormat::Conll);
    return 0;
}
