#include "baseline/baselinedata.h"

#include "baseline/rareneighbours.h"
#include "baseline/vectorfeatures.h"

#include <algorithm>

namespace mizan::baseline {

std::vector<Span> explicitTargetSpans(const Sentence &sentence)
{
    std::vector<Span> spans;
    for (const Opinion &o : sentence.opinions)
        if (!o.isNull && o.to > o.from)
            spans.emplace_back(o.from, o.to);
    std::sort(spans.begin(), spans.end());
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    return spans;
}

std::optional<std::pair<std::size_t, std::size_t>> unitsCovering(const std::vector<Unit> &units,
                                                                 std::size_t start, std::size_t end)
{
    // Units are in text order and disjoint: the first that ends after `start` is found by
    // binary search (a scan of every unit per target was quadratic on a long line).
    std::optional<std::pair<std::size_t, std::size_t>> r;
    const auto from = std::partition_point(units.begin(), units.end(), [&](const Unit &u) { return u.end <= start; });
    for (auto i = std::size_t(from - units.begin()); i < units.size() && units[i].start < end; ++i) {
        if (units[i].end <= start)
            continue;
        if (!r)
            r = std::make_pair(i, i);
        else
            r->second = i;
    }
    return r;
}

std::vector<std::int64_t> bioTags(const std::vector<Unit> &units, const std::vector<Span> &spans)
{
    std::vector<std::int64_t> tags(units.size(), TagO);
    std::vector<Span> ordered = spans;
    std::sort(ordered.begin(), ordered.end(), [](const Span &a, const Span &b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    for (const Span &s : ordered) {
        const auto cover = unitsCovering(units, s.first, s.second);
        if (!cover)
            continue;
        bool free = true;
        for (std::size_t i = cover->first; i <= cover->second; ++i)
            free = free && tags[i] == TagO;
        if (!free)
            continue;
        tags[cover->first] = TagB;
        for (std::size_t i = cover->first + 1; i <= cover->second; ++i)
            tags[i] = TagI;
    }
    return tags;
}

std::vector<Span> spansFromTags(const std::vector<Unit> &units, const std::vector<std::int64_t> &tags)
{
    std::vector<Span> spans;
    const std::size_t n = std::min(units.size(), tags.size());
    std::size_t i = 0;
    while (i < n) {
        if (tags[i] == TagO) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < n && tags[j] == TagI)
            ++j;
        spans.emplace_back(units[i].start, units[j - 1].end);
        i = j;
    }
    return spans;
}

std::vector<std::int64_t> labelledBioTags(const std::vector<Unit> &units, const std::vector<EntitySpan> &spans,
                                          const std::vector<std::string> &labels)
{
    auto id = [&](const std::string &name) -> std::int64_t {
        const auto it = std::find(labels.begin(), labels.end(), name);
        return it == labels.end() ? -1 : std::int64_t(it - labels.begin());
    };
    std::vector<std::int64_t> tags(units.size(), 0);
    std::vector<bool> taken(units.size(), false);
    std::vector<EntitySpan> ordered = spans;
    std::sort(ordered.begin(), ordered.end(), [](const EntitySpan &a, const EntitySpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    for (const EntitySpan &s : ordered) {
        const std::int64_t b = id("B-" + s.label), in = id("I-" + s.label);
        const auto cover = unitsCovering(units, s.start, s.end);
        if (b < 0 || in < 0 || !cover)
            continue;
        bool free = true;
        for (std::size_t i = cover->first; i <= cover->second; ++i)
            free = free && !taken[i];
        if (!free)
            continue;
        for (std::size_t i = cover->first; i <= cover->second; ++i) {
            tags[i] = i == cover->first ? b : in;
            taken[i] = true;
        }
    }
    return tags;
}

std::vector<EntitySpan> labelledSpansFromTags(const std::vector<Unit> &units, const std::vector<std::int64_t> &tags,
                                              const std::vector<std::string> &labels)
{
    std::vector<EntitySpan> spans;
    const std::size_t n = std::min(units.size(), tags.size());
    auto parts = [&](std::int64_t t) -> std::pair<char, std::string> {
        if (t < 0 || std::size_t(t) >= labels.size())
            return {'O', {}};
        const std::string &l = labels[std::size_t(t)];
        if (l.size() > 2 && (l[0] == 'B' || l[0] == 'I') && l[1] == '-')
            return {l[0], l.substr(2)};
        return {'O', {}};
    };
    for (std::size_t i = 0; i < n;) {
        const auto [kind, type] = parts(tags[i]);
        if (kind == 'O') {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < n && parts(tags[j]) == std::make_pair('I', type))
            ++j;
        spans.push_back({type, units[i].start, units[j - 1].end});
        i = j;
    }
    return spans;
}

TaggerExample taggerExample(const FeatureHasher &hasher, const UnitSentence &sentence)
{
    TaggerExample ex;
    ex.features.reserve(sentence.units.size());
    for (std::size_t i = 0; i < sentence.units.size(); ++i)
        ex.features.push_back(hasher.unitFeatures(sentence.units, sentence.forms, sentence.wordForms, i));
    if (hasher.vectors())
        hasher.vectors()->addUnitFeatures(hasher, sentence, ex.features);
    if (hasher.neighbours())
        hasher.neighbours()->addUnitFeatures(hasher, sentence, ex.features);
    return ex;
}

std::vector<std::int64_t> sentenceBag(const FeatureHasher &hasher, const UnitSentence &sentence, int featureSet)
{
    if (featureSet >= 3) {
        std::vector<std::int64_t> f = hasher.wordNgrams(peerTokens(sentence.wordForms), "S");
        if (hasher.neighbours())
            hasher.neighbours()->addWordFeatures(hasher, sentence, 0, sentence.wordForms.size(), "S", f);
        return f;
    }
    std::vector<std::int64_t> f = hasher.sentenceFeatures(sentence.wordForms);
    if (featureSet >= 2) {
        const auto more = hasher.wordCharFeatures(sentence.wordForms, "s5", false);
        f.insert(f.end(), more.begin(), more.end());
    }
    return f;
}

std::vector<std::int64_t> sentenceCharBag(const FeatureHasher &hasher, const UnitSentence &sentence)
{
    return hasher.wordCharFeatures(sentence.wordForms, "S", false);
}

namespace {

constexpr std::size_t kPeerWords = 3;  // whitespace words either side, as the peers' window

// The whitespace words [first, end) of the target's units and kPeerWords either side.
std::pair<std::size_t, std::size_t> peerRange(const UnitSentence &sentence, std::pair<std::size_t, std::size_t> cover)
{
    const std::size_t firstWord = sentence.units[cover.first].word, lastWord = sentence.units[cover.second].word;
    const std::size_t lo = firstWord >= kPeerWords ? firstWord - kPeerWords : 0;
    return {lo, std::min(sentence.wordForms.size(), lastWord + kPeerWords + 1)};
}

std::vector<std::string> peerWindow(const UnitSentence &sentence, std::pair<std::size_t, std::size_t> cover)
{
    const auto [lo, hi] = peerRange(sentence, cover);
    return {sentence.wordForms.begin() + std::ptrdiff_t(lo), sentence.wordForms.begin() + std::ptrdiff_t(hi)};
}

// Feature set 3 (see sentimentFeatures).
SentimentFeatures peerFeatures(const FeatureHasher &hasher, const UnitSentence &sentence, std::size_t start,
                               std::size_t end, const std::vector<std::int64_t> *sentenceFeatures,
                               const std::vector<std::int64_t> *sentenceChars, const VectorSentence *vectorSentence)
{
    SentimentFeatures ex;
    ex.sentence = sentenceFeatures ? *sentenceFeatures : sentenceBag(hasher, sentence, 3);
    ex.sentenceChars = sentenceChars ? *sentenceChars : sentenceCharBag(hasher, sentence);
    const auto cover = unitsCovering(sentence.units, start, end);
    if (cover) {
        const std::vector<std::string> words = peerWindow(sentence, *cover);
        ex.window = hasher.wordNgrams(peerTokens(words), "Y");
        if (hasher.neighbours()) {
            const auto [lo, hi] = peerRange(sentence, *cover);
            hasher.neighbours()->addWordFeatures(hasher, sentence, lo, hi, "Y", ex.window);
        }
        ex.windowChars = hasher.wordCharFeatures(words, "Y", false);
    }
    if (hasher.vectors())
        ex.dense = vectorSentence ? hasher.vectors()->dense(sentence, *vectorSentence, cover)
                                  : hasher.vectors()->dense(sentence, cover);
    return ex;
}

} // namespace

SentimentFeatures sentimentFeatures(const FeatureHasher &hasher, const UnitSentence &sentence, std::size_t start,
                                    std::size_t end, std::size_t window,
                                    const std::vector<std::int64_t> *sentenceFeatures, int featureSet,
                                    const std::vector<std::int64_t> *sentenceChars,
                                    const VectorSentence *vectorSentence)
{
    if (featureSet >= 3)
        return peerFeatures(hasher, sentence, start, end, sentenceFeatures, sentenceChars, vectorSentence);
    SentimentFeatures ex;
    ex.sentence = sentenceFeatures ? *sentenceFeatures : sentenceBag(hasher, sentence, featureSet);
    const auto cover = unitsCovering(sentence.units, start, end);
    if (cover) {
        ex.target = hasher.targetFeatures(sentence.forms, cover->first, cover->second);
        ex.window = hasher.windowFeatures(sentence.forms, cover->first, cover->second, window);
    } else {
        ex.target = hasher.targetFeatures(sentence.forms, 1, 0);
        ex.window = hasher.windowFeatures(sentence.forms, 0, 0, 0);
    }
    if (featureSet >= 2 && cover) {
        const std::vector<std::string> targetUnits(sentence.forms.begin() + std::ptrdiff_t(cover->first),
                                                   sentence.forms.begin() + std::ptrdiff_t(cover->second + 1));
        const auto t = hasher.wordCharFeatures(targetUnits, "t5", false);
        ex.target.insert(ex.target.end(), t.begin(), t.end());
        const auto w = hasher.wordCharFeatures(peerWindow(sentence, *cover), "y", true);
        ex.window.insert(ex.window.end(), w.begin(), w.end());
    }
    if (hasher.vectors())
        ex.dense = vectorSentence ? hasher.vectors()->dense(sentence, *vectorSentence, cover)
                                  : hasher.vectors()->dense(sentence, cover);
    return ex;
}

} // namespace mizan::baseline
