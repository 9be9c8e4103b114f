#include "baseline/sentimentlinear.h"

#include "baseline/logisticfit.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

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

// The distinct buckets of an example's bags, sorted.
std::vector<std::int64_t> bucketsOf(const SentimentFeatures &ex)
{
    std::vector<std::int64_t> seen;
    for (const auto *bag : {&ex.sentence, &ex.sentenceChars, &ex.target, &ex.window, &ex.windowChars})
        seen.insert(seen.end(), bag->begin(), bag->end());
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    return seen;
}

// The distinct sentences of the examples `which` (in order of first appearance) and, for each
// example, the index of its sentence among them.
std::pair<std::vector<const SentimentFeatures *>, std::vector<std::int64_t>>
sentencesOf(const SentimentExamples &examples, const std::vector<std::size_t> &which)
{
    std::pair<std::vector<const SentimentFeatures *>, std::vector<std::int64_t>> out;
    std::unordered_map<std::size_t, std::int64_t> at;
    for (std::size_t i : which) {
        const std::size_t s = examples.sentenceOf[i];
        const auto [it, added] = at.emplace(s, static_cast<std::int64_t>(out.first.size()));
        if (added)
            out.first.push_back(&examples.sentences[s]);
        out.second.push_back(it->second);
    }
    return out;
}

SparseRows sparseRows(const BaselineSentimentImpl &net, const SentimentExamples &examples,
                      const std::vector<std::size_t> &which)
{
    std::vector<const SentimentFeatures *> batch;
    for (std::size_t i : which)
        batch.push_back(&examples.own[i]);
    SparseRows x;
    auto [sentences, sharedOf] = sentencesOf(examples, which);
    x.sharedOf = std::move(sharedOf);
    const auto own = linearBags(net, batch), shared = linearBags(net, sentences);
    for (const auto *bags : {&own, &shared})
        x.bucket.insert(x.bucket.end(), (*bags)[0].data_ptr<std::int64_t>(),
                        (*bags)[0].data_ptr<std::int64_t>() + (*bags)[0].size(0));
    std::sort(x.bucket.begin(), x.bucket.end());
    x.bucket.erase(std::unique(x.bucket.begin(), x.bucket.end()), x.bucket.end());
    x.own = csrOf(own, x.bucket);
    x.shared = csrOf(shared, x.bucket);
    return x;
}

// Fits the path on the examples `which` (idf of those examples) for each C of `candidates`
// in turn, each fit starting from the previous one, and calls `fitted(C)` with the net holding
// that fit. False when stopped.
template <typename Fitted>
bool fitPath(BaselineSentimentImpl &net, const SentimentExamples &examples, const std::vector<std::size_t> &which,
             const std::vector<double> &classWeights, const std::vector<double> &candidates,
             const std::atomic<bool> *stop, Fitted fitted)
{
    fitIdf(net, examples, which);
    const SparseRows x = sparseRows(net, examples, which);
    std::vector<std::int64_t> labels;
    std::vector<float> sampleWeights;
    for (std::size_t i : which) {
        labels.push_back(examples.own[i].label);
        sampleWeights.push_back(static_cast<float>(classWeights[static_cast<std::size_t>(examples.own[i].label)]));
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

// Logits [own, C] of the linear path (with its intercept) of examples `own[k]` whose sentence
// bags are `sentences[group[k]]`, each sentence's part weighted and summed once.
torch::Tensor linearLogits(BaselineSentimentImpl &net, const std::vector<const SentimentFeatures *> &sentences,
                           const std::vector<const SentimentFeatures *> &own, const std::vector<std::int64_t> &group)
{
    const auto mine = linearBags(net, own), shared = linearBags(net, sentences);
    torch::Tensor l = net.lin(mine[0], mine[1], mine[2]) +
                      net.lin(shared[0], shared[1], shared[2]).index_select(0, torch::tensor(group, torch::kLong));
    return net.linBias.defined() ? l + net.linBias : l;
}

// Logits [own, C] of the whole head for examples laid out as linearLogits' (own's sentence
// bags empty): the sentence's embedding and linear part computed once per sentence.
torch::Tensor groupedLogits(BaselineSentimentImpl &net, const std::vector<const SentimentFeatures *> &sentences,
                            const std::vector<const SentimentFeatures *> &own, const std::vector<std::int64_t> &group)
{
    torch::Tensor logits;
    if (net.emb) {  // BaselineSentimentImpl::forward's order: sentence, target, window
        std::vector<const std::vector<std::int64_t> *> s, t, w;
        for (const auto *ex : sentences)
            s.push_back(&ex->sentence);
        for (const auto *ex : own) {
            t.push_back(&ex->target);
            w.push_back(&ex->window);
        }
        const auto [sIds, sOffsets] = packBags(s);
        const auto [tIds, tOffsets] = packBags(t);
        const auto [wIds, wOffsets] = packBags(w);
        const torch::Tensor se = net.emb(sIds, sOffsets).index_select(0, torch::tensor(group, torch::kLong));
        logits = net.out(torch::cat({se, net.emb(tIds, tOffsets), net.emb(wIds, wOffsets)}, 1));
    }
    if (net.lin) {
        const torch::Tensor l = linearLogits(net, sentences, own, group);
        logits = logits.defined() ? logits + l : l;
    }
    return logits;
}

std::vector<const SentimentFeatures *> ownOf(const SentimentExamples &examples, const std::vector<std::size_t> &which)
{
    std::vector<const SentimentFeatures *> own;
    for (std::size_t i : which)
        own.push_back(&examples.own[i]);
    return own;
}

// Adds the answers of the linear path on the examples `which` to `tally`.
void tallyHeldOut(BaselineSentimentImpl &net, const SentimentExamples &examples, const std::vector<std::size_t> &which,
                  Tally &tally)
{
    torch::NoGradGuard noGrad;
    const auto [sentences, group] = sentencesOf(examples, which);
    const torch::Tensor logits = linearLogits(net, sentences, ownOf(examples, which), group);
    const torch::Tensor pred = logits.argmax(1);
    const auto classes = static_cast<std::size_t>(logits.size(1));
    tally.tp.resize(classes, 0.0);
    tally.fp.resize(classes, 0.0);
    tally.fn.resize(classes, 0.0);
    for (std::size_t k = 0; k < which.size(); ++k) {
        const auto p = static_cast<std::size_t>(pred[static_cast<std::int64_t>(k)].item<std::int64_t>());
        const auto g = static_cast<std::size_t>(examples.own[which[k]].label);
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
    std::vector<const SentimentFeatures *> own;
    for (const auto &ex : targets)
        own.push_back(&ex);
    return groupedLogits(net, {&sentence}, own, std::vector<std::int64_t>(targets.size(), 0));
}

torch::Tensor exampleLogits(BaselineSentimentImpl &net, const SentimentExamples &examples,
                            const std::vector<std::size_t> &which)
{
    const auto [sentences, group] = sentencesOf(examples, which);
    return groupedLogits(net, sentences, ownOf(examples, which), group);
}

void fitIdf(BaselineSentimentImpl &net, const SentimentExamples &examples, const std::vector<std::size_t> &which)
{
    // A sentence's buckets count once for each of its examples; an example's own buckets once,
    // unless its sentence has them already (the buckets of an example are counted once).
    std::vector<float> df(static_cast<std::size_t>(net.idf.size(0)), 0.0f);
    std::vector<float> count(examples.sentences.size(), 0.0f);
    for (std::size_t i : which)
        count[examples.sentenceOf[i]] += 1.0f;
    std::vector<std::vector<std::int64_t>> shared(examples.sentences.size());
    for (std::size_t s = 0; s < shared.size(); ++s) {
        if (count[s] == 0.0f)
            continue;
        shared[s] = bucketsOf(examples.sentences[s]);
        for (std::int64_t id : shared[s])
            df[static_cast<std::size_t>(id)] += count[s];
    }
    for (std::size_t i : which) {
        const std::vector<std::int64_t> &theirs = shared[examples.sentenceOf[i]];
        for (std::int64_t id : bucketsOf(examples.own[i]))
            if (!std::binary_search(theirs.begin(), theirs.end(), id))
                df[static_cast<std::size_t>(id)] += 1.0f;
    }
    const double n = static_cast<double>(which.size());
    torch::NoGradGuard noGrad;
    float *idf = net.idf.data_ptr<float>();
    for (std::size_t b = 0; b < df.size(); ++b)
        idf[b] = df[b] > 0.0f ? static_cast<float>(std::log((1.0 + n) / (1.0 + df[b])) + 1.0) : 0.0f;
}

double trainLinearPath(BaselineSentimentImpl &net, const SentimentExamples &examples,
                       const std::vector<double> &classWeights, const BaselineOptions &options,
                       const std::atomic<bool> *stop, bool &done)
{
    done = false;
    const std::vector<std::size_t> &sentenceOf = examples.sentenceOf;
    std::vector<std::size_t> all(examples.own.size());
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
        std::vector<std::size_t> foldOf(all.size());  // fold of each example's sentence
        for (std::size_t i = 0; i < all.size(); ++i) {
            const auto at = std::lower_bound(sentences.begin(), sentences.end(), sentenceOf[i]) - sentences.begin();
            foldOf[i] = order[std::size_t(at)] % kFolds;
        }
        std::vector<Tally> tallies(kCandidates.size());
        for (std::size_t fold = 0; fold < kFolds; ++fold) {
            std::vector<std::size_t> inner, held;
            for (std::size_t i = 0; i < all.size(); ++i)
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
