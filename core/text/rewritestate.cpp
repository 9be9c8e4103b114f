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
    // Where the atomic segment holding text position `pos` (inside piece p) starts / ends.
    auto atomStart = [&](const Piece &p, std::uint32_t pos) { return p.oneToOne ? pos : p.start; };
    auto atomEnd = [&](const Piece &p, std::uint32_t pos) { return p.oneToOne ? pos + 1 : p.end; };
    auto rawAt = [&](const Piece &p, std::uint32_t pos) { return p.oneToOne ? p.rawStart + (pos - p.start) : p.rawStart; };

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
        // Extend over the pieces the edit touches; later edits that land in the same atomic
        // segment join the group.
        std::size_t last = k;
        std::size_t groupEnd = e;
        std::uint32_t end;
        for (;;) {
            const std::uint32_t editEnd = edits[groupEnd].end;
            while (last + 1 < ps.size() && ps[last + 1].start < editEnd)
                ++last;
            end = atomEnd(ps[last], editEnd - 1);
            if (groupEnd + 1 < edits.size() && edits[groupEnd + 1].start < end)
                ++groupEnd;
            else
                break;
        }
        bool locked = false, lock = false, attach = true;
        for (std::size_t i = first; i <= last; ++i)
            locked = locked || ps[i].locked;
        for (std::size_t i = e; i <= groupEnd; ++i) {
            lock = lock || edits[i].lock;
            attach = attach && edits[i].attach;
        }
        if (locked) {  // only atomic pieces are locked: copy them as they are
            for (std::size_t i = first; i <= last; ++i)
                w.copy(ps[i], i == first ? groupStart : ps[i].start, ps[i].end);
            k = last;
            advance();
        } else {
            std::u32string merged;
            std::uint32_t pos = groupStart;
            for (std::size_t i = e; i <= groupEnd; ++i) {
                merged.append(text, pos, edits[i].start - pos);
                merged += edits[i].replacement;
                pos = edits[i].end;
            }
            merged.append(text, pos, end - pos);
            const std::uint32_t rawStart = rawAt(ps[first], groupStart);
            const std::uint32_t rawEnd = ps[last].oneToOne ? rawAt(ps[last], end - 1) + 1 : ps[last].rawEnd;
            w.atomic(rawStart, rawEnd, merged, lock, attach);
            k = last;
            if (end < ps[k].end)
                off = end;  // the rest of a run stays for later
            else
                advance();
        }
        e = groupEnd + 1;
    }
    while (k < ps.size()) {
        w.copy(ps[k], off, ps[k].end);
        advance();
    }
    state = std::move(out);
}

} // namespace mizan::rewrite
