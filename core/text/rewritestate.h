#pragma once
// Internal to mizan_text: the normaliser's working state. The text being normalised is kept
// flat, together with aligned segments (raw range <-> range in the current text). A step
// finds edits in the flat text; applyEdits() rewrites the text and merges every segment an
// edit touches into one, so the way back to the raw text is never lost.
#include <cstdint>
#include <string>
#include <vector>

#include "text/offsetmap.h"

namespace mizan::rewrite {

// A piece is either one atomic segment, or (oneToOne) a run of 1:1 segments, so that
// unchanged text costs one piece however long it is.
struct Piece {
    std::uint32_t rawStart = 0;
    std::uint32_t rawEnd = 0;
    std::uint32_t start = 0;  // in State::text
    std::uint32_t end = 0;
    bool oneToOne = false;
    bool locked = false;      // a replacement token or a kept URL: later steps leave it alone
};

struct State {
    std::u32string text;
    std::vector<Piece> pieces;

    // `raw` unchanged: one oneToOne piece.
    static State identity(std::u32string_view raw);
    OffsetMap toOffsetMap() const;
};

struct Edit {
    std::uint32_t start = 0;  // [start, end) in State::text
    std::uint32_t end = 0;
    std::u32string replacement;
    bool lock = false;    // the merged segment is locked
    bool attach = false;  // when the merged segment ends up empty, fold its raw range into the
                          // segment before it (a removed diacritic belongs to its letter)
};

// Applies `edits` (sorted by start, non-overlapping). An edit touching a locked segment is
// skipped. Edits that touch the same segment are merged into one segment.
void applyEdits(State &state, const std::vector<Edit> &edits);

} // namespace mizan::rewrite
