#pragma once
// The units the baseline tags: runs of word characters (letters, digits, combining marks,
// tatweel) and single punctuation/symbol characters, with Arabic proclitics (و ف, ب ل ك, and
// the ل of "لل") split off as units of their own. Splitting below the whitespace word lets
// the tagger place a target boundary after an attached و / ب / ل, where about 19% of SemEval
// targets start; an unneeded split costs nothing, since B- I- joins the pieces again.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::baseline {

struct Unit {
    std::size_t start = 0;  // code points into the raw text, end exclusive
    std::size_t end = 0;
    std::size_t word = 0;   // index of the whitespace-separated word it belongs to
    bool clitic = false;    // a split-off proclitic
    bool wordChar = true;   // false for a punctuation / symbol unit
};

// Units of `text` (code points). White space is never part of a unit.
std::vector<Unit> segmentUnits(std::u32string_view text);

// The code points of `unit` in `text`.
std::u32string unitText(std::u32string_view text, const Unit &unit);

} // namespace mizan::baseline
