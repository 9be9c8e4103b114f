#include "baseline/rareneighbours.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "common/atomicfile.h"
#include "common/jsontext.h"

namespace mizan::baseline {
namespace {

constexpr const char *kFormat = "mizan-rare-neighbours";
constexpr std::size_t kCacheLimit = 200000;  // words; the cache starts over past it
constexpr std::int64_t kChunk = 1024;        // rare words scored against the candidates at once

// The centred vector of `word` normalised to length 1; false when it is zero.
bool unitVector(const VectorFeatures &vectors, const std::string &word, float *out, std::size_t dim)
{
    const std::vector<float> v = vectors.centred(word);
    double norm = 0.0;
    for (float x : v)
        norm += double(x) * x;
    if (norm <= 0.0 || v.size() != dim)
        return false;
    const double k = 1.0 / std::sqrt(norm);
    for (std::size_t d = 0; d < dim; ++d)
        out[d] = static_cast<float>(v[d] * k);
    return true;
}

} // namespace

void RareNeighbours::countWords(const UnitSentence &sentence, std::unordered_map<std::string, std::size_t> &counts)
{
    for (std::string &w : vectorWords(sentence))
        if (!w.empty())
            ++counts[std::move(w)];
}

RareNeighbours::RareNeighbours(std::shared_ptr<const VectorFeatures> vectors, std::vector<std::string> words,
                               int minCount, int k)
    : m_vectors(std::move(vectors)), m_minCount(minCount), m_k(k)
{
    m_dim = static_cast<std::size_t>(m_vectors->vectors().dim());
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    m_unit.resize(words.size() * m_dim);
    std::size_t kept = 0;
    for (const std::string &w : words)  // a candidate without a direction cannot be anyone's neighbour
        if (unitVector(*m_vectors, w, m_unit.data() + kept * m_dim, m_dim))
            words[kept++] = w;
    words.resize(kept);
    m_unit.resize(kept * m_dim);
    m_words = std::move(words);
}

std::shared_ptr<const RareNeighbours> RareNeighbours::build(std::shared_ptr<const VectorFeatures> vectors,
                                                            const std::unordered_map<std::string, std::size_t> &counts,
                                                            int minCount, int k)
{
    std::vector<std::string> frequent, rare;
    for (const auto &[word, n] : counts)
        (n >= std::size_t(std::max(minCount, 1)) ? frequent : rare).push_back(word);
    std::sort(rare.begin(), rare.end());
    auto table = std::make_shared<RareNeighbours>(std::move(vectors), std::move(frequent), minCount, k);
    if (table->m_words.empty() || k <= 0)
        return table;
    // Every rare word against every candidate, a chunk of rare words at a time (one matrix product).
    torch::NoGradGuard noGrad;
    const auto dim = static_cast<std::int64_t>(table->m_dim);
    const torch::Tensor cands = torch::from_blob(const_cast<float *>(table->m_unit.data()),
                                                 {std::int64_t(table->m_words.size()), dim}, torch::kFloat);
    const std::int64_t top = std::min<std::int64_t>(k, std::int64_t(table->m_words.size()));
    for (std::size_t at = 0; at < rare.size(); at += kChunk) {
        const std::size_t n = std::min<std::size_t>(kChunk, rare.size() - at);
        std::vector<float> rows(n * table->m_dim, 0.0f);
        std::vector<bool> has(n);
        for (std::size_t i = 0; i < n; ++i)
            has[i] = unitVector(*table->m_vectors, rare[at + i], rows.data() + i * table->m_dim, table->m_dim);
        const torch::Tensor q = torch::from_blob(rows.data(), {std::int64_t(n), dim}, torch::kFloat);
        const torch::Tensor best = std::get<1>(q.mm(cands.t()).topk(top, 1)).contiguous();
        const auto *ids = best.data_ptr<std::int64_t>();
        for (std::size_t i = 0; i < n; ++i) {
            std::vector<std::string> &out = table->m_table[rare[at + i]];
            for (std::int64_t j = 0; has[i] && j < top; ++j)
                out.push_back(table->m_words[std::size_t(ids[std::int64_t(i) * top + j])]);
        }
    }
    return table;
}

std::vector<std::string> RareNeighbours::nearest(const std::string &word) const
{
    std::vector<float> q(m_dim);
    if (m_k <= 0 || m_words.empty() || !unitVector(*m_vectors, word, q.data(), m_dim))
        return {};
    torch::NoGradGuard noGrad;
    const auto dim = static_cast<std::int64_t>(m_dim);
    const torch::Tensor cands =
        torch::from_blob(const_cast<float *>(m_unit.data()), {std::int64_t(m_words.size()), dim}, torch::kFloat);
    const torch::Tensor scores = torch::from_blob(q.data(), {1, dim}, torch::kFloat).mm(cands.t());
    const std::int64_t top = std::min<std::int64_t>(m_k, std::int64_t(m_words.size()));
    const torch::Tensor best = std::get<1>(scores.topk(top, 1)).contiguous();
    std::vector<std::string> out;
    for (std::int64_t j = 0; j < top; ++j)
        out.push_back(m_words[std::size_t(best.data_ptr<std::int64_t>()[j])]);
    return out;
}

std::vector<std::string> RareNeighbours::of(const std::string &word) const
{
    if (word.empty() || std::binary_search(m_words.begin(), m_words.end(), word))
        return {};
    if (const auto it = m_table.find(word); it != m_table.end())
        return it->second;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (const auto it = m_cache.find(word); it != m_cache.end())
            return it->second;
    }
    std::vector<std::string> found = nearest(word);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cache.size() >= kCacheLimit)
        m_cache.clear();
    m_cache.emplace(word, found);
    return found;
}

void RareNeighbours::addUnitFeatures(const FeatureHasher &hasher, const UnitSentence &sentence,
                                     std::vector<std::vector<std::int64_t>> &features) const
{
    const std::vector<std::string> words = vectorWords(sentence);
    std::vector<std::vector<std::string>> found(words.size());
    for (std::size_t w = 0; w < words.size(); ++w)
        found[w] = of(words[w]);
    for (std::size_t i = 0; i < sentence.units.size() && i < features.size(); ++i)
        if (sentence.units[i].word < found.size())
            for (const std::string &n : found[sentence.units[i].word])
                features[i].push_back(hasher.id("W", n));
}

void RareNeighbours::addWordFeatures(const FeatureHasher &hasher, const UnitSentence &sentence, std::size_t first,
                                     std::size_t end, const std::string &group, std::vector<std::int64_t> &out) const
{
    const std::vector<std::string> words = vectorWords(sentence);
    for (std::size_t w = first; w < end && w < words.size(); ++w)
        for (const std::string &n : of(words[w]))
            for (const std::string &token : peerTokens({n}))
                out.push_back(hasher.id(group + "1", token));
}

std::size_t RareNeighbours::tableSize() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_table.size() + m_cache.size();
}

Status RareNeighbours::save(const std::string &path) const
{
    nlohmann::json table = nlohmann::json::object();
    for (const auto &[word, found] : m_table)
        table[word] = found;
    const nlohmann::json j = {{"format", kFormat}, {"min_count", m_minCount}, {"k", m_k},
                              {"candidates", m_words}, {"table", table}};
    return writeFileAtomic(path, j.dump() + "\n");
}

Result<std::shared_ptr<const RareNeighbours>> RareNeighbours::load(const std::string &path,
                                                                   std::shared_ptr<const VectorFeatures> vectors,
                                                                   int minCount, int k)
{
    auto text = readFile(path);
    if (!text)
        return text.status();
    auto parsed = parseJsonFile(*text, path);
    if (!parsed)
        return parsed.status();
    const nlohmann::json &j = *parsed;
    auto bad = [&](const std::string &what) { return Status(ErrorCode::ParseError, path + ": " + what); };
    try {
        if (!j.is_object() || j.value("format", std::string()) != kFormat)
            return bad("not a rare-neighbour table (\"format\" is not \"" + std::string(kFormat) + "\")");
        if (j.at("min_count").get<int>() != minCount || j.at("k").get<int>() != k)
            return bad("\"min_count\" / \"k\" differ from the baseline's \"rare_count\" / \"rare_neighbours\"");
        auto table = std::make_shared<RareNeighbours>(std::move(vectors),
                                                      j.at("candidates").get<std::vector<std::string>>(), minCount, k);
        for (const auto &[word, found] : j.at("table").items())
            table->m_table[word] = found.get<std::vector<std::string>>();
        return std::shared_ptr<const RareNeighbours>(std::move(table));
    } catch (const nlohmann::json::exception &e) {
        return bad("unexpected value (" + jsonErrorText(e) + ")");
    }
}

} // namespace mizan::baseline
