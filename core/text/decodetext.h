#pragma once
// Internal to mizan_text: UTF-8 -> code points with the error message every entry point of
// the library gives for invalid input.
#include <string>
#include <string_view>

#include "common/result.h"
#include "common/utf8.h"

namespace mizan {

// The code points of `text`, or InvalidArgument naming the byte offset and the code point
// index of the first invalid sequence.
inline Result<std::u32string> decodeText(std::string_view text)
{
    if (const auto bad = utf8::findInvalid(text))
        return Result<std::u32string>(ErrorCode::InvalidArgument,
                                      "invalid UTF-8 at byte " + std::to_string(bad->byteOffset) +
                                          " (after code point " + std::to_string(bad->codePoint) +
                                          "): expected UTF-8 text");
    return utf8::decode(text);
}

} // namespace mizan
