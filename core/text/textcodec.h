#pragma once
// Internal to mizan_text: fast code points -> UTF-8 for the hot paths (decoding is
// utf8::decode, whose error every entry point of the library gives for invalid input).
#include <string>
#include <string_view>

#include <unicode/utf8.h>

#include "common/utf8.h"

namespace mizan {

// Appends `cps` to `out` as UTF-8 (surrogates and values past U+10FFFF become U+FFFD).
inline void appendUtf8(std::string &out, std::u32string_view cps)
{
    std::size_t bytes = 0;
    for (char32_t c : cps)
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : (c < 0x10000 || c > 0x10FFFF) ? 3 : 4;  // U+FFFD: 3
    std::size_t pos = out.size();
    out.resize(pos + bytes);
    auto *p = reinterpret_cast<uint8_t *>(out.data());
    for (char32_t c : cps) {
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            c = 0xFFFD;
        U8_APPEND_UNSAFE(p, pos, static_cast<UChar32>(c));
    }
}

inline std::string encodeUtf8(std::u32string_view cps)
{
    std::string out;
    appendUtf8(out, cps);
    return out;
}

} // namespace mizan
