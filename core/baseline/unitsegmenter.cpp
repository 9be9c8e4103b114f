#include "baseline/unitsegmenter.h"

#include <unicode/uchar.h>

namespace mizan::baseline {
namespace {

bool isWordChar(char32_t c)
{
    if (c == U'\u0640')  // tatweel
        return true;
    const auto cat = u_charType(static_cast<UChar32>(c));
    return u_isalnum(static_cast<UChar32>(c)) || cat == U_NON_SPACING_MARK ||
           cat == U_COMBINING_SPACING_MARK || cat == U_ENCLOSING_MARK;
}

bool isSpace(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == U'\u200f' || c == U'\u200e'; }

bool isArabicLetter(char32_t c) { return c >= U'\u0621' && c <= U'\u064A'; }

// Letters of a word run counted without marks/tatweel, from position `from`.
std::size_t lettersFrom(std::u32string_view text, std::size_t from, std::size_t end)
{
    std::size_t n = 0;
    for (std::size_t i = from; i < end; ++i)
        if (isArabicLetter(text[i]))
            ++n;
    return n;
}

// Splits proclitics off the Arabic word run [start, end): (و|ف)? (ب|ل|ك)? and, after ل, the
// article's ل of "لل". A clitic is split only when at least two letters remain for the host.
void splitWord(std::u32string_view text, std::size_t start, std::size_t end, std::size_t word,
               std::vector<Unit> &out)
{
    std::size_t pos = start;
    auto take = [&](auto pred) {
        if (pos < end && pred(text[pos]) && lettersFrom(text, pos + 1, end) >= 2) {
            out.push_back({pos, pos + 1, word, true, true});
            ++pos;
            return true;
        }
        return false;
    };
    take([](char32_t c) { return c == U'\u0648' || c == U'\u0641'; });             // و ف
    const bool lam = pos < end && text[pos] == U'\u0644';
    if (take([](char32_t c) { return c == U'\u0628' || c == U'\u0644' || c == U'\u0643'; }) && lam)  // ب ل ك
        take([](char32_t c) { return c == U'\u0644'; });  // "لل" = ل + the article's ل
    out.push_back({pos, end, word, false, true});
}

} // namespace

std::vector<Unit> segmentUnits(std::u32string_view text)
{
    std::vector<Unit> units;
    std::size_t word = 0;
    bool inWord = false;  // inside a whitespace-separated word
    std::size_t i = 0;
    while (i < text.size()) {
        if (isSpace(text[i])) {
            if (inWord)
                ++word;
            inWord = false;
            ++i;
            continue;
        }
        inWord = true;
        if (!isWordChar(text[i])) {
            units.push_back({i, i + 1, word, false, false});
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && isWordChar(text[j]))
            ++j;
        if (isArabicLetter(text[i]))
            splitWord(text, i, j, word, units);
        else
            units.push_back({i, j, word, false, true});
        i = j;
    }
    return units;
}

std::u32string unitText(std::u32string_view text, const Unit &unit)
{
    return std::u32string(text.substr(unit.start, unit.end - unit.start));
}

} // namespace mizan::baseline
