#include "corpus/wordtokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace mizan {

std::vector<WordToken> splitWords(std::string_view text)
{
    std::vector<WordToken> tokens;
    const auto *s = reinterpret_cast<const uint8_t *>(text.data());
    const int32_t n = static_cast<int32_t>(text.size());
    int32_t i = 0;
    std::size_t cp = 0;
    bool inWord = false;
    while (i < n) {
        UChar32 c;
        U8_NEXT_OR_FFFD(s, i, n, c);
        const int8_t type = u_charType(c);
        const bool symbol = type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL ||
                            type == U_MODIFIER_SYMBOL || type == U_OTHER_SYMBOL;
        if (u_isUWhiteSpace(c)) {
            inWord = false;
        } else if (u_ispunct(c) || symbol) {
            tokens.push_back({cp, cp + 1});
            inWord = false;
        } else if (inWord) {
            tokens.back().end = cp + 1;
        } else {
            tokens.push_back({cp, cp + 1});
            inWord = true;
        }
        ++cp;
    }
    return tokens;
}

std::size_t countWords(std::string_view text) { return splitWords(text).size(); }

} // namespace mizan
