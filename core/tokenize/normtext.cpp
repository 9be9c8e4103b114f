#include "tokenize/normtext.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include "common/utf8.h"

namespace mizan::tok {

NText makeNText(std::u32string_view text, std::size_t base)
{
    NText out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        out.push_back({text[i], base + i, base + i + 1});
    return out;
}

std::u32string toU32(const NText &text)
{
    std::u32string out;
    out.reserve(text.size());
    for (const NChar &c : text)
        out.push_back(c.cp);
    return out;
}

std::string toUtf8(const NText &text) { return utf8::encode(toU32(text)); }

bool isControl(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    const int8_t t = u_charType(static_cast<UChar32>(c));
    return t == U_CONTROL_CHAR || t == U_FORMAT_CHAR;
}

bool isWhitespace(char32_t c)
{
    if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r')
        return true;
    return u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR;
}

bool isPunctuation(char32_t c)
{
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126))
        return true;
    return u_ispunct(static_cast<UChar32>(c));
}

bool isChineseChar(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

bool isPySpace(char32_t c)
{
    const UChar32 u = static_cast<UChar32>(c);
    const UCharDirection d = u_charDirection(u);
    return d == U_WHITE_SPACE_NEUTRAL || d == U_BLOCK_SEPARATOR || d == U_SEGMENT_SEPARATOR
        || u_charType(u) == U_SPACE_SEPARATOR;
}

namespace {

std::u32string fromUnicodeString(const icu::UnicodeString &s)
{
    std::u32string out;
    out.reserve(static_cast<std::size_t>(s.length()));
    for (int32_t i = 0; i < s.length();) {
        const UChar32 c = s.char32At(i);
        out.push_back(static_cast<char32_t>(c));
        i += U16_LENGTH(c);
    }
    return out;
}

void appendSegment(NText &out, const icu::Normalizer2 &norm, const NText &in, std::size_t from, std::size_t to)
{
    if (to - from == 1 && norm.isInert(static_cast<UChar32>(in[from].cp))) {
        out.push_back(in[from]);
        return;
    }
    icu::UnicodeString seg;
    std::size_t start = in[from].start, end = in[from].end;
    for (std::size_t i = from; i < to; ++i) {
        seg.append(static_cast<UChar32>(in[i].cp));
        start = std::min(start, in[i].start);
        end = std::max(end, in[i].end);
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = norm.normalize(seg, status);
    if (U_FAILURE(status)) {  // cannot happen for valid code points; keep the input unchanged
        out.insert(out.end(), in.begin() + static_cast<std::ptrdiff_t>(from),
                   in.begin() + static_cast<std::ptrdiff_t>(to));
        return;
    }
    for (char32_t c : fromUnicodeString(normalized))
        out.push_back({c, start, end});
}

// Normalises segment by segment (a segment starts at each character with a normalisation
// boundary before it), so each output character knows which raw characters it came from.
NText normalize(const NText &text, const icu::Normalizer2 &norm)
{
    NText out;
    out.reserve(text.size());
    std::size_t segStart = 0;
    for (std::size_t i = 1; i <= text.size(); ++i) {
        if (i == text.size() || norm.hasBoundaryBefore(static_cast<UChar32>(text[i].cp))) {
            if (i > segStart)
                appendSegment(out, norm, text, segStart, i);
            segStart = i;
        }
    }
    return out;
}

const icu::Normalizer2 &nfcInstance()
{
    UErrorCode status = U_ZERO_ERROR;
    return *icu::Normalizer2::getNFCInstance(status);
}

const icu::Normalizer2 &nfdInstance()
{
    UErrorCode status = U_ZERO_ERROR;
    return *icu::Normalizer2::getNFDInstance(status);
}

} // namespace

NText lowerCase(const NText &text)
{
    NText out;
    out.reserve(text.size());
    for (const NChar &c : text) {
        const UChar32 u = static_cast<UChar32>(c.cp);
        if (u < 0x80) {
            out.push_back({static_cast<char32_t>(u >= 'A' && u <= 'Z' ? u + 32 : u), c.start, c.end});
            continue;
        }
        // Python's str.lower() uses the full mapping; the only unconditional lower-case
        // mapping that differs from the simple one is U+0130 -> "i" + U+0307.
        if (u == 0x130) {
            out.push_back({U'i', c.start, c.end});
            out.push_back({U'\u0307', c.start, c.end});
            continue;
        }
        out.push_back({static_cast<char32_t>(u_tolower(u)), c.start, c.end});
    }
    return out;
}

// True when `text` is certainly already in the form `property` (UCHAR_NFC_QUICK_CHECK or
// UCHAR_NFD_QUICK_CHECK) asks for: every character "yes" and combining classes in canonical
// order. `noMarks` also requires that no character is a non-spacing mark.
bool quickCheckYes(const NText &text, UProperty property, bool noMarks)
{
    uint8_t lastClass = 0;
    for (const NChar &c : text) {
        const UChar32 u = static_cast<UChar32>(c.cp);
        if (u < 0xC0) {  // ASCII and Latin-1 symbols: always "yes", class 0, never Mn
            lastClass = 0;
            continue;
        }
        if (u_getIntPropertyValue(u, property) != UNORM_YES)
            return false;
        if (noMarks && u_charType(u) == U_NON_SPACING_MARK)
            return false;
        const uint8_t cc = u_getCombiningClass(u);
        if (cc != 0 && lastClass > cc)
            return false;
        lastClass = cc;
    }
    return true;
}

NText nfc(const NText &text)
{
    // Most text is already NFC: the quick check avoids building segments.
    if (quickCheckYes(text, UCHAR_NFC_QUICK_CHECK, false))
        return text;
    return normalize(text, nfcInstance());
}

NText stripAccents(const NText &text)
{
    if (quickCheckYes(text, UCHAR_NFD_QUICK_CHECK, true))
        return text;
    const icu::Normalizer2 &nfd = nfdInstance();
    NText decomposed = normalize(text, nfd);
    decomposed.erase(std::remove_if(decomposed.begin(), decomposed.end(),
                                    [](const NChar &c) {
                                        return u_charType(static_cast<UChar32>(c.cp)) == U_NON_SPACING_MARK;
                                    }),
                     decomposed.end());
    return decomposed;
}

} // namespace mizan::tok
