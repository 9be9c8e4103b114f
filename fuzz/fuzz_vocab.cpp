// libFuzzer target: vocab.txt, then a tokenizer built on it when it has the special tokens.
#include <string_view>

#include "fuzzcheck.h"
#include "tokenize/wordpiece.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto vocab = mizan::Vocab::parse(text, "vocab.txt");
    if (!vocab) {
        MIZAN_FUZZ_CHECK(vocab.error().find("vocab.txt") != std::string::npos);
        return 0;
    }
    for (std::size_t i = 0; i < vocab->size(); ++i)
        MIZAN_FUZZ_CHECK(vocab->find(vocab->token(std::int64_t(i))).has_value());
    return 0;
}
