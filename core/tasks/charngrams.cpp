#include "tasks/charngrams.h"

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
    const baseline::UnitSentence sentence = baseline::prepareSentence(text);
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
        const std::u32string word = utf8::decodeLossy(baseline::featureForm(std::u32string_view(cps).substr(ws, we - ws)));
        bag.push_back(hasher.id("w", utf8::encode(word)));
        for (std::size_t n = 2; n <= 3 && n < word.size(); ++n) {
            bag.push_back(hasher.id(n == 2 ? "wp2" : "wp3", utf8::encode(word.substr(0, n))));
            bag.push_back(hasher.id(n == 2 ? "ws2" : "ws3", utf8::encode(word.substr(word.size() - n))));
        }
        // The context features of the baseline's unit that holds the piece: its neighbours'
        // forms and bigrams, its place in the word, its shape.
        for (std::size_t u = 0; u < sentence.units.size(); ++u) {
            const baseline::Unit &unit = sentence.units[u];
            if (r.start >= unit.start && r.start < unit.end) {
                if (unitBags[u].empty())
                    unitBags[u] = hasher.unitFeatures(sentence.units, sentence.forms, sentence.wordForms, u);
                bag.insert(bag.end(), unitBags[u].begin(), unitBags[u].end());
                break;
            }
        }
    }
    return bags;
}

} // namespace mizan
