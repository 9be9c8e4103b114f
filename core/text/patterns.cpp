#include "text/patterns.h"

#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

namespace mizan::textpatterns {
namespace {

constexpr char32_t kZwj = 0x200D;
constexpr char32_t kVs16 = 0xFE0F;
constexpr char32_t kVs15 = 0xFE0E;
constexpr char32_t kKeycap = 0x20E3;

std::uint32_t computeFlags(char32_t cp)
{
    const auto c = static_cast<UChar32>(cp);
    const int8_t type = u_charType(c);
    const bool mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
    UErrorCode err = U_ZERO_ERROR;
    std::uint32_t f = 0;
    if (u_isUWhiteSpace(c)) f |= kWhite;
    if (u_isUAlphabetic(c) && !mark) f |= kLetter;
    if (uscript_getScript(c, &err) == USCRIPT_ARABIC) f |= kArabic;
    if (type == U_DECIMAL_DIGIT_NUMBER) f |= kDigit;
    if (u_ispunct(c)) f |= kPunct;
    if (mark) f |= kMark;
    if (cp >= 0x80 && u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) f |= kPictographic;
    if (u_hasBinaryProperty(c, UCHAR_EMOJI)) f |= kEmoji;
    if (u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER)) f |= kEmojiModifier;
    if (u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR)) f |= kRegional;
    if (u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL)) f |= kBidiControl;
    auto formFlags = [&](const icu::Normalizer2 *n, std::uint32_t boundary, std::uint32_t alone) {
        if (!n)
            return;
        if (n->hasBoundaryBefore(c)) f |= boundary;
        icu::UnicodeString d;
        if (n->isInert(c) || !n->getDecomposition(c, d)) {
            f |= alone;
        } else {
            UErrorCode e = U_ZERO_ERROR;
            if (n->normalize(icu::UnicodeString(c), e) == icu::UnicodeString(c) && U_SUCCESS(e))
                f |= alone;
        }
    };
    err = U_ZERO_ERROR;
    formFlags(icu::Normalizer2::getNFCInstance(err), kNfcBoundary, kNfcAlone);
    err = U_ZERO_ERROR;
    formFlags(icu::Normalizer2::getNFKCInstance(err), kNfkcBoundary, kNfkcAlone);
    return f;
}

bool isPictographic(char32_t c) { return hasFlag(c, kPictographic); }
bool isRegional(char32_t c) { return hasFlag(c, kRegional); }
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

namespace detail {

const std::uint32_t *buildBmpFlags()
{
    static std::vector<std::uint32_t> table(0x10000);
    for (char32_t c = 0; c < 0x10000; ++c)
        table[c] = (c >= 0xD800 && c <= 0xDFFF) ? 0 : computeFlags(c);
    return table.data();
}

std::uint32_t computeCharFlags(char32_t c) { return c > 0x10FFFF ? 0 : computeFlags(c); }

} // namespace detail

std::size_t matchEmoji(std::u32string_view text, std::size_t pos)
{
    const std::size_t n = text.size();
    if (pos >= n)
        return pos;
    const char32_t c = text[pos];
    if (!(charFlags(c) & (kPictographic | kRegional | kEmoji)))
        return pos;
    std::size_t end = pos;
    if (isRegional(c)) {
        end = pos + 1;
        if (end < n && isRegional(text[end]))
            ++end;
        return end;
    }
    if (isPictographic(c)) {
        end = pos + 1;
    } else if (pos + 1 < n && (text[pos + 1] == kVs16 || text[pos + 1] == kKeycap)) {
        // Emoji characters that are text by default (digits, '#', '*', ©) count only when
        // VS16 or a keycap follows.
        if (!hasFlag(c, kEmoji))
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
        if (d == kVs16 || d == kVs15 || d == kKeycap || isTag(d) || hasFlag(d, kEmojiModifier)) {
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
    if (pos >= text.size() || (text[pos] != 'h' && text[pos] != 'H' && text[pos] != 'w' && text[pos] != 'W'))
        return pos;
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
    if (pos >= n || !isEmailLocal(text[pos]) || (pos > 0 && isEmailLocal(text[pos - 1])))
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
