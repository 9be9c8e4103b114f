#include "annotation/agreement.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "eval/prf.h"

namespace mizan {
namespace {

struct SpanKey {
    std::size_t start = 0, end = 0;
    std::string label;
    bool operator<(const SpanKey &o) const { return std::tie(start, end, label) < std::tie(o.start, o.end, o.label); }
    bool operator==(const SpanKey &o) const { return start == o.start && end == o.end && label == o.label; }
    bool sameSpan(const SpanKey &o) const { return start == o.start && end == o.end; }
    bool overlaps(const SpanKey &o) const { return sameSpan(o) || std::max(start, o.start) < std::min(end, o.end); }
};
using SpanSet = std::set<SpanKey>;
using Extractor = std::function<SpanSet(const Sentence &)>;

SpanSet targetSpans(const Sentence &s)
{
    SpanSet out;
    for (const Opinion &o : s.opinions)
        if (!o.isNull && o.to > o.from)
            out.insert({o.from, o.to, "target"});
    return out;
}

SpanSet entitySpans(const Sentence &s)
{
    SpanSet out;
    for (const EntitySpan &e : s.entities)
        if (e.end > e.start)
            out.insert({e.start, e.end, e.label});
    return out;
}

SpanSet categorySet(const Sentence &s)
{
    SpanSet out;
    for (const Opinion &o : s.opinions)
        if (!o.category.empty())
            out.insert({0, 0, o.category});
    return out;
}

struct LayerCounts {
    std::map<std::string, std::size_t> a, b, exact, overlap;
};

Disagreement disagreementOf(std::size_t row, const Sentence &ref, const char *layer, DisagreementKind kind,
                            const SpanKey *a, const SpanKey *b)
{
    Disagreement d;
    d.row = row;
    d.sentenceId = ref.id;
    d.layer = layer;
    d.kind = kind;
    if (a) {
        d.startA = a->start;
        d.endA = a->end;
        d.valueA = a->label;
    }
    if (b) {
        d.startB = b->start;
        d.endB = b->end;
        d.valueB = b->label;
    }
    return d;
}

// The spans of one label of A (added in start order), each taken at most once: the first
// untaken one overlapping a span B (both non-empty, start < B.end and end > B.start) in
// O(log n), through a tree of the largest end among the untaken spans of each range.
class OverlapIndex {
public:
    void add(std::size_t index, const SpanKey &k)
    {
        m_index.push_back(index);
        m_start.push_back(k.start);
        m_end.push_back(k.end > k.start ? k.end : 0);  // an empty span overlaps nothing
    }

    std::optional<std::size_t> takeFirstOverlap(const SpanKey &b)
    {
        if (b.end <= b.start)
            return std::nullopt;  // an empty B only matches its own span, an exact match
        if (m_tree.empty())
            build();
        // Candidates start before B ends: a prefix, since starts are sorted.
        const auto limit =
            static_cast<std::size_t>(std::lower_bound(m_start.begin(), m_start.end(), b.end) - m_start.begin());
        const std::size_t pos = firstAbove(1, 0, m_size, limit, b.start);
        if (pos == SIZE_MAX)
            return std::nullopt;
        for (std::size_t node = pos + m_size; node > 0; node /= 2)  // take it: its end no longer counts
            m_tree[node] = node >= m_size ? 0 : std::max(m_tree[2 * node], m_tree[2 * node + 1]);
        return m_index[pos];
    }

private:
    void build()
    {
        m_size = 1;
        while (m_size < m_end.size())
            m_size *= 2;
        m_tree.assign(2 * m_size, 0);
        for (std::size_t i = 0; i < m_end.size(); ++i)
            m_tree[m_size + i] = m_end[i];
        for (std::size_t node = m_size - 1; node > 0; --node)
            m_tree[node] = std::max(m_tree[2 * node], m_tree[2 * node + 1]);
    }
    // Leftmost position below `limit` in the node's range [lo, hi) whose end is > `above`.
    std::size_t firstAbove(std::size_t node, std::size_t lo, std::size_t hi, std::size_t limit, std::size_t above) const
    {
        if (lo >= limit || m_tree[node] <= above)
            return SIZE_MAX;
        if (hi - lo == 1)
            return lo;
        const std::size_t mid = (lo + hi) / 2;
        const std::size_t left = firstAbove(2 * node, lo, mid, limit, above);
        return left != SIZE_MAX ? left : firstAbove(2 * node + 1, mid, hi, limit, above);
    }

    std::vector<std::size_t> m_index, m_start, m_end, m_tree;
    std::size_t m_size = 0;
};

// Counts one sentence's spans and lists what A and B do not share.
void compareSentence(std::size_t row, const Sentence &ref, const SpanSet &sa, const SpanSet &sb, const char *layer,
                     LayerCounts &counts, std::vector<Disagreement> &out)
{
    std::vector<SpanKey> restA, restB;
    for (const SpanKey &k : sa) {
        ++counts.a[k.label];
        if (sb.count(k))
            ++counts.exact[k.label];
        else
            restA.push_back(k);
    }
    for (const SpanKey &k : sb) {
        ++counts.b[k.label];
        if (!sa.count(k))
            restB.push_back(k);
    }
    for (const SpanKey &k : sa)  // exact matches are overlap matches too
        if (sb.count(k))
            ++counts.overlap[k.label];
    std::vector<bool> usedA(restA.size(), false), usedB(restB.size(), false);
    // Overlap, same label, one to one: each B takes the first free A (in set order) that
    // overlaps it, found in log time (a sentence may hold thousands of spans).
    std::map<std::string, OverlapIndex> byLabel;
    for (std::size_t i = 0; i < restA.size(); ++i)
        byLabel[restA[i].label].add(i, restA[i]);
    for (std::size_t j = 0; j < restB.size(); ++j) {
        auto group = byLabel.find(restB[j].label);
        if (group == byLabel.end())
            continue;
        if (const std::optional<std::size_t> i = group->second.takeFirstOverlap(restB[j])) {
            usedA[*i] = usedB[j] = true;
            ++counts.overlap[restA[*i].label];
            out.push_back(disagreementOf(row, ref, layer, DisagreementKind::Boundary, &restA[*i], &restB[j]));
        }
    }
    // Same span, other label: restA is in (start, end, label) order, so one span's keys are
    // one run; a cursor per run skips the taken ones.
    std::map<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, std::size_t>> runs;  // span -> [first, end)
    for (std::size_t i = 0; i < restA.size(); ++i) {
        auto [it, fresh] = runs.try_emplace({restA[i].start, restA[i].end}, i, i + 1);
        if (!fresh)
            it->second.second = i + 1;
    }
    for (std::size_t j = 0; j < restB.size(); ++j) {
        if (usedB[j])
            continue;
        auto run = runs.find({restB[j].start, restB[j].end});
        if (run == runs.end())
            continue;
        auto &[cursor, runEnd] = run->second;
        while (cursor < runEnd && usedA[cursor])
            ++cursor;
        if (cursor < runEnd) {
            usedA[cursor] = usedB[j] = true;
            out.push_back(disagreementOf(row, ref, layer, DisagreementKind::Label, &restA[cursor], &restB[j]));
        }
    }
    for (std::size_t i = 0; i < restA.size(); ++i)
        if (!usedA[i])
            out.push_back(disagreementOf(row, ref, layer, DisagreementKind::OnlyA, &restA[i], nullptr));
    for (std::size_t j = 0; j < restB.size(); ++j)
        if (!usedB[j])
            out.push_back(disagreementOf(row, ref, layer, DisagreementKind::OnlyB, nullptr, &restB[j]));
}

std::size_t total(const std::map<std::string, std::size_t> &m)
{
    std::size_t n = 0;
    for (const auto &[k, v] : m)
        n += v;
    return n;
}

std::size_t at(const std::map<std::string, std::size_t> &m, const std::string &k)
{
    auto it = m.find(k);
    return it == m.end() ? 0 : it->second;
}

SpanAgreement compareLayer(const SentenceAlignment &al, std::size_t a, std::size_t b, const Extractor &extract,
                           const char *layer, std::vector<Disagreement> &out)
{
    LayerCounts c;
    for (std::size_t row = 0; row < al.rows.size(); ++row) {
        const Sentence *sa = al.rows[row][a], *sb = al.rows[row][b];
        if (sa && sb)
            compareSentence(row, *al.rows[row][0], extract(*sa), extract(*sb), layer, c, out);
    }
    SpanAgreement r;
    r.countA = total(c.a);
    r.countB = total(c.b);
    r.exactMatches = total(c.exact);
    r.overlapMatches = total(c.overlap);
    r.exact = detail::prfFromCounts(r.exactMatches, r.countB, r.countA);
    r.overlap = detail::prfFromCounts(r.overlapMatches, r.countB, r.countA);
    std::set<std::string> labels;
    for (const auto &[k, v] : c.a)
        labels.insert(k);
    for (const auto &[k, v] : c.b)
        labels.insert(k);
    for (const std::string &l : labels) {
        r.exactByLabel[l] = detail::prfFromCounts(at(c.exact, l), at(c.b, l), at(c.a, l));
        r.overlapByLabel[l] = detail::prfFromCounts(at(c.overlap, l), at(c.b, l), at(c.a, l));
    }
    return r;
}

// Labelled items (a target span, or a category of a sentence) with one column per annotator.
struct LabelledItems {
    std::vector<std::pair<std::size_t, SpanKey>> keys;  // row, span (label unused)
    std::vector<LabelColumn> columns;
};

// Polarity of each span (or of each category when byCategory): the opinions' one polarity,
// or "conflict" when they disagree. Opinions without polarity are left out.
std::map<SpanKey, std::string> polarities(const Sentence &s, bool byCategory)
{
    std::map<SpanKey, std::string> out;
    for (const Opinion &o : s.opinions) {
        if (o.polarity == Polarity::None || (byCategory ? o.category.empty() : (o.isNull || o.to <= o.from)))
            continue;
        const SpanKey k = byCategory ? SpanKey{0, 0, o.category} : SpanKey{o.from, o.to, ""};
        const std::string p = polarityName(o.polarity);
        auto [it, inserted] = out.emplace(k, p);
        if (!inserted && it->second != p)
            it->second = "conflict";
    }
    return out;
}

LabelledItems labelledItems(const SentenceAlignment &al, bool byCategory)
{
    LabelledItems items;
    const std::size_t n = al.rows.empty() ? 0 : al.rows.front().size();
    for (std::size_t row = 0; row < al.rows.size(); ++row) {
        std::vector<std::map<SpanKey, std::string>> per(n);
        std::set<SpanKey> keys;
        for (std::size_t k = 0; k < n; ++k)
            if (al.rows[row][k]) {
                per[k] = polarities(*al.rows[row][k], byCategory);
                for (const auto &[key, p] : per[k])
                    keys.insert(key);
            }
        for (const SpanKey &key : keys) {
            items.keys.emplace_back(row, key);
            items.columns.resize(n);
            for (std::size_t k = 0; k < n; ++k) {
                auto it = per[k].find(key);
                items.columns[k].push_back(it == per[k].end() ? std::nullopt : std::optional<std::string>(it->second));
            }
        }
    }
    items.columns.resize(n);
    return items;
}

PairAgreement comparePolarity(const SentenceAlignment &al, const LabelledItems &items, std::size_t a, std::size_t b,
                              const char *layer, std::vector<Disagreement> &out)
{
    static const std::vector<std::string> order = {"positive", "negative", "neutral"};
    const LabelColumn &ca = items.columns[a], &cb = items.columns[b];
    for (std::size_t i = 0; i < items.keys.size(); ++i)
        if (ca[i] && cb[i] && *ca[i] != *cb[i]) {
            const auto &[row, key] = items.keys[i];
            SpanKey ka = key, kb = key;
            ka.label = layer == std::string("categories") ? key.label + " " + *ca[i] : *ca[i];
            kb.label = layer == std::string("categories") ? key.label + " " + *cb[i] : *cb[i];
            out.push_back(disagreementOf(row, *al.rows[row][0], layer, DisagreementKind::Polarity, &ka, &kb));
        }
    return pairAgreement(ca, cb, order);
}

} // namespace

const char *disagreementKindName(DisagreementKind k)
{
    switch (k) {
    case DisagreementKind::OnlyA: return "only-a";
    case DisagreementKind::OnlyB: return "only-b";
    case DisagreementKind::Label: return "label";
    case DisagreementKind::Boundary: return "boundary";
    case DisagreementKind::Polarity: return "polarity";
    }
    return "";
}

Result<AgreementReport> computeAgreement(const AgreementInput &input)
{
    const std::size_t n = input.corpora.size();
    if (n < 2)
        return Status(ErrorCode::InvalidArgument, "agreement needs at least two annotations");
    AgreementReport r;
    for (std::size_t k = 0; k < n; ++k)
        r.names.push_back(k < input.names.size() ? input.names[k] : "annotation " + std::to_string(k + 1));
    r.alignment = alignSentences(input.corpora, r.names);
    const LabelledItems targetItems = labelledItems(r.alignment, false);
    const LabelledItems categoryItems = labelledItems(r.alignment, true);
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a + 1; b < n; ++b) {
            AnnotatorPair p;
            p.a = a;
            p.b = b;
            for (const auto &row : r.alignment.rows)
                p.sentences += row[a] && row[b] ? 1 : 0;
            p.targets = compareLayer(r.alignment, a, b, targetSpans, "targets", p.disagreements);
            p.polarity = comparePolarity(r.alignment, targetItems, a, b, "targets", p.disagreements);
            p.entities = compareLayer(r.alignment, a, b, entitySpans, "entities", p.disagreements);
            p.categories = compareLayer(r.alignment, a, b, categorySet, "categories", p.disagreements);
            p.categoryPolarity = comparePolarity(r.alignment, categoryItems, a, b, "categories", p.disagreements);
            std::stable_sort(p.disagreements.begin(), p.disagreements.end(),
                             [](const Disagreement &x, const Disagreement &y) { return x.row < y.row; });
            r.hasTargets = r.hasTargets || p.targets.countA + p.targets.countB > 0;
            r.hasEntities = r.hasEntities || p.entities.countA + p.entities.countB > 0;
            r.hasCategories = r.hasCategories || p.categories.countA + p.categories.countB > 0;
            r.pairs.push_back(std::move(p));
        }
    r.polarityItems = targetItems.keys.size();
    r.polarityAlpha = krippendorffAlphaNominal(targetItems.columns);
    r.categoryItems = categoryItems.keys.size();
    r.categoryPolarityAlpha = krippendorffAlphaNominal(categoryItems.columns);
    if (n >= 3) {
        r.polarityMultiKappa = multiKappa(targetItems.columns);
        r.categoryPolarityMultiKappa = multiKappa(categoryItems.columns);
    }
    return r;
}

} // namespace mizan
