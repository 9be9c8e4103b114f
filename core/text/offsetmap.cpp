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

OffsetMap::OffsetMap(std::vector<OffsetSegment> segments)
{
    m_segments.reserve(segments.size());
    std::size_t raw = 0, norm = 0;
    for (const OffsetSegment &s : segments) {
        if (s.rawStart != raw || s.normStart != norm || s.rawEnd < s.rawStart || s.normEnd < s.normStart)
            throw std::invalid_argument("OffsetMap: segments are not contiguous at raw " + std::to_string(raw) +
                                        ", norm " + std::to_string(norm));
        raw = s.rawEnd;
        norm = s.normEnd;
        if (s.rawEnd > s.rawStart || s.normEnd > s.normStart)
            m_segments.push_back(s);
    }
}

OffsetMap OffsetMap::identity(std::size_t length)
{
    std::vector<OffsetSegment> segs(length);
    for (std::size_t i = 0; i < length; ++i)
        segs[i] = {i, i + 1, i, i + 1};
    return OffsetMap(std::move(segs));
}

std::size_t OffsetMap::rawLength() const { return m_segments.empty() ? 0 : m_segments.back().rawEnd; }
std::size_t OffsetMap::normLength() const { return m_segments.empty() ? 0 : m_segments.back().normEnd; }

namespace {

// Maps [from, to) on one side of the segments onto the other side. `in` and `out` name the
// sides: {&OffsetSegment::rawStart, &OffsetSegment::rawEnd} or the norm pair.
using Side = std::pair<std::size_t OffsetSegment::*, std::size_t OffsetSegment::*>;

TextRange mapRange(const std::vector<OffsetSegment> &segs, std::size_t from, std::size_t to, Side in, Side out)
{
    const std::size_t inLen = segs.empty() ? 0 : segs.back().*in.second;
    const std::size_t outLen = segs.empty() ? 0 : segs.back().*out.second;
    from = std::min(from, inLen);
    to = std::max(from, std::min(to, inLen));
    // The first segment whose end on the `in` side lies past `pos`.
    auto segmentAt = [&](std::size_t pos) {
        return std::upper_bound(segs.begin(), segs.end(), pos,
                                [&](std::size_t p, const OffsetSegment &s) { return p < s.*in.second; });
    };
    const auto first = segmentAt(from);
    if (first == segs.end())
        return {outLen, outLen};
    if (to == from)
        return {(*first).*out.first, (*first).*out.first};
    const auto last = segmentAt(to - 1);
    return {(*first).*out.first, (*last).*out.second};
}

const Side kRaw{&OffsetSegment::rawStart, &OffsetSegment::rawEnd};
const Side kNorm{&OffsetSegment::normStart, &OffsetSegment::normEnd};

} // namespace

TextRange OffsetMap::rawRange(std::size_t normStart, std::size_t normEnd) const
{
    return mapRange(m_segments, normStart, normEnd, kNorm, kRaw);
}

TextRange OffsetMap::normRange(std::size_t rawStart, std::size_t rawEnd) const
{
    return mapRange(m_segments, rawStart, rawEnd, kRaw, kNorm);
}

OffsetMap OffsetMap::then(const OffsetMap &next) const
{
    if (next.rawLength() != normLength())
        throw std::invalid_argument("OffsetMap::then: the next map's raw side has " +
                                    std::to_string(next.rawLength()) + " code points, expected " +
                                    std::to_string(normLength()));
    const std::vector<OffsetSegment> &a = m_segments;
    const std::vector<OffsetSegment> &b = next.m_segments;
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
            // Both start a segment of positive width at `mid`: group segments until their
            // ends in the middle text coincide.
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
    return OffsetMap(std::move(out));
}

} // namespace mizan
