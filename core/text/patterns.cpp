#include "text/patterns.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace mizan::textpatterns {
namespace {

constexpr char32_t kZwj = 0x200D;
constexpr char32_t kVs16 = 0xFE0F;
constexpr char32_t kVs15 = 0xFE0E;
constexpr char32_t kKeycap = 0x20E3;

bool has(char32_t c, UProperty p) { return u_hasBinaryProperty(static_cast<UChar32>(c), p); }
bool isPictographic(char32_t c) { return c >= 0x80 && has(c, UCHAR_EXTENDED_PICTOGRAPHIC); }
bool isRegional(char32_t c) { return has(c, UCHAR_REGIONAL_INDICATOR); }
bool isTag(char32_t c) { return c >= 0xE0020 && c <= 0xE007F; }

bool isAsciiAlnum(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool isEmailLocal(char32_t c) { return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool isDomainChar(char32_t c) { return isAsciiAlnum(c) || c == '.' || c == '-'; }
bool isNameChar(char32_t c) { return c == '_' || isLetter(c) || isDecimalDigit(c); }

// Characters that end a sentence rather than a URL when they come last.
bool isTrailingPunct(char32_t c)
{
    switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '}':
    case '\'': case '"': case 0x060C: case 0x061B: case 0x061F: case 0x06D4:
        return true;
    default:
        return false;
    }
}

bool startsWithAscii(std::u32string_view text, std::size_t pos, std::string_view prefix, bool ignoreCase)
{
    if (text.size() - pos < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char32_t c = text[pos + i];
        if (ignoreCase && c >= 'A' && c <= 'Z')
            c = c - 'A' + 'a';
        if (c != static_cast<unsigned char>(prefix[i]))
            return false;
    }
    return true;
}

} // namespace

bool isWhiteSpace(char32_t c)
{
    if (c == ' ')
        return true;
    if (c < 0x09)
        return false;
    return u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool isLetter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return u_isUAlphabetic(static_cast<UChar32>(c)) && !isTashkeel(c) && u_charType(static_cast<UChar32>(c)) != U_NON_SPACING_MARK;
}

bool isArabicLetter(char32_t c)
{
    if (c < 0x0600)
        return false;
    UErrorCode err = U_ZERO_ERROR;
    return isLetter(c) && uscript_getScript(static_cast<UChar32>(c), &err) == USCRIPT_ARABIC;
}

bool isDecimalDigit(char32_t c)
{
    if (c < 0x80)
        return c >= '0' && c <= '9';
    return u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER;
}

bool isTashkeel(char32_t c) { return (c >= 0x064B && c <= 0x0652) || c == 0x0670; }

bool isPunctuation(char32_t c) { return u_ispunct(static_cast<UChar32>(c)); }

std::size_t matchEmoji(std::u32string_view text, std::size_t pos)
{
    const std::size_t n = text.size();
    if (pos >= n)
        return pos;
    const char32_t c = text[pos];
    std::size_t end = pos;
    if (isRegional(c)) {
        end = pos + 1;
        if (end < n && isRegional(text[end]))
            ++end;
        return end;
    }
    if (isPictographic(c)) {
        end = pos + 1;
    } else if (c >= 0x80 || (pos + 1 < n && (text[pos + 1] == kVs16 || text[pos + 1] == kKeycap))) {
        // Emoji characters that are text by default (digits, '#', '*', ©) count only when
        // VS16 or a keycap follows.
        if (!has(c, UCHAR_EMOJI) || pos + 1 >= n)
            return pos;
        const char32_t next = text[pos + 1];
        if (next != kVs16 && next != kKeycap)
            return pos;
        end = pos + 1;
    } else {
        return pos;
    }
    while (end < n) {
        const char32_t d = text[end];
        if (d == kVs16 || d == kVs15 || d == kKeycap || isTag(d) || has(d, UCHAR_EMOJI_MODIFIER)) {
            ++end;
        } else if (d == kZwj && end + 1 < n && isPictographic(text[end + 1])) {
            end += 2;
        } else {
            break;
        }
    }
    return end;
}

std::size_t matchUrl(std::u32string_view text, std::size_t pos)
{
    std::size_t start = pos;
    if (startsWithAscii(text, pos, "https://", true))
        start += 8;
    else if (startsWithAscii(text, pos, "http://", true))
        start += 7;
    else if (startsWithAscii(text, pos, "www.", true))
        start += 4;
    else
        return pos;
    std::size_t end = start;
    while (end < text.size() && !isWhiteSpace(text[end]))
        ++end;
    while (end > start && isTrailingPunct(text[end - 1]))
        --end;
    return end > start ? end : pos;
}

std::size_t matchEmail(std::u32string_view text, std::size_t pos)
{
    const std::size_t n = text.size();
    if (pos > 0 && isEmailLocal(text[pos - 1]))
        return pos;
    std::size_t at = pos;
    while (at < n && isEmailLocal(text[at]))
        ++at;
    if (at == pos || at >= n || text[at] != '@')
        return pos;
    std::size_t end = at + 1;
    while (end < n && isDomainChar(text[end]))
        ++end;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-'))
        --end;
    // The domain needs a dot followed by a top-level part of two letters or more.
    std::size_t dot = end;
    while (dot > at + 1 && text[dot - 1] != '.')
        --dot;
    if (dot <= at + 2 || end - dot < 2)
        return pos;
    return end;
}

std::size_t matchMention(std::u32string_view text, std::size_t pos)
{
    if (pos >= text.size() || text[pos] != '@')
        return pos;
    if (pos > 0 && (isNameChar(text[pos - 1]) || text[pos - 1] == '@'))
        return pos;
    std::size_t end = pos + 1;
    while (end < text.size() && isNameChar(text[end]))
        ++end;
    return end > pos + 1 ? end : pos;
}

} // namespace mizan::textpatterns
