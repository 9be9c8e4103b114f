#include "tasks/charngrams.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "baseline/featurehasher.h"
#include "common/utf8.h"

namespace mizan {

namespace {

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x00A0 || c == 0x200B || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200A);
}

} // namespace

std::vector<std::vector<std::int64_t>> charNgramBags(std::string_view text, const std::vector<CharRange> &offsets,
                                                     std::int64_t buckets)
{
    std::vector<std::vector<std::int64_t>> bags(offsets.size());
    if (buckets <= 0)
        return bags;
    const baseline::FeatureHasher hasher(buckets);
    // Every window of a long sentence and every target of it asks for the same sentence:
    // prepare it once per thread, not once per call (that was quadratic on long lines).
    thread_local bool havePrepared = false;
    thread_local std::string preparedText;
    thread_local baseline::UnitSentence prepared;
    if (!havePrepared || preparedText != text) {
        prepared = baseline::prepareSentence(text);
        preparedText.assign(text);
        havePrepared = true;
    }
    const baseline::UnitSentence &sentence = prepared;
    const std::u32string &cps = sentence.text;
    std::vector<std::vector<std::int64_t>> unitBags(sentence.units.size());
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        const CharRange r = offsets[i];
        if (r.end <= r.start || r.end > cps.size())
            continue;
        std::vector<std::int64_t> &bag = bags[i];
        const std::string form = baseline::featureForm(std::u32string_view(cps).substr(r.start, r.end - r.start));
        bag.push_back(hasher.id("p", form));
        const std::u32string marked = U"<" + utf8::decodeLossy(form) + U">";
        for (std::size_t n = 2; n <= 4; ++n)
            for (std::size_t s = 0; s + n <= marked.size(); ++s)
                bag.push_back(hasher.id(n == 2 ? "g2" : n == 3 ? "g3" : "g4", utf8::encode(marked.substr(s, n))));
        std::size_t ws = r.start, we = r.end;
        while (ws > 0 && !isSpace(cps[ws - 1]))
            --ws;
        while (we < cps.size() && !isSpace(cps[we]))
            ++we;
        const std::u32string word =
            utf8::decodeLossy(baseline::featureForm(std::u32string_view(cps).substr(ws, we - ws)));
        bag.push_back(hasher.id("w", utf8::encode(word)));
        for (std::size_t n = 2; n <= 3 && n < word.size(); ++n) {
            bag.push_back(hasher.id(n == 2 ? "wp2" : "wp3", utf8::encode(word.substr(0, n))));
            bag.push_back(hasher.id(n == 2 ? "ws2" : "ws3", utf8::encode(word.substr(word.size() - n))));
        }
        // The context features of the baseline's unit that holds the piece: its neighbours'
        // forms and bigrams, its place in the word, its shape.
        // Units come in text order without overlapping: the one that may hold r.start is the
        // last one starting at or before it (a binary search, not a scan of the sentence).
        const auto after = std::upper_bound(sentence.units.begin(), sentence.units.end(), r.start,
                                            [](std::size_t at, const baseline::Unit &unit) { return at < unit.start; });
        if (after != sentence.units.begin() && r.start < std::prev(after)->end) {
            const std::size_t u = std::size_t(std::prev(after) - sentence.units.begin());
            if (unitBags[u].empty())
                unitBags[u] = hasher.unitFeatures(sentence.units, sentence.forms, sentence.wordForms, u);
            bag.insert(bag.end(), unitBags[u].begin(), unitBags[u].end());
        }
    }
    return bags;
}

} // namespace mizan
