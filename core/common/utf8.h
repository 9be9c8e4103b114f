#pragma once
// UTF-8 <-> code points. Offsets across core are code-point indices into the raw UTF-8 text.
#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.h"

namespace mizan::utf8 {

// Position of the first invalid byte sequence in a UTF-8 string.
struct InvalidUtf8 {
    std::size_t byteOffset = 0;  // offset of the offending byte
    std::size_t codePoint = 0;   // number of valid code points before it
};

// Returns the code points of `text`, or InvalidArgument naming the byte offset and the code
// point index of the first invalid sequence (overlong forms, surrogates and values past
// U+10FFFF are invalid). The one strict decoder: the text library's entry points use it.
Result<std::u32string> decode(std::string_view text);

// Like decode() but never fails: invalid sequences become U+FFFD.
std::u32string decodeLossy(std::string_view text);

// Returns the first invalid sequence, or nothing when `text` is valid UTF-8.
std::optional<InvalidUtf8> findInvalid(std::string_view text);

bool isValid(std::string_view text);

// Encodes code points as UTF-8. Unpaired surrogates and values past U+10FFFF become U+FFFD.
std::string encode(std::u32string_view codePoints);
std::string encode(char32_t codePoint);

// Number of code points in valid UTF-8 text (invalid bytes count as one each).
std::size_t length(std::string_view text);

// The code points [start, end) of `text` as UTF-8. Indices are clamped to the text.
std::string substr(std::string_view text, std::size_t start, std::size_t end);

// Byte offset of code point `index` (text.size() when index >= length).
std::size_t byteOffset(std::string_view text, std::size_t index);

} // namespace mizan::utf8
