#include "text/offsetmap.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>

namespace mizan {

bool OffsetSegment::operator==(const OffsetSegment &o) const
{
    return rawStart == o.rawStart && rawEnd == o.rawEnd && normStart == o.normStart && normEnd == o.normEnd;
}

namespace {

bool isOneToOne(const OffsetSegment &s) { return s.rawEnd - s.rawStart == 1 && s.normEnd - s.normStart == 1; }

} // namespace

OffsetMap::OffsetMap(const std::vector<OffsetSegment> &segments)
{
    std::vector<OffsetRun> runs;
    runs.reserve(segments.size());
    for (const OffsetSegment &s : segments)
        runs.push_back({s.rawStart, s.rawEnd, s.normStart, s.normEnd, isOneToOne(s)});
    *this = fromRuns(std::move(runs));
}

OffsetMap OffsetMap::fromRuns(std::vector<OffsetRun> runs)
{
    OffsetMap m;
    std::size_t raw = 0, norm = 0;
    std::size_t w = 0;  // compaction in place: drop empty runs, merge adjacent 1:1 runs
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const OffsetRun s = runs[r];
        if (s.rawStart != raw || s.normStart != norm || s.rawEnd < s.rawStart || s.normEnd < s.normStart ||
            (s.oneToOne && s.rawEnd - s.rawStart != s.normEnd - s.normStart))
            throw std::invalid_argument("OffsetMap: segments are not contiguous at raw " + std::to_string(raw) +
                                        ", norm " + std::to_string(norm));
        raw = s.rawEnd;
        norm = s.normEnd;
        if (s.rawEnd == s.rawStart && s.normEnd == s.normStart)
            continue;
        if (s.oneToOne && w > 0 && runs[w - 1].oneToOne) {
            runs[w - 1].rawEnd = s.rawEnd;
            runs[w - 1].normEnd = s.normEnd;
        } else {
            runs[w++] = s;
        }
    }
    runs.resize(w);
    m.m_runs = std::move(runs);
    return m;
}

OffsetMap OffsetMap::identity(std::size_t length)
{
    return fromRuns({{0, length, 0, length, true}});
}

std::size_t OffsetMap::rawLength() const { return m_runs.empty() ? 0 : m_runs.back().rawEnd; }
std::size_t OffsetMap::normLength() const { return m_runs.empty() ? 0 : m_runs.back().normEnd; }

std::vector<OffsetSegment> OffsetMap::segments() const
{
    std::vector<OffsetSegment> out;
    for (const OffsetRun &r : m_runs) {
        if (!r.oneToOne) {
            out.push_back({r.rawStart, r.rawEnd, r.normStart, r.normEnd});
            continue;
        }
        for (std::size_t i = 0; i < r.rawEnd - r.rawStart; ++i)
            out.push_back({r.rawStart + i, r.rawStart + i + 1, r.normStart + i, r.normStart + i + 1});
    }
    return out;
}

namespace {

// Maps [from, to) on one side of the runs onto the other side. `in` and `out` name the
// sides: {&OffsetRun::rawStart, &OffsetRun::rawEnd} or the norm pair.
using Side = std::pair<std::size_t OffsetRun::*, std::size_t OffsetRun::*>;

TextRange mapRange(const std::vector<OffsetRun> &runs, std::size_t from, std::size_t to, Side in, Side out)
{
    const std::size_t inLen = runs.empty() ? 0 : runs.back().*in.second;
    const std::size_t outLen = runs.empty() ? 0 : runs.back().*out.second;
    from = std::min(from, inLen);
    to = std::max(from, std::min(to, inLen));
    // The first run whose end on the `in` side lies past `pos`.
    auto runAt = [&](std::size_t pos) {
        return std::upper_bound(runs.begin(), runs.end(), pos,
                                [&](std::size_t p, const OffsetRun &r) { return p < r.*in.second; });
    };
    // Where position `pos` (inside run r) starts and ends on the `out` side.
    auto startOf = [&](const OffsetRun &r, std::size_t pos) {
        return r.oneToOne ? r.*out.first + (pos - r.*in.first) : r.*out.first;
    };
    auto endOf = [&](const OffsetRun &r, std::size_t pos) {
        return r.oneToOne ? r.*out.first + (pos - r.*in.first) + 1 : r.*out.second;
    };
    const auto first = runAt(from);
    if (first == runs.end())
        return {outLen, outLen};
    const std::size_t start = startOf(*first, from);
    if (to == from)
        return {start, start};
    return {start, endOf(*runAt(to - 1), to - 1)};
}

const Side kRaw{&OffsetRun::rawStart, &OffsetRun::rawEnd};
const Side kNorm{&OffsetRun::normStart, &OffsetRun::normEnd};

} // namespace

TextRange OffsetMap::rawRange(std::size_t normStart, std::size_t normEnd) const
{
    return mapRange(m_runs, normStart, normEnd, kNorm, kRaw);
}

TextRange OffsetMap::normRange(std::size_t rawStart, std::size_t rawEnd) const
{
    return mapRange(m_runs, rawStart, rawEnd, kRaw, kNorm);
}

OffsetMap OffsetMap::then(const OffsetMap &next) const
{
    if (next.rawLength() != normLength())
        throw std::invalid_argument("OffsetMap::then: the next map's raw side has " +
                                    std::to_string(next.rawLength()) + " code points, expected " +
                                    std::to_string(normLength()));
    const std::vector<OffsetSegment> a = segments();
    const std::vector<OffsetSegment> b = next.segments();
    std::vector<OffsetSegment> out;
    std::size_t i = 0, j = 0, raw = 0, fin = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && a[i].normStart == a[i].normEnd) {  // deleted by the first map
            out.push_back({raw, a[i].rawEnd, fin, fin});
            raw = a[i++].rawEnd;
        } else if (j < b.size() && b[j].rawStart == b[j].rawEnd) {  // inserted by the second
            out.push_back({raw, raw, fin, b[j].normEnd});
            fin = b[j++].normEnd;
        } else {
            // Both start a segment of positive width in the middle text: group segments
            // until their ends in the middle text coincide.
            std::size_t endA = a[i].normEnd, endB = b[j].rawEnd;
            std::size_t rawEnd = a[i++].rawEnd, finEnd = b[j++].normEnd;
            while (endA != endB) {
                if (endA < endB) {
                    endA = a[i].normEnd;
                    rawEnd = a[i++].rawEnd;
                } else {
                    endB = b[j].rawEnd;
                    finEnd = b[j++].normEnd;
                }
            }
            out.push_back({raw, rawEnd, fin, finEnd});
            raw = rawEnd;
            fin = finEnd;
        }
    }
    return OffsetMap(out);
}

} // namespace mizan
