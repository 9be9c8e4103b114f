#include "annotation/sentencealign.h"

#include <map>
#include <unordered_map>

namespace mizan {
namespace {

std::vector<const Sentence *> sentencesOf(const Corpus &c)
{
    std::vector<const Sentence *> out;
    for (const Document &d : c.documents)
        for (const Sentence &s : d.sentences)
            out.push_back(&s);
    return out;
}

std::string where(const std::string &name, const Sentence &s)
{
    std::string w = name + ": sentence \"" + s.id + "\"";
    if (s.sourceLine)
        w += " (line " + std::to_string(s.sourceLine) + ")";
    return w;
}

// Matches `other` against the reference sentences; returns, per reference row, the match.
std::vector<const Sentence *> alignOne(const std::vector<const Sentence *> &ref,
                                       const std::vector<const Sentence *> &other, const std::string &name,
                                       std::vector<std::string> &warnings)
{
    std::vector<const Sentence *> row(ref.size(), nullptr);
    std::vector<bool> used(other.size(), false);
    std::unordered_map<std::string, std::size_t> refById;
    std::multimap<std::string, std::size_t> refByText;
    for (std::size_t i = 0; i < ref.size(); ++i) {
        refById.emplace(ref[i]->id, i);
        refByText.emplace(ref[i]->text, i);
    }
    auto take = [&](std::size_t r, std::size_t o) {
        row[r] = other[o];
        used[o] = true;
    };
    for (std::size_t o = 0; o < other.size(); ++o) {  // 1: same id, same text
        auto it = refById.find(other[o]->id);
        if (it != refById.end() && !row[it->second] && ref[it->second]->text == other[o]->text)
            take(it->second, o);
    }
    for (std::size_t o = 0; o < other.size(); ++o) {  // 2: same text, first free row
        if (used[o])
            continue;
        auto range = refByText.equal_range(other[o]->text);
        for (auto it = range.first; it != range.second; ++it)
            if (!row[it->second]) {
                take(it->second, o);
                break;
            }
    }
    for (std::size_t o = 0; o < other.size(); ++o) {  // 3: same id, different text
        if (used[o])
            continue;
        auto it = refById.find(other[o]->id);
        if (it != refById.end() && !row[it->second]) {
            take(it->second, o);
            warnings.push_back(where(name, *other[o]) +
                               " has a different text than the reference's sentence with that id; "
                               "matched by id, span offsets may not line up");
        } else {
            warnings.push_back(where(name, *other[o]) +
                               " matches no sentence of the reference (by id or text); left out");
        }
    }
    return row;
}

} // namespace

SentenceAlignment alignSentences(const std::vector<const Corpus *> &corpora, const std::vector<std::string> &names)
{
    SentenceAlignment a;
    if (corpora.empty())
        return a;
    const std::vector<const Sentence *> ref = sentencesOf(*corpora[0]);
    a.rows.assign(ref.size(), std::vector<const Sentence *>(corpora.size(), nullptr));
    for (std::size_t i = 0; i < ref.size(); ++i)
        a.rows[i][0] = ref[i];
    for (std::size_t k = 1; k < corpora.size(); ++k) {
        const std::string name = k < names.size() ? names[k] : "annotation " + std::to_string(k + 1);
        const std::vector<const Sentence *> row = alignOne(ref, sentencesOf(*corpora[k]), name, a.warnings);
        std::size_t missing = 0;
        for (std::size_t i = 0; i < ref.size(); ++i) {
            a.rows[i][k] = row[i];
            missing += row[i] ? 0 : 1;
        }
        if (missing)
            a.warnings.push_back(name + ": " + std::to_string(missing) + " of the reference's " +
                                 std::to_string(ref.size()) + " sentences are missing (left out of its comparisons)");
    }
    return a;
}

} // namespace mizan
