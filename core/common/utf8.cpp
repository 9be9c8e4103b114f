#include "common/utf8.h"

#include "common/brieftext.h"

#include <unicode/utf8.h>

namespace mizan::utf8 {

std::optional<InvalidUtf8> findInvalid(std::string_view text)
{
    const auto *s = reinterpret_cast<const uint8_t *>(text.data());
    const int32_t n = static_cast<int32_t>(text.size());
    int32_t i = 0;
    std::size_t count = 0;
    while (i < n) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0)
            return InvalidUtf8{static_cast<std::size_t>(start), count};
        ++count;
    }
    return std::nullopt;
}

bool isValid(std::string_view text) { return !findInvalid(text).has_value(); }

Result<std::u32string> decode(std::string_view text)
{
    std::u32string out(text.size(), U'\0');  // at most one code point a byte: no growth in the loop
    const auto *s = reinterpret_cast<const uint8_t *>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    int32_t i = 0;
    std::size_t k = 0;
    while (i < n) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0)
            return Status(ErrorCode::InvalidArgument, "invalid UTF-8 at byte " + std::to_string(start) +
                                                          " (after code point " + std::to_string(k) +
                                                          "): expected UTF-8 text");
        out[k++] = static_cast<char32_t>(c);
    }
    out.resize(k);
    return out;
}

std::u32string decodeLossy(std::string_view text)
{
    const auto *s = reinterpret_cast<const uint8_t *>(text.data());
    const int32_t n = static_cast<int32_t>(text.size());
    std::u32string out;
    out.reserve(text.size());
    int32_t i = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT_OR_FFFD(s, i, n, c);
        out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

std::string encode(char32_t cp)
{
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    uint8_t buf[4];
    int32_t len = 0;
    UBool err = false;  // cannot fail: the buffer holds any code point
    U8_APPEND(buf, len, 4, static_cast<UChar32>(cp), err);
    (void)err;
    return std::string(reinterpret_cast<const char *>(buf), static_cast<std::size_t>(len));
}

std::string encode(std::u32string_view cps)
{
    std::string out;
    out.reserve(cps.size() * 2);
    for (char32_t c : cps)
        out += encode(c);
    return out;
}

std::size_t length(std::string_view text)
{
    const auto *s = reinterpret_cast<const uint8_t *>(text.data());
    const int32_t n = static_cast<int32_t>(text.size());
    std::size_t count = 0;
    int32_t i = 0;
    while (i < n) {
        U8_FWD_1(s, i, n);
        ++count;
    }
    return count;
}

std::size_t byteOffset(std::string_view text, std::size_t index)
{
    const auto *s = reinterpret_cast<const uint8_t *>(text.data());
    const int32_t n = static_cast<int32_t>(text.size());
    int32_t i = 0;
    for (std::size_t k = 0; k < index && i < n; ++k)
        U8_FWD_1(s, i, n);
    return static_cast<std::size_t>(i);
}

std::string substr(std::string_view text, std::size_t start, std::size_t end)
{
    if (end < start)
        end = start;
    const std::size_t b = byteOffset(text, start);
    const std::size_t e = b + byteOffset(text.substr(b), end - start);
    return std::string(text.substr(b, e - b));
}

std::string brief(std::string_view text, std::size_t maxChars)
{
    const std::string_view head = text.substr(0, maxChars * 4 + 4);
    const std::size_t cut = byteOffset(head, maxChars);
    std::string out = isValid(head.substr(0, cut)) ? std::string(head.substr(0, cut))
                                                    : encode(decodeLossy(head.substr(0, cut)));
    if (cut < text.size())
        out += "...";
    return out;
}

} // namespace mizan::utf8
