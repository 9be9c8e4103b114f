#pragma once
// Internal to mizan_text: recognisers shared by the normaliser and the segmenter. Each
// returns the end (exclusive) of the match that starts at `pos` in `text`, or `pos` when
// nothing matches there. Character classes come from ICU properties.
#include <cstddef>
#include <string_view>

namespace mizan::textpatterns {

// One emoji: an Extended_Pictographic or Regional_Indicator pair, or an Emoji character made
// an emoji by VS16 / keycap, with its modifiers, variation selectors, tags and ZWJ sequels.
std::size_t matchEmoji(std::u32string_view text, std::size_t pos);
// http:// https:// or www. followed by non-space characters; trailing punctuation excluded.
std::size_t matchUrl(std::u32string_view text, std::size_t pos);
// local@domain.tld (ASCII); `pos` must be the start of the local part.
std::size_t matchEmail(std::u32string_view text, std::size_t pos);
// @name where name is letters, digits or '_' (Arabic included); `pos` is at '@' and the
// character before it is not a letter or digit.
std::size_t matchMention(std::u32string_view text, std::size_t pos);

bool isWhiteSpace(char32_t c);
bool isLetter(char32_t c);       // Unicode alphabetic (Arabic and Latin letters)
bool isArabicLetter(char32_t c); // alphabetic and in the Arabic script
bool isDecimalDigit(char32_t c); // general category Nd, any script
bool isTashkeel(char32_t c);     // U+064B..U+0652, U+0670
bool isPunctuation(char32_t c);  // general category P*

} // namespace mizan::textpatterns
