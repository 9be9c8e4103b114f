#include "baseline/sentimentlinear.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mizan::baseline {
namespace {

// C is chosen among kCandidates by kFolds-fold cross-validation over the training sentences.
constexpr std::size_t kFolds = 3;
const std::vector<double> kCandidates = {0.3, 1.0, 3.0, 10.0};

// Appends one bag's ids and TF-IDF weights (sublinear tf, L2-normalised) to the flat lists.
void appendTfidf(const std::vector<std::int64_t> &bag, const float *idf, std::vector<std::int64_t> &ids,
                 std::vector<float> &weights)
{
    std::vector<std::int64_t> sorted = bag;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t first = weights.size();
    double norm = 0.0;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        const double w = (1.0 + std::log(static_cast<double>(j - i))) * idf[sorted[i]];
        ids.push_back(sorted[i]);
        weights.push_back(static_cast<float>(w));
        norm += w * w;
        i = j;
    }
    const float scale = norm > 0.0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
    for (std::size_t k = first; k < weights.size(); ++k)
        weights[k] *= scale;
}

// Word-vector inputs (SentimentFeatures::dense) as the last rows of the linear path, past the
// hashed buckets: dense value d goes to row rows - size + d with its value as weight.
void appendDense(const std::vector<float> &dense, std::int64_t rows, std::vector<std::int64_t> &ids,
                 std::vector<float> &weights)
{
    const std::int64_t base = rows - static_cast<std::int64_t>(dense.size());
    for (std::size_t d = 0; d < dense.size(); ++d) {
        ids.push_back(base + static_cast<std::int64_t>(d));
        weights.push_back(dense[d]);
    }
}

// The linear path's inputs of some examples as compressed sparse rows over the buckets they
// use (a column per bucket seen, in bucket order): the fit's vectors are as long as the
// features seen, not the table, and a product is one pass over the non-zeros.
struct SparseRows {
    std::vector<std::int64_t> start;  // of each row, then the non-zero count
    std::vector<std::int32_t> col;
    std::vector<float> value;
    std::vector<std::int64_t> bucket;  // of each column
};

SparseRows sparseRows(const BaselineSentimentImpl &net, const std::vector<SentimentFeatures> &examples,
                      const std::vector<std::size_t> &which)
{
    std::vector<const SentimentFeatures *> batch;
    for (std::size_t i : which)
        batch.push_back(&examples[i]);
    const auto bags = linearBags(net, batch);
    const std::int64_t *ids = bags[0].data_ptr<std::int64_t>(), *offsets = bags[1].data_ptr<std::int64_t>();
    const float *weights = bags[2].data_ptr<float>();
    const auto nnz = static_cast<std::size_t>(bags[0].size(0));
    SparseRows x;
    x.bucket.assign(ids, ids + nnz);
    std::sort(x.bucket.begin(), x.bucket.end());
    x.bucket.erase(std::unique(x.bucket.begin(), x.bucket.end()), x.bucket.end());
    x.start.assign(offsets, offsets + bags[1].size(0));
    x.start.push_back(static_cast<std::int64_t>(nnz));
    x.value.assign(weights, weights + nnz);
    x.col.resize(nnz);
    for (std::size_t k = 0; k < nnz; ++k)
        x.col[k] = static_cast<std::int32_t>(std::lower_bound(x.bucket.begin(), x.bucket.end(), ids[k]) -
                                             x.bucket.begin());
    return x;
}

// X w [rows, classes] (transposed: X^T d [columns, classes]) for row-major w and d.
torch::Tensor product(const SparseRows &x, const torch::Tensor &m, bool transposed)
{
    const std::int64_t classes = m.size(1), rows = std::int64_t(x.start.size()) - 1;
    torch::Tensor out = torch::zeros({transposed ? std::int64_t(x.bucket.size()) : rows, classes});
    const torch::Tensor in = m.contiguous();
    const float *src = in.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t k = x.start[std::size_t(r)]; k < x.start[std::size_t(r) + 1]; ++k) {
            const float v = x.value[std::size_t(k)];
            const std::int64_t c = x.col[std::size_t(k)];
            float *o = transposed ? dst + c * classes : dst + r * classes;
            const float *i = transposed ? src + r * classes : src + c * classes;
            for (std::int64_t j = 0; j < classes; ++j)
                o[j] += v * i[j];
        }
    return out;
}

// The inverse regularisation strength C: loss = sum_i s_i * CE_i / n + |W|^2 / (2 C n), the
// intercept b (when the net has one) not penalised, as scikit-learn's lbfgs solver; s_i the
// class weight of example i. W [columns of x, classes] starts where it is (warm start).
void fitLogistic(const SparseRows &x, const torch::Tensor &labels, const torch::Tensor &sampleWeights, double c,
                 torch::Tensor &w, torch::Tensor &b, bool intercept)
{
    const double n = static_cast<double>(labels.size(0));
    const torch::Tensor y = labels.unsqueeze(1);
    const torch::Tensor sw = (sampleWeights / n).unsqueeze(1);
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> params = {w};
    if (intercept)
        params.push_back(b);
    for (torch::Tensor &p : params)
        p.set_requires_grad(true);
    torch::optim::LBFGS opt(
        params, torch::optim::LBFGSOptions(1.0).max_iter(150).history_size(10).line_search_fn("strong_wolfe"));
    opt.step([&] {
        torch::NoGradGuard inner;
        const torch::Tensor logp = torch::log_softmax(product(x, w, false) + b, 1);
        const torch::Tensor loss = -(logp.gather(1, y) * sw).sum() + w.pow(2).sum() / (2.0 * c * n);
        const torch::Tensor d = logp.exp().scatter_add(1, y, -torch::ones_like(sw)) * sw;
        w.mutable_grad() = product(x, d, true) + w / (c * n);
        if (intercept)
            b.mutable_grad() = d.sum(0);
        return loss;
    });
    for (torch::Tensor &p : params) {
        p.mutable_grad() = torch::Tensor();
        p.set_requires_grad(false);
    }
}

// Fits the path on the examples `which` (idf of those examples) for each C of `candidates`
// in turn, each fit starting from the previous one, and calls `fitted(C)` with the net holding
// that fit. False when stopped.
template <typename Fitted>
bool fitPath(BaselineSentimentImpl &net, const std::vector<SentimentFeatures> &examples,
             const std::vector<std::size_t> &which, const std::vector<double> &classWeights,
             const std::vector<double> &candidates, const std::atomic<bool> *stop, Fitted fitted)
{
    fitIdf(net, examples, which);
    const SparseRows x = sparseRows(net, examples, which);
    std::vector<std::int64_t> labels;
    std::vector<float> sampleWeights;
    for (std::size_t i : which) {
        labels.push_back(examples[i].label);
        sampleWeights.push_back(static_cast<float>(classWeights[static_cast<std::size_t>(examples[i].label)]));
    }
    const torch::Tensor y = torch::tensor(labels, torch::kLong), s = torch::tensor(sampleWeights);
    const std::int64_t classes = net.lin->weight.size(1);
    torch::Tensor w = torch::zeros({std::int64_t(x.bucket.size()), classes}), b = torch::zeros({classes});
    const torch::Tensor columns = torch::tensor(x.bucket, torch::kLong);
    for (double c : candidates) {
        if (stop && stop->load(std::memory_order_relaxed))
            return false;
        fitLogistic(x, y, s, c, w, b, net.linBias.defined());
        torch::NoGradGuard noGrad;
        net.lin->weight.zero_().index_copy_(0, columns, w);
        if (net.linBias.defined())
            net.linBias.copy_(b);
        fitted(c);
    }
    return true;
}

// Counts of the linear path's answers on held-out examples, summed over folds.
struct Tally {
    std::vector<double> tp, fp, fn;
    double correct = 0, total = 0;
    // accuracy + macro-F1
    double score() const
    {
        double f1 = 0;
        for (std::size_t c = 0; c < tp.size(); ++c)
            f1 += tp[c] > 0 ? 2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) : 0.0;
        return correct / std::max(1.0, total) + f1 / double(std::max<std::size_t>(1, tp.size()));
    }
};

// Adds the answers of the linear path on the examples `which` to `tally`.
void tallyHeldOut(BaselineSentimentImpl &net, const std::vector<SentimentFeatures> &examples,
                  const std::vector<std::size_t> &which, Tally &tally)
{
    torch::NoGradGuard noGrad;
    std::vector<const SentimentFeatures *> batch;
    for (std::size_t i : which)
        batch.push_back(&examples[i]);
    const auto bags = linearBags(net, batch);
    torch::Tensor logits = net.lin(bags[0], bags[1], bags[2]);
    if (net.linBias.defined())
        logits = logits + net.linBias;
    const torch::Tensor pred = logits.argmax(1);
    const auto classes = static_cast<std::size_t>(logits.size(1));
    tally.tp.resize(classes, 0.0);
    tally.fp.resize(classes, 0.0);
    tally.fn.resize(classes, 0.0);
    for (std::size_t k = 0; k < which.size(); ++k) {
        const auto p = static_cast<std::size_t>(pred[static_cast<std::int64_t>(k)].item<std::int64_t>());
        const auto g = static_cast<std::size_t>(examples[which[k]].label);
        tally.total += 1;
        if (p == g) {
            ++tally.correct;
            ++tally.tp[g];
        } else {
            ++tally.fp[p];
            ++tally.fn[g];
        }
    }
}

} // namespace

std::vector<torch::Tensor> linearBags(const BaselineSentimentImpl &net,
                                      const std::vector<const SentimentFeatures *> &batch)
{
    std::vector<std::int64_t> ids, offsets;
    std::vector<float> weights;
    const float *idf = net.idf.defined() ? net.idf.data_ptr<float>() : nullptr;
    for (const auto *ex : batch) {
        offsets.push_back(static_cast<std::int64_t>(ids.size()));
        for (const auto *bag : {&ex->sentence, &ex->sentenceChars, &ex->target, &ex->window, &ex->windowChars}) {
            if (idf) {
                appendTfidf(*bag, idf, ids, weights);
                continue;
            }
            ids.insert(ids.end(), bag->begin(), bag->end());
            weights.insert(weights.end(), bag->size(), 1.0f / std::sqrt(float(std::max<std::size_t>(1, bag->size()))));
        }
        appendDense(ex->dense, net.lin->weight.size(0), ids, weights);
    }
    return {torch::tensor(ids, torch::kLong), torch::tensor(offsets, torch::kLong), torch::tensor(weights)};
}

torch::Tensor sentimentLogits(BaselineSentimentImpl &net, const std::vector<const SentimentFeatures *> &batch)
{
    std::vector<const std::vector<std::int64_t> *> s, t, w;
    for (const auto *ex : batch) {
        s.push_back(&ex->sentence);
        t.push_back(&ex->target);
        w.push_back(&ex->window);
    }
    std::vector<torch::Tensor> weighted;
    if (net.lin)
        weighted = linearBags(net, batch);
    return net.forward({packBags(s), packBags(t), packBags(w)}, weighted);
}

torch::Tensor sharedSentenceLogits(BaselineSentimentImpl &net, const SentimentFeatures &sentence,
                                   const std::vector<SentimentFeatures> &targets)
{
    const auto n = static_cast<std::int64_t>(targets.size());
    std::vector<const SentimentFeatures *> batch;
    std::vector<const std::vector<std::int64_t> *> t, w;
    for (const auto &ex : targets) {
        batch.push_back(&ex);
        t.push_back(&ex.target);
        w.push_back(&ex.window);
    }
    torch::Tensor logits;
    if (net.emb) {  // BaselineSentimentImpl::forward's order: sentence, target, window
        const auto [sIds, sOffsets] = packBags({&sentence.sentence});
        const auto [tIds, tOffsets] = packBags(t);
        const auto [wIds, wOffsets] = packBags(w);
        const torch::Tensor s = net.emb(sIds, sOffsets).expand({n, -1});
        logits = net.out(torch::cat({s, net.emb(tIds, tOffsets), net.emb(wIds, wOffsets)}, 1));
    }
    if (net.lin) {
        const auto own = linearBags(net, batch), shared = linearBags(net, {&sentence});
        torch::Tensor l = net.lin(own[0], own[1], own[2]) + net.lin(shared[0], shared[1], shared[2]);
        if (net.linBias.defined())
            l = l + net.linBias;
        logits = logits.defined() ? logits + l : l;
    }
    return logits;
}

void fitIdf(BaselineSentimentImpl &net, const std::vector<SentimentFeatures> &examples,
            const std::vector<std::size_t> &which)
{
    std::vector<float> df(static_cast<std::size_t>(net.idf.size(0)), 0.0f);
    std::vector<std::int64_t> seen;
    for (std::size_t i : which) {
        const SentimentFeatures &ex = examples[i];
        seen.clear();
        for (const auto *bag : {&ex.sentence, &ex.sentenceChars, &ex.target, &ex.window, &ex.windowChars})
            seen.insert(seen.end(), bag->begin(), bag->end());
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        for (std::int64_t id : seen)
            df[static_cast<std::size_t>(id)] += 1.0f;
    }
    const double n = static_cast<double>(which.size());
    torch::NoGradGuard noGrad;
    float *idf = net.idf.data_ptr<float>();
    for (std::size_t b = 0; b < df.size(); ++b)
        idf[b] = df[b] > 0.0f ? static_cast<float>(std::log((1.0 + n) / (1.0 + df[b])) + 1.0) : 0.0f;
}

double trainLinearPath(BaselineSentimentImpl &net, const std::vector<SentimentFeatures> &examples,
                       const std::vector<std::size_t> &sentenceOf, const std::vector<double> &classWeights,
                       const BaselineOptions &options, const std::atomic<bool> *stop, bool &done)
{
    done = false;
    std::vector<std::size_t> all(examples.size());
    std::iota(all.begin(), all.end(), 0);
    double c = options.sentimentC;
    if (c <= 0.0) {  // chosen by cross-validation over the training sentences, never on the dev data
        // The folds have their own generator: the same folds whatever ran before.
        std::mt19937_64 splitRng(options.seed ^ 0x5e17u);
        std::vector<std::size_t> sentences(sentenceOf.begin(), sentenceOf.end());
        std::sort(sentences.begin(), sentences.end());
        sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
        std::vector<std::size_t> order(sentences.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), splitRng);
        std::vector<std::size_t> foldOf(examples.size());  // fold of each example's sentence
        for (std::size_t i = 0; i < examples.size(); ++i) {
            const auto at = std::lower_bound(sentences.begin(), sentences.end(), sentenceOf[i]) - sentences.begin();
            foldOf[i] = order[std::size_t(at)] % kFolds;
        }
        std::vector<Tally> tallies(kCandidates.size());
        for (std::size_t fold = 0; fold < kFolds; ++fold) {
            std::vector<std::size_t> inner, held;
            for (std::size_t i = 0; i < examples.size(); ++i)
                (foldOf[i] == fold ? held : inner).push_back(i);
            if (inner.empty() || held.empty())
                continue;
            std::size_t k = 0;
            if (!fitPath(net, examples, inner, classWeights, kCandidates, stop,
                         [&](double) { tallyHeldOut(net, examples, held, tallies[k++]); }))
                return c;
        }
        double best = -1.0;
        c = 1.0;
        for (std::size_t k = 0; k < kCandidates.size(); ++k) {
            if (tallies[k].total > 0 && tallies[k].score() > best) {
                best = tallies[k].score();
                c = kCandidates[k];
            }
        }
    }
    done = fitPath(net, examples, all, classWeights, {c}, stop, [](double) {});
    return c;
}

} // namespace mizan::baseline
