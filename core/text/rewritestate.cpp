#include "text/rewritestate.h"

namespace mizan::rewrite {

State State::identity(std::u32string_view raw)
{
    State s;
    s.text.assign(raw);
    s.segments.resize(raw.size());
    for (std::uint32_t i = 0; i < raw.size(); ++i)
        s.segments[i] = {i, i + 1, i, i + 1, false};
    return s;
}

OffsetMap State::toOffsetMap() const
{
    std::vector<OffsetSegment> out;
    out.reserve(segments.size());
    for (const Segment &s : segments)
        out.push_back({s.rawStart, s.rawEnd, s.start, s.end});
    return OffsetMap(std::move(out));
}

void applyEdits(State &state, const std::vector<Edit> &edits)
{
    if (edits.empty())
        return;
    const std::vector<Segment> &segs = state.segments;
    const std::u32string &text = state.text;
    State out;
    out.text.reserve(text.size());
    out.segments.reserve(segs.size());

    auto copySegment = [&](const Segment &s) {
        Segment c = s;
        c.start = static_cast<std::uint32_t>(out.text.size());
        out.text.append(text, s.start, s.end - s.start);
        c.end = static_cast<std::uint32_t>(out.text.size());
        out.segments.push_back(c);
    };

    std::size_t k = 0;  // next segment of `state` to emit
    std::size_t e = 0;
    while (e < edits.size()) {
        const Edit &edit = edits[e];
        // Segments wholly before the edit (a deleted segment sitting at edit.start included).
        while (k < segs.size() && segs[k].end <= edit.start)
            copySegment(segs[k++]);
        if (k >= segs.size())
            break;
        // Touched segments [first, last]; later edits landing in the last one join the group.
        const std::size_t first = k;
        std::size_t last = k;
        std::size_t groupEnd = e;
        for (;;) {
            while (last + 1 < segs.size() && segs[last + 1].start < edits[groupEnd].end)
                ++last;
            if (groupEnd + 1 < edits.size() && edits[groupEnd + 1].start < segs[last].end)
                ++groupEnd;
            else
                break;
        }
        bool locked = false, lock = false, attach = true;
        for (std::size_t i = first; i <= last; ++i)
            locked = locked || segs[i].locked;
        for (std::size_t i = e; i <= groupEnd; ++i) {
            lock = lock || edits[i].lock;
            attach = attach && edits[i].attach;
        }
        if (locked) {
            for (std::size_t i = first; i <= last; ++i)
                copySegment(segs[i]);
        } else {
            Segment merged{segs[first].rawStart, segs[last].rawEnd, static_cast<std::uint32_t>(out.text.size()), 0, lock};
            std::uint32_t pos = segs[first].start;
            for (std::size_t i = e; i <= groupEnd; ++i) {
                out.text.append(text, pos, edits[i].start - pos);
                out.text += edits[i].replacement;
                pos = edits[i].end;
            }
            out.text.append(text, pos, segs[last].end - pos);
            merged.end = static_cast<std::uint32_t>(out.text.size());
            Segment *prev = out.segments.empty() ? nullptr : &out.segments.back();
            if (merged.start == merged.end && attach && prev && prev->end > prev->start && !prev->locked)
                prev->rawEnd = merged.rawEnd;
            else
                out.segments.push_back(merged);
        }
        k = last + 1;
        e = groupEnd + 1;
    }
    while (k < segs.size())
        copySegment(segs[k++]);
    state = std::move(out);
}

} // namespace mizan::rewrite
