#pragma once
// Internal to mizan_text: recognisers shared by the normaliser and the segmenter. Each
// returns the end (exclusive) of the match that starts at `pos` in `text`, or `pos` when
// nothing matches there. Character classes come from ICU properties.
#include <cstddef>
#include <cstdint>
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

// Unicode properties of one code point as bits, looked up in a table that is filled from ICU
// on first use for the BMP (ICU is asked directly above it).
enum CharFlag : std::uint32_t {
    kWhite = 1u << 0,        // White_Space
    kLetter = 1u << 1,       // Alphabetic, not a mark
    kArabic = 1u << 2,       // Script=Arabic
    kDigit = 1u << 3,        // General_Category=Nd
    kPunct = 1u << 4,        // General_Category=P*
    kMark = 1u << 5,         // General_Category=Mn|Mc|Me
    kPictographic = 1u << 6, // Extended_Pictographic (non-ASCII)
    kEmoji = 1u << 7,        // Emoji
    kEmojiModifier = 1u << 8,
    kRegional = 1u << 9,     // Regional_Indicator
    kBidiControl = 1u << 10, // Bidi_Control
    kNfcBoundary = 1u << 11, // NFC: a normalisation boundary always precedes it
    kNfcAlone = 1u << 12,    // NFC: unchanged when it stands alone
    kNfkcBoundary = 1u << 13,
    kNfkcAlone = 1u << 14,
};
namespace detail {
const std::uint32_t *buildBmpFlags();     // 0x10000 entries, filled from ICU, never freed
std::uint32_t computeCharFlags(char32_t c);
} // namespace detail

inline std::uint32_t charFlags(char32_t c)
{
    static const std::uint32_t *const table = detail::buildBmpFlags();
    return c < 0x10000 ? table[c] : detail::computeCharFlags(c);
}
inline bool hasFlag(char32_t c, std::uint32_t flag) { return (charFlags(c) & flag) != 0; }

inline bool isTashkeel(char32_t c) { return (c >= 0x064B && c <= 0x0652) || c == 0x0670; }  // U+064B..U+0652, U+0670
inline bool isWhiteSpace(char32_t c) { return hasFlag(c, kWhite); }
// Unicode alphabetic, not a mark (Arabic and Latin letters).
inline bool isLetter(char32_t c) { return hasFlag(c, kLetter) && !isTashkeel(c); }
// Alphabetic and in the Arabic script.
inline bool isArabicLetter(char32_t c)
{
    return (charFlags(c) & (kLetter | kArabic)) == (kLetter | kArabic) && !isTashkeel(c);
}
inline bool isDecimalDigit(char32_t c) { return hasFlag(c, kDigit); }  // general category Nd, any script
inline bool isPunctuation(char32_t c) { return hasFlag(c, kPunct); }   // general category P*

} // namespace mizan::textpatterns
