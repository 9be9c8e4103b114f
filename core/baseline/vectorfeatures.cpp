#include "baseline/vectorfeatures.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "common/utf8.h"

namespace mizan::baseline {
namespace {

constexpr int kPlanes = 16;
constexpr std::size_t kCacheLimit = 200000;  // words; the cache starts over past it
constexpr std::size_t kWindowWords = 3;      // whitespace words either side of the target

// Adds the mean of `rows` to `out` at `at`, L2-normalised and times `scale`.
void putMean(const std::vector<std::vector<float>> &rows, double scale, std::vector<float> &out, std::size_t at)
{
    if (rows.empty())
        return;
    const std::size_t dim = rows.front().size();
    std::vector<double> sum(dim, 0.0);
    for (const auto &r : rows)
        for (std::size_t d = 0; d < dim; ++d)
            sum[d] += r[d];
    double norm = 0.0;
    for (double v : sum)
        norm += v * v;
    if (norm <= 0.0)
        return;
    const double k = scale / std::sqrt(norm);
    for (std::size_t d = 0; d < dim; ++d)
        out[at + d] = static_cast<float>(sum[d] * k);
}

} // namespace

std::vector<std::string> vectorWords(const UnitSentence &sentence)
{
    std::vector<std::string> words(sentence.wordForms.size());
    for (std::size_t i = 0; i < sentence.units.size(); ++i)
        if (sentence.units[i].wordChar && sentence.units[i].word < words.size())
            words[sentence.units[i].word] += sentence.forms[i];
    return words;
}

std::string vectorText(std::string_view utf8Text)
{
    std::string out;
    for (const std::string &w : vectorWords(prepareSentence(utf8Text))) {
        if (w.empty())
            continue;
        if (!out.empty())
            out += ' ';
        out += w;
    }
    return out;
}

VectorFeatures::VectorFeatures(WordVectors vectors, double scale) : m_vectors(std::move(vectors)), m_scale(scale)
{
    const auto dim = static_cast<std::size_t>(m_vectors.dim());
    std::vector<double> mean(dim, 0.0);
    const std::size_t n = m_vectors.words();
    for (std::size_t i = 0; i < n; ++i) {
        const std::vector<float> v = m_vectors.vector(m_vectors.word(i));
        for (std::size_t d = 0; d < dim; ++d)
            mean[d] += v[d];
    }
    m_mean.resize(dim);
    for (std::size_t d = 0; d < dim; ++d)
        m_mean[d] = static_cast<float>(n ? mean[d] / double(n) : 0.0);
    std::mt19937_64 rng(20251206);  // fixed: the clusters are part of the saved model's features
    std::normal_distribution<float> normal(0.0f, 1.0f);
    m_planes.resize(kPlanes * dim);
    for (float &p : m_planes)
        p = normal(rng);
}

Result<std::shared_ptr<const VectorFeatures>> VectorFeatures::load(const std::string &dir, const std::string &sha256,
                                                                   double scale)
{
    Result<WordVectors> v = WordVectors::load(dir);
    if (!v)
        return v.status();
    if (!sha256.empty() && v->checksum() != sha256)
        return Status(ErrorCode::IoError, dir + ": not the word vectors this baseline was trained with (their "
                                                "checksum differs; train the baseline again)");
    if (v->normalisation() != kVectorNormalisation)
        return Status(ErrorCode::InvalidArgument, dir + ": vectors learned from text normalised as '" +
                                                      v->normalisation() + "', expected '" + kVectorNormalisation +
                                                      "' (train them with mizan vectors train)");
    return std::shared_ptr<const VectorFeatures>(std::make_shared<VectorFeatures>(std::move(*v), scale));
}

std::vector<float> VectorFeatures::centred(const std::string &word) const
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (const auto it = m_cache.find(word); it != m_cache.end())
            return it->second;
    }
    std::vector<float> v = m_vectors.vector(word);
    bool zero = true;
    for (float x : v)
        zero = zero && x == 0.0f;
    if (!zero)  // a word with no known n-gram stays at zero: no direction
        for (std::size_t d = 0; d < v.size(); ++d)
            v[d] -= m_mean[d];
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cache.size() >= kCacheLimit)
        m_cache.clear();
    m_cache.emplace(word, v);
    return v;
}

std::uint32_t VectorFeatures::signature(const std::string &word) const
{
    const std::vector<float> v = centred(word);
    std::uint32_t bits = 0;
    for (int p = 0; p < kPlanes; ++p) {
        double dot = 0.0;
        for (std::size_t d = 0; d < v.size(); ++d)
            dot += double(v[d]) * m_planes[std::size_t(p) * v.size() + d];
        bits = (bits << 1) | (dot > 0.0 ? 1u : 0u);
    }
    return bits;
}

void VectorFeatures::addUnitFeatures(const FeatureHasher &hasher, const UnitSentence &sentence,
                                     std::vector<std::vector<std::int64_t>> &features) const
{
    const std::vector<std::string> words = vectorWords(sentence);
    std::vector<std::uint32_t> sig(words.size());
    for (std::size_t w = 0; w < sig.size(); ++w)
        sig[w] = signature(words[w]);
    for (std::size_t i = 0; i < sentence.units.size() && i < features.size(); ++i) {
        const std::size_t w = sentence.units[i].word;
        if (w >= sig.size())
            continue;
        for (int bits : {4, 8, 12, 16})
            features[i].push_back(hasher.id("vc" + std::to_string(bits), std::to_string(sig[w] >> (kPlanes - bits))));
        if (w > 0)
            features[i].push_back(hasher.id("vc-1", std::to_string(sig[w - 1] >> 8)));
        if (w + 1 < sig.size())
            features[i].push_back(hasher.id("vc+1", std::to_string(sig[w + 1] >> 8)));
    }
}

VectorSentence VectorFeatures::prepare(const UnitSentence &sentence) const
{
    VectorSentence prepared;
    prepared.words = vectorWords(sentence);
    std::vector<std::vector<float>> all;
    for (const std::string &word : prepared.words)
        if (!word.empty())
            all.push_back(centred(word));
    prepared.mean.assign(static_cast<std::size_t>(m_vectors.dim()), 0.0f);
    putMean(all, m_scale, prepared.mean, 0);
    return prepared;
}

std::vector<float> VectorFeatures::dense(const UnitSentence &sentence,
                                         const std::optional<std::pair<std::size_t, std::size_t>> &cover) const
{
    return dense(sentence, prepare(sentence), cover);
}

std::vector<float> VectorFeatures::dense(const UnitSentence &sentence, const VectorSentence &prepared,
                                         const std::optional<std::pair<std::size_t, std::size_t>> &cover) const
{
    const auto dim = static_cast<std::size_t>(m_vectors.dim());
    std::vector<float> out(3 * dim, 0.0f);
    std::copy(prepared.mean.begin(), prepared.mean.end(), out.begin());
    if (!cover || cover->first >= sentence.units.size() || cover->second >= sentence.units.size())
        return out;
    const std::size_t firstWord = sentence.units[cover->first].word, lastWord = sentence.units[cover->second].word;
    if (firstWord > lastWord)
        return out;
    // The target's words and kWindowWords either side (in text order, as the sums were taken
    // over the whole sentence).
    std::vector<std::vector<float>> target, window;
    const std::size_t from = firstWord >= kWindowWords ? firstWord - kWindowWords : 0;
    const std::size_t to = std::min(prepared.words.size(), lastWord + kWindowWords + 1);
    for (std::size_t w = from; w < to; ++w) {
        if (prepared.words[w].empty())
            continue;
        (w >= firstWord && w <= lastWord ? target : window).push_back(centred(prepared.words[w]));
    }
    putMean(target, m_scale, out, dim);
    putMean(window, m_scale, out, 2 * dim);
    return out;
}

} // namespace mizan::baseline
