#include "baseline/sentimentlinear.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mizan::baseline {
namespace {

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

// The linear path's inputs of the examples `which` as a sparse matrix [examples, buckets] and
// its transpose (duplicate ids of one example summed, as the path's embedding bag sums them).
std::pair<torch::Tensor, torch::Tensor> sparseInputs(const BaselineSentimentImpl &net,
                                                     const std::vector<SentimentFeatures> &examples,
                                                     const std::vector<std::size_t> &which)
{
    std::vector<const SentimentFeatures *> batch;
    for (std::size_t i : which)
        batch.push_back(&examples[i]);
    const auto bags = linearBags(net, batch);
    const std::int64_t nnz = bags[0].size(0), n = bags[1].size(0);
    std::vector<std::int64_t> rows(static_cast<std::size_t>(nnz));
    const std::int64_t *offsets = bags[1].data_ptr<std::int64_t>();
    for (std::int64_t r = 0; r < n; ++r)
        for (std::int64_t k = offsets[r]; k < (r + 1 < n ? offsets[r + 1] : nnz); ++k)
            rows[static_cast<std::size_t>(k)] = r;
    const torch::Tensor r = torch::tensor(rows, torch::kLong);
    const std::int64_t buckets = net.lin->weight.size(0);
    const torch::Tensor x = torch::sparse_coo_tensor(torch::stack({r, bags[0]}), bags[2], {n, buckets}).coalesce();
    const torch::Tensor xt = torch::sparse_coo_tensor(torch::stack({bags[0], r}), bags[2], {buckets, n}).coalesce();
    return {x, xt};
}

// The inverse regularisation strength C: loss = sum_i w_i * CE_i / n + |W|^2 / (2 C n). The
// gradient is computed in closed form over the sparse inputs (an L-BFGS step is two sparse
// products, not an embedding bag's backward).
void fitLogistic(BaselineSentimentImpl &net, const std::vector<SentimentFeatures> &examples,
                 const std::vector<std::size_t> &which, const std::vector<double> &classWeights, double c)
{
    std::vector<std::int64_t> labels;
    std::vector<float> sampleWeights;
    for (std::size_t i : which) {
        labels.push_back(examples[i].label);
        sampleWeights.push_back(static_cast<float>(classWeights[static_cast<std::size_t>(examples[i].label)]));
    }
    // Named tensors, not a structured binding: the closure below captures them (C++17 forbids
    // capturing bindings; clang refuses it).
    const std::pair<torch::Tensor, torch::Tensor> inputs = sparseInputs(net, examples, which);
    const torch::Tensor &x = inputs.first, &xt = inputs.second;
    const double n = static_cast<double>(which.size());
    const torch::Tensor y = torch::tensor(labels, torch::kLong).unsqueeze(1);
    const torch::Tensor sw = (torch::tensor(sampleWeights) / n).unsqueeze(1);
    torch::Tensor w = net.lin->weight;
    torch::NoGradGuard noGrad;
    w.zero_();
    w.set_requires_grad(true);
    torch::optim::LBFGS opt(
        {w}, torch::optim::LBFGSOptions(1.0).max_iter(150).history_size(10).line_search_fn("strong_wolfe"));
    opt.step([&] {
        torch::NoGradGuard inner;
        const torch::Tensor logp = torch::log_softmax(torch::mm(x, w), 1);
        const torch::Tensor loss = -(logp.gather(1, y) * sw).sum() + w.pow(2).sum() / (2.0 * c * n);
        const torch::Tensor d = logp.exp().scatter_add(1, y, -torch::ones_like(sw)) * sw;
        w.mutable_grad() = torch::mm(xt, d) + w / (c * n);
        return loss;
    });
    w.mutable_grad() = torch::Tensor();
    w.set_requires_grad(false);  // the embedding path trains next, this one stays as fitted
}

// accuracy + macro-F1 of the linear path on the examples `which`.
double heldOutScore(BaselineSentimentImpl &net, const std::vector<SentimentFeatures> &examples,
                    const std::vector<std::size_t> &which, std::int64_t classes)
{
    torch::NoGradGuard noGrad;
    std::vector<const SentimentFeatures *> batch;
    for (std::size_t i : which)
        batch.push_back(&examples[i]);
    const auto bags = linearBags(net, batch);
    const torch::Tensor pred = net.lin(bags[0], bags[1], bags[2]).argmax(1);
    std::vector<double> tp(std::size_t(classes), 0), fp(tp), fn(tp);
    double correct = 0;
    for (std::size_t k = 0; k < which.size(); ++k) {
        const auto p = static_cast<std::size_t>(pred[static_cast<std::int64_t>(k)].item<std::int64_t>());
        const auto g = static_cast<std::size_t>(examples[which[k]].label);
        if (p == g) {
            ++correct;
            ++tp[g];
        } else {
            ++fp[p];
            ++fn[g];
        }
    }
    double f1 = 0;
    for (std::size_t c = 0; c < tp.size(); ++c)
        f1 += tp[c] > 0 ? 2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) : 0.0;
    return correct / std::max<double>(1, double(which.size())) + f1 / double(classes);
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
        for (const auto *bag : {&ex->sentence, &ex->target, &ex->window}) {
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

void fitIdf(BaselineSentimentImpl &net, const std::vector<SentimentFeatures> &examples,
            const std::vector<std::size_t> &which)
{
    std::vector<float> df(static_cast<std::size_t>(net.idf.size(0)), 0.0f);
    std::vector<std::int64_t> seen;
    for (std::size_t i : which) {
        const SentimentFeatures &ex = examples[i];
        seen.clear();
        for (const auto *bag : {&ex.sentence, &ex.target, &ex.window})
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
        idf[b] = static_cast<float>(std::log((1.0 + n) / (1.0 + df[b])) + 1.0);
}

double trainLinearPath(BaselineSentimentImpl &net, const std::vector<SentimentFeatures> &examples,
                       const std::vector<std::size_t> &sentenceOf, const std::vector<double> &classWeights,
                       const BaselineOptions &options, std::mt19937_64 &rng, const std::atomic<bool> *stop, bool &done)
{
    done = false;
    std::vector<std::size_t> all(examples.size());
    std::iota(all.begin(), all.end(), 0);
    double c = options.sentimentC;
    if (c <= 0.0) {  // chosen on 15% of the training sentences, never on the dev data
        std::vector<std::size_t> sentences(sentenceOf.begin(), sentenceOf.end());
        std::sort(sentences.begin(), sentences.end());
        sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
        std::shuffle(sentences.begin(), sentences.end(), rng);
        sentences.resize(std::max<std::size_t>(1, sentences.size() * 15 / 100));
        std::sort(sentences.begin(), sentences.end());
        std::vector<std::size_t> inner, held;
        for (std::size_t i = 0; i < examples.size(); ++i)
            (std::binary_search(sentences.begin(), sentences.end(), sentenceOf[i]) ? held : inner).push_back(i);
        double best = -1.0;
        c = 1.0;
        for (double candidate : {0.3, 1.0, 3.0, 10.0, 30.0}) {
            if (inner.empty() || held.empty())
                break;
            if (stop && stop->load(std::memory_order_relaxed))
                return c;
            fitIdf(net, examples, inner);
            fitLogistic(net, examples, inner, classWeights, candidate);
            const double score = heldOutScore(net, examples, held, net.lin->weight.size(1));
            if (score > best) {
                best = score;
                c = candidate;
            }
        }
    }
    if (stop && stop->load(std::memory_order_relaxed))
        return c;
    fitIdf(net, examples, all);
    fitLogistic(net, examples, all, classWeights, c);
    done = true;
    return c;
}

} // namespace mizan::baseline
