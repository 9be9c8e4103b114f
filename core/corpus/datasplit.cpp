#include "corpus/datasplit.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace mizan {
namespace {

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

std::uint64_t keyHash(const std::string &id, std::uint64_t seed)
{
    std::uint64_t h = 0xCBF29CE484222325ull;  // FNV-1a, then mixed with the seed
    for (unsigned char c : id)
        h = (h ^ c) * 0x100000001B3ull;
    return splitmix64(h ^ splitmix64(seed));
}

// Indices of `ids` split so the lowest-hashing ones form dev.
std::pair<std::vector<std::size_t>, std::vector<std::size_t>> splitIds(const std::vector<std::string> &ids,
                                                                       double devFraction, std::uint64_t seed)
{
    const std::size_t n = ids.size();
    devFraction = std::clamp(devFraction, 0.0, 1.0);
    std::size_t k = static_cast<std::size_t>(std::llround(devFraction * static_cast<double>(n)));
    if (n >= 2 && devFraction > 0.0)
        k = std::clamp<std::size_t>(k, 1, n - 1);
    std::vector<std::pair<std::uint64_t, std::size_t>> keyed(n);
    for (std::size_t i = 0; i < n; ++i)
        keyed[i] = {keyHash(ids[i], seed), i};
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::size_t> train, dev;
    for (std::size_t r = 0; r < n; ++r)
        (r < k ? dev : train).push_back(keyed[r].second);
    std::sort(train.begin(), train.end());
    std::sort(dev.begin(), dev.end());
    return {std::move(train), std::move(dev)};
}

} // namespace

DocumentSplit splitByDocument(const Corpus &corpus, double devFraction, std::uint64_t seed)
{
    std::vector<std::string> ids;
    for (const Document &d : corpus.documents)
        ids.push_back(d.id);
    auto [train, dev] = splitIds(ids, devFraction, seed);
    return {std::move(train), std::move(dev)};
}

Corpus selectDocuments(const Corpus &corpus, const std::vector<std::size_t> &indices)
{
    Corpus out;
    out.sourcePath = corpus.sourcePath;
    out.format = corpus.format;
    out.semevalFlavor = corpus.semevalFlavor;
    for (std::size_t i : indices)
        out.documents.push_back(corpus.documents.at(i));
    return out;
}

std::pair<Corpus, Corpus> splitTrainDev(const Corpus &corpus, double devFraction, std::uint64_t seed)
{
    if (corpus.documents.size() != 1) {
        DocumentSplit split = splitByDocument(corpus, devFraction, seed);
        return {selectDocuments(corpus, split.train), selectDocuments(corpus, split.dev)};
    }
    const Document &doc = corpus.documents[0];
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < doc.sentences.size(); ++i)
        ids.push_back(doc.sentences[i].id + "#" + std::to_string(i));
    auto [train, dev] = splitIds(ids, devFraction, seed);
    std::pair<Corpus, Corpus> out{selectDocuments(corpus, {}), selectDocuments(corpus, {})};
    for (auto [indices, part] : {std::pair{&train, &out.first}, std::pair{&dev, &out.second}}) {
        Document d;
        d.id = doc.id;
        d.extra = doc.extra;
        for (std::size_t i : *indices)
            d.sentences.push_back(doc.sentences[i]);
        part->documents.push_back(std::move(d));
    }
    return out;
}

} // namespace mizan
