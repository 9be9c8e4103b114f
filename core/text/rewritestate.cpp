#include "text/rewritestate.h"

namespace mizan::rewrite {

State State::identity(std::u32string_view raw)
{
    State s;
    s.text.assign(raw);
    const auto n = static_cast<std::uint32_t>(raw.size());
    if (n > 0)
        s.pieces.push_back({0, n, 0, n, true, false});
    return s;
}

OffsetMap State::toOffsetMap() const
{
    std::vector<OffsetRun> runs;
    runs.reserve(pieces.size());
    for (const Piece &p : pieces)
        runs.push_back({p.rawStart, p.rawEnd, p.start, p.end, p.oneToOne});
    return OffsetMap::fromRuns(std::move(runs));
}

namespace {

// Builds the rewritten state piece by piece.
class Writer {
public:
    Writer(const State &in, State &out) : m_in(in), m_out(out)
    {
        m_out.text.reserve(in.text.size());
        m_out.pieces.reserve(in.pieces.size() + 8);
    }

    // Copies [from, to) of the input text, which lies inside input piece `p`, unchanged.
    void copy(const Piece &p, std::uint32_t from, std::uint32_t to)
    {
        if (!p.oneToOne) {  // atomic: always copied whole
            push({p.rawStart, p.rawEnd, 0, 0, false, p.locked}, p.start, p.end);
            return;
        }
        if (from == to)
            return;
        const std::uint32_t raw = p.rawStart + (from - p.start);
        push({raw, raw + (to - from), 0, 0, true, false}, from, to);
    }

    // Appends one atomic segment covering raw [rawStart, rawEnd) with text `text`.
    void atomic(std::uint32_t rawStart, std::uint32_t rawEnd, const std::u32string &text, bool locked, bool attach)
    {
        if (text.empty() && attach && !m_out.pieces.empty()) {
            Piece &prev = m_out.pieces.back();
            if (prev.end > prev.start && !prev.locked) {
                if (prev.oneToOne && prev.end - prev.start > 1) {
                    // Split the last character off the run and give it the deleted range.
                    --prev.rawEnd;
                    --prev.end;
                    m_out.pieces.push_back({prev.rawEnd, rawEnd, prev.end, prev.end + 1, false, false});
                } else {
                    prev.oneToOne = false;
                    prev.rawEnd = rawEnd;
                }
                return;
            }
        }
        const auto start = static_cast<std::uint32_t>(m_out.text.size());
        m_out.text += text;
        m_out.pieces.push_back({rawStart, rawEnd, start, static_cast<std::uint32_t>(m_out.text.size()),
                                false, locked});
    }

private:
    void push(Piece p, std::uint32_t from, std::uint32_t to)
    {
        const auto start = static_cast<std::uint32_t>(m_out.text.size());
        m_out.text.append(m_in.text, from, to - from);
        p.start = start;
        p.end = static_cast<std::uint32_t>(m_out.text.size());
        if (p.oneToOne && !m_out.pieces.empty() && m_out.pieces.back().oneToOne &&
            m_out.pieces.back().rawEnd == p.rawStart) {
            m_out.pieces.back().rawEnd = p.rawEnd;
            m_out.pieces.back().end = p.end;
            return;
        }
        m_out.pieces.push_back(p);
    }

    const State &m_in;
    State &m_out;
};

// Where the atomic segment holding text position `pos` (inside piece p) starts / ends, and the
// raw position of `pos`.
std::uint32_t atomStart(const Piece &p, std::uint32_t pos) { return p.oneToOne ? pos : p.start; }
std::uint32_t atomEnd(const Piece &p, std::uint32_t pos) { return p.oneToOne ? pos + 1 : p.end; }
std::uint32_t rawAt(const Piece &p, std::uint32_t pos)
{
    return p.oneToOne ? p.rawStart + (pos - p.start) : p.rawStart;
}

// The group that edit `e` starts at piece `k`: the pieces the edit touches, extended by the
// later edits that land in the same atomic segment.
struct Group {
    std::size_t lastPiece;
    std::size_t lastEdit;
    std::uint32_t end;  // text position the group's last atomic segment ends at
};

Group extendGroup(const std::vector<Piece> &ps, const std::vector<Edit> &edits, std::size_t k, std::size_t e)
{
    Group g{k, e, 0};
    for (;;) {
        const std::uint32_t editEnd = edits[g.lastEdit].end;
        while (g.lastPiece + 1 < ps.size() && ps[g.lastPiece + 1].start < editEnd)
            ++g.lastPiece;
        g.end = atomEnd(ps[g.lastPiece], editEnd - 1);
        if (g.lastEdit + 1 < edits.size() && edits[g.lastEdit + 1].start < g.end)
            ++g.lastEdit;
        else
            return g;
    }
}

// The text of group `g` (edits e..g.lastEdit applied to [groupStart, g.end)).
std::u32string mergedText(const std::u32string &text, const std::vector<Edit> &edits, std::size_t e,
                          const Group &g, std::uint32_t groupStart)
{
    std::u32string merged;
    std::uint32_t pos = groupStart;
    for (std::size_t i = e; i <= g.lastEdit; ++i) {
        merged.append(text, pos, edits[i].start - pos);
        merged += edits[i].replacement;
        pos = edits[i].end;
    }
    merged.append(text, pos, g.end - pos);
    return merged;
}

} // namespace

void applyEdits(State &state, const std::vector<Edit> &edits)
{
    if (edits.empty())
        return;
    const std::vector<Piece> &ps = state.pieces;
    const std::u32string &text = state.text;
    State out;
    Writer w(state, out);

    std::size_t k = 0;        // current input piece
    std::uint32_t off = ps.empty() ? 0 : ps[0].start;  // first position of piece k not yet written
    auto advance = [&] {
        ++k;
        off = k < ps.size() ? ps[k].start : static_cast<std::uint32_t>(text.size());
    };
    std::size_t e = 0;
    while (e < edits.size()) {
        // Pieces wholly before the edit (a deleted piece sitting at its start included).
        while (k < ps.size() && ps[k].end <= edits[e].start) {
            w.copy(ps[k], off, ps[k].end);
            advance();
        }
        if (k >= ps.size())
            break;
        const std::size_t first = k;
        const std::uint32_t groupStart = atomStart(ps[k], edits[e].start);
        if (ps[k].oneToOne)
            w.copy(ps[k], off, groupStart);  // the unchanged part of a run before the edit
        const Group g = extendGroup(ps, edits, k, e);
        const std::size_t last = g.lastPiece;
        bool locked = false, lock = false, attach = true;
        for (std::size_t i = first; i <= last; ++i)
            locked = locked || ps[i].locked;
        for (std::size_t i = e; i <= g.lastEdit; ++i) {
            lock = lock || edits[i].lock;
            attach = attach && edits[i].attach;
        }
        if (locked) {  // only atomic pieces are locked: copy them as they are
            for (std::size_t i = first; i <= last; ++i)
                w.copy(ps[i], i == first ? groupStart : ps[i].start, ps[i].end);
            k = last;
            advance();
        } else {
            const std::uint32_t rawStart = rawAt(ps[first], groupStart);
            const std::uint32_t rawEnd = ps[last].oneToOne ? rawAt(ps[last], g.end - 1) + 1 : ps[last].rawEnd;
            w.atomic(rawStart, rawEnd, mergedText(text, edits, e, g, groupStart), lock, attach);
            k = last;
            if (g.end < ps[k].end)
                off = g.end;  // the rest of a run stays for later
            else
                advance();
        }
        e = g.lastEdit + 1;
    }
    while (k < ps.size()) {
        w.copy(ps[k], off, ps[k].end);
        advance();
    }
    state = std::move(out);
}

} // namespace mizan::rewrite
