#include "train/vectorinit.h"

#include <cmath>
#include <random>
#include <sstream>

#include "baseline/vectorfeatures.h"
#include "train/jobguard.h"
#include "vectors/wordvectors.h"

namespace mizan {
namespace {

constexpr std::uint64_t kProjectionSeed = 20261206;  // fixed: part of what an initialisation means

bool isSpecial(const std::string &piece)
{
    return piece.size() >= 2 && piece.front() == '[' && piece.back() == ']';
}

// The piece's vector: the mean of the vectors of its words as the baseline sees them (one
// word for nearly every piece); empty when it has no word characters.
std::vector<float> pieceVector(const WordVectors &vectors, const std::string &piece)
{
    const std::string bare = piece.rfind("##", 0) == 0 ? piece.substr(2) : piece;
    std::istringstream words(baseline::vectorText(bare));
    std::vector<float> sum;
    int count = 0;
    for (std::string w; words >> w; ++count) {
        const std::vector<float> v = vectors.vector(w);
        if (sum.empty())
            sum.assign(v.size(), 0.0f);
        for (std::size_t d = 0; d < v.size(); ++d)
            sum[d] += v[d];
    }
    for (float &x : sum)
        x /= float(count);
    return sum;
}

WordVectors loadChecked(const std::string &dir)
{
    Result<WordVectors> v = WordVectors::load(dir);
    if (!v)
        throw JobError(v.status().code(), "init_vectors: " + v.error());
    if (v->normalisation() != baseline::kVectorNormalisation)
        throw JobError(ErrorCode::InvalidArgument,
                       "init_vectors: " + dir + ": vectors learned from text normalised as '" + v->normalisation() +
                           "', expected '" + std::string(baseline::kVectorNormalisation) +
                           "' (train them with mizan vectors train)");
    return std::move(*v);
}

} // namespace

EmbeddingInit initEmbeddingsFromVectors(const std::string &dir, const WordPieceTokenizer &tokenizer,
                                        MultitaskModel &model, double rowStd)
{
    const WordVectors vectors = loadChecked(dir);
    EmbeddingInit done;
    done.sha256 = vectors.checksum();
    done.vectorDim = vectors.dim();
    const std::vector<std::string> &pieces = tokenizer.vocab().tokens();
    std::vector<std::int64_t> ids;
    std::vector<float> rows;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        std::vector<float> v = isSpecial(pieces[i]) ? std::vector<float>() : pieceVector(vectors, pieces[i]);
        if (v.empty()) {
            ++done.skipped;
            continue;
        }
        ids.push_back(std::int64_t(i));
        rows.insert(rows.end(), v.begin(), v.end());
    }
    done.pieces = ids.size();
    if (ids.empty())
        return done;
    torch::NoGradGuard noGrad;
    torch::Tensor weight = model->bert->embeddings->wordEmbeddings->weight;
    const std::int64_t hidden = weight.size(1);
    torch::Tensor x = torch::from_blob(rows.data(), {std::int64_t(ids.size()), vectors.dim()}, torch::kFloat).clone();
    x = x.to(torch::kDouble);
    x -= x.mean(0, true);
    if (x.size(1) != hidden) {
        std::mt19937_64 rng(kProjectionSeed);
        std::normal_distribution<double> normal(0.0, 1.0);
        std::vector<double> r(std::size_t(x.size(1) * hidden));
        for (double &e : r)
            e = normal(rng);
        x = x.matmul(torch::from_blob(r.data(), {x.size(1), hidden}, torch::kDouble));
    }
    const double sd = x.std().item<double>();
    if (sd > 0)
        x *= rowStd / sd;
    const torch::Tensor at = torch::tensor(ids, torch::kLong).to(weight.device());
    weight.index_copy_(0, at, x.to(weight.dtype()).to(weight.device()));
    return done;
}

} // namespace mizan
