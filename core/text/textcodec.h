#pragma once
// Internal to mizan_text: fast UTF-8 <-> code points for the hot paths, with the error
// message every entry point of the library gives for invalid input.
#include <string>
#include <string_view>

#include <unicode/utf8.h>

#include "common/result.h"
#include "common/utf8.h"

namespace mizan {

// The code points of `text`, or InvalidArgument naming the byte offset and the code point
// index of the first invalid sequence.
inline Result<std::u32string> decodeText(std::string_view text)
{
    std::u32string out(text.size(), U'\0');
    const auto *s = reinterpret_cast<const uint8_t *>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    int32_t i = 0;
    std::size_t k = 0;
    bool valid = true;
    while (i < n) {
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) {
            valid = false;
            break;
        }
        out[k++] = static_cast<char32_t>(c);
    }
    if (valid) {
        out.resize(k);
        return out;
    }
    const auto bad = utf8::findInvalid(text);
    return Result<std::u32string>(ErrorCode::InvalidArgument,
                                  "invalid UTF-8 at byte " + std::to_string(bad ? bad->byteOffset : 0) +
                                      " (after code point " + std::to_string(bad ? bad->codePoint : 0) +
                                      "): expected UTF-8 text");
}

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
