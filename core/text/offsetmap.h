#pragma once
// The way back from a normalised text to the raw text it was made from.
//
// A normalised text is described as a sequence of aligned segments: segment k maps the raw
// code points [rawStart, rawEnd) onto the normalised code points [normStart, normEnd). The
// segments are contiguous and in order on BOTH sides and together cover the whole raw text
// and the whole normalised text, so the map is monotone and covering by construction:
//   1:1  a letter kept or changed (أ -> ا)             raw 1, norm 1
//   n:1  letters merged (ااااا -> ا, ا + U+0654 -> أ)   raw n, norm 1
//   1:n  a character expanded (ﻻ -> لا)                raw 1, norm n (both chars share it)
//   n:0  characters deleted (a URL, a bidi mark)       raw n, norm 0
//   n:m  a span replaced by a token (URL -> [رابط])    raw n, norm m
// A removed diacritic or tatweel is folded into the segment of the letter before it, so a
// normalised letter "knows" its marks and a highlight mapped back includes them.
// All positions are code-point indices, ranges end-exclusive.
#include <cstddef>
#include <vector>

namespace mizan {

// [start, end) in code points.
struct TextRange {
    std::size_t start = 0;
    std::size_t end = 0;
    bool empty() const { return start >= end; }
    std::size_t size() const { return end > start ? end - start : 0; }
    bool operator==(const TextRange &o) const { return start == o.start && end == o.end; }
    bool operator!=(const TextRange &o) const { return !(*this == o); }
};

struct OffsetSegment {
    std::size_t rawStart = 0;
    std::size_t rawEnd = 0;
    std::size_t normStart = 0;
    std::size_t normEnd = 0;
    bool operator==(const OffsetSegment &o) const;
};

// A compact form: a run with oneToOne set stands for (rawEnd - rawStart) consecutive 1:1
// segments (raw and norm lengths must then be equal). Unchanged stretches of text are one run.
struct OffsetRun {
    std::size_t rawStart = 0;
    std::size_t rawEnd = 0;
    std::size_t normStart = 0;
    std::size_t normEnd = 0;
    bool oneToOne = false;
};

class OffsetMap {
public:
    OffsetMap() = default;
    // Takes segments that must be contiguous on both sides, starting at 0 (throws
    // std::invalid_argument otherwise: a broken map is a programming error). Empty segments
    // (raw and norm both empty) are dropped.
    explicit OffsetMap(const std::vector<OffsetSegment> &segments);
    // From runs (same contiguity rules; a oneToOne run must have equal lengths).
    static OffsetMap fromRuns(std::vector<OffsetRun> runs);
    // The map of an unchanged text of `length` code points.
    static OffsetMap identity(std::size_t length);

    std::size_t rawLength() const;
    std::size_t normLength() const;
    // Every segment, oneToOne runs expanded (a new vector: O(length) for unchanged text).
    std::vector<OffsetSegment> segments() const;
    // The compact runs (consecutive 1:1 segments merged).
    const std::vector<OffsetRun> &runs() const { return m_runs; }

    // The raw range that the normalised code points [normStart, normEnd) came from: the union
    // of the raw sides of every segment they touch. An empty query maps to an empty range at
    // the raw start of the segment holding normalised char `normStart` (rawLength() at the
    // end). Arguments are clamped to normLength(); normEnd < normStart is treated as empty.
    TextRange rawRange(std::size_t normStart, std::size_t normEnd) const;
    // The normalised range that the raw code points [rawStart, rawEnd) became: the union of
    // the normalised sides of every segment they touch. When every touched raw character was
    // deleted the result is an empty range at the place where they were. Arguments are
    // clamped to rawLength().
    TextRange normRange(std::size_t rawStart, std::size_t rawEnd) const;

    // Range helpers taking TextRange.
    TextRange rawRange(TextRange norm) const { return rawRange(norm.start, norm.end); }
    TextRange normRange(TextRange raw) const { return normRange(raw.start, raw.end); }

    // The map of applying `this` and then `next` (whose raw side is this map's normalised
    // text): raw -> final. Throws std::invalid_argument when the lengths do not match.
    OffsetMap then(const OffsetMap &next) const;

private:
    std::vector<OffsetRun> m_runs;
};

} // namespace mizan
