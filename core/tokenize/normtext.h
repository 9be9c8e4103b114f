#pragma once
// Internal to core/tokenize: text as code points that each remember the raw code-point range
// they came from, and the Unicode operations of HF's BasicTokenizer applied to it (ICU).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::tok {

struct NChar {
    char32_t cp = 0;
    std::size_t start = 0;  // raw range [start, end)
    std::size_t end = 0;
};
using NText = std::vector<NChar>;

// Each code point of `text` with its own index as range, offset by `base`.
NText makeNText(std::u32string_view text, std::size_t base = 0);
std::string toUtf8(const NText &text);
std::u32string toU32(const NText &text);

// Character classes exactly as HF's tokenization_bert.py (Python unicodedata) defines them.
bool isControl(char32_t c);      // Cc/Cf, except \t \n \r
bool isWhitespace(char32_t c);   // space \t \n \r or Zs
bool isPunctuation(char32_t c);  // ASCII non-alphanumeric printables or any P*
bool isChineseChar(char32_t c);  // the CJK ideograph blocks of BERT's _is_chinese_char
bool isPySpace(char32_t c);      // Python str.isspace(): bidi WS/B/S or Zs

// Full (unconditional) lower-case mapping of each character, as Python's str.lower() of a
// single character; one input may give several outputs, all keeping its range.
NText lowerCase(const NText &text);
// NFC / NFD of the whole text; characters merged or reordered share their segment's range.
NText nfc(const NText &text);
// NFD followed by removal of every non-spacing mark (category Mn): HF _run_strip_accents.
NText stripAccents(const NText &text);

} // namespace mizan::tok
