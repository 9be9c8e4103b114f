#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

#include "baseline/baselinenets.h"
#include "baseline/sentimentlinear.h"

namespace mizan::baseline {
namespace {

// A TF-IDF linear path without the embedding path, with an intercept (feature set 3's head).
BaselineSentiment linearNet(std::int64_t buckets)
{
    return BaselineSentiment(buckets, 1, 3, /*linear=*/true, /*tfidf=*/true, /*intercept=*/true,
                             /*embeddingPath=*/false);
}

// `examples` as the expanded rows: each example holds its sentence bags itself; sentence i of
// sentenceOf (default: each example its own sentence) is an empty entry of `sentences`.
SentimentExamples expanded(const std::vector<SentimentFeatures> &examples, std::vector<std::size_t> sentenceOf = {})
{
    SentimentExamples out;
    out.own = examples;
    if (sentenceOf.empty())
        for (std::size_t i = 0; i < examples.size(); ++i)
            sentenceOf.push_back(i);
    out.sentenceOf = sentenceOf;
    out.sentences.resize(*std::max_element(sentenceOf.begin(), sentenceOf.end()) + 1);
    return out;
}

TEST(SentimentLinear, EachBagIsWeightedAndNormalisedApart)
{
    BaselineSentiment net = linearNet(16);  // idf 1 everywhere until fitted
    SentimentFeatures ex;
    ex.sentence = {1, 1, 2};  // id 1 twice: sublinear tf 1 + ln 2
    ex.sentenceChars = {3};
    ex.window = {4, 5};
    const auto bags = linearBags(*net, {&ex});
    const auto ids = bags[0].contiguous();
    const auto weights = bags[2].contiguous();
    std::map<std::int64_t, double> w;
    for (std::int64_t k = 0; k < ids.size(0); ++k)
        w[ids[k].item<std::int64_t>()] += weights[k].item<double>();
    ASSERT_EQ(w.size(), 5u);
    const double tf = 1.0 + std::log(2.0), norm = std::sqrt(tf * tf + 1.0);
    EXPECT_NEAR(w[1], tf / norm, 1e-6);  // the sentence's words: a unit vector of their own
    EXPECT_NEAR(w[2], 1.0 / norm, 1e-6);
    EXPECT_NEAR(w[3], 1.0, 1e-6);  // the sentence's characters: alone in their bag
    EXPECT_NEAR(w[4], 1.0 / std::sqrt(2.0), 1e-6);
    EXPECT_NEAR(w[5], 1.0 / std::sqrt(2.0), 1e-6);
}

TEST(SentimentLinear, IdfIsOfTheTrainingExamples)
{
    BaselineSentiment net = linearNet(8);
    std::vector<SentimentFeatures> examples(3);
    examples[0].sentence = {1, 1};  // counted once per example
    examples[1].window = {1};
    examples[2].windowChars = {2};
    fitIdf(*net, expanded(examples), {0, 1, 2});
    EXPECT_NEAR(net->idf[1].item<double>(), std::log(4.0 / 3.0) + 1.0, 1e-6);
    EXPECT_NEAR(net->idf[2].item<double>(), std::log(4.0 / 2.0) + 1.0, 1e-6);
    EXPECT_EQ(net->idf[0].item<double>(), 0.0);  // no training example has it
}

TEST(SentimentLinear, ABucketTrainingNeverSawNeitherWeighsNorShrinksItsBag)
{
    // As scikit-learn's TfidfVectorizer drops words outside its vocabulary before normalising:
    // the dev sentence's unseen n-grams used to take the largest idf and pull the seen ones
    // toward zero, the logits toward the intercept.
    BaselineSentiment net = linearNet(8);
    std::vector<SentimentFeatures> examples(2);
    examples[0].sentence = {1, 2};
    examples[1].sentence = {2};
    fitIdf(*net, expanded(examples), {0, 1});
    SentimentFeatures seen, withUnseen;
    seen.sentence = {1, 2};
    withUnseen.sentence = {1, 2, 5, 5};
    auto weightsOf = [&](const SentimentFeatures &ex) {
        const auto bags = linearBags(*net, {&ex});
        std::map<std::int64_t, double> w;
        for (std::int64_t k = 0; k < bags[0].size(0); ++k)
            w[bags[0][k].item<std::int64_t>()] += bags[2][k].item<double>();
        return w;
    };
    const auto a = weightsOf(seen), b = weightsOf(withUnseen);
    EXPECT_NEAR(b.at(1), a.at(1), 1e-7);
    EXPECT_NEAR(b.at(2), a.at(2), 1e-7);
    EXPECT_EQ(b.count(5) ? b.at(5) : 0.0, 0.0);
    // A folder fitted before this kept ln(1 + n) + 1 for such a bucket in its saved idf, and
    // answers as it did: the bucket weighs and shrinks the rest.
    {
        torch::NoGradGuard noGrad;
        net->idf[5] = std::log(3.0) + 1.0;
    }
    const auto old = weightsOf(withUnseen);
    EXPECT_GT(old.at(5), 0.0);
    EXPECT_LT(old.at(1), a.at(1));
    const double norm = std::sqrt(old.at(1) * old.at(1) + old.at(2) * old.at(2) + old.at(5) * old.at(5));
    EXPECT_NEAR(norm, 1.0, 1e-6);
}

TEST(SentimentLinear, TheInterceptIsNotPenalised)
{
    // No features at all: only the intercept can fit, and unpenalised it reaches the class
    // frequencies 2 : 1 : 1 exactly, whatever C (a penalised bias would be pulled to equal).
    BaselineSentiment net = linearNet(8);
    std::vector<SentimentFeatures> examples(4);
    const std::int64_t labels[] = {0, 0, 1, 2};
    for (std::size_t i = 0; i < 4; ++i)
        examples[i].label = labels[i];
    BaselineOptions options;
    options.sentimentC = 0.01;  // strong regularisation of the weights
    bool done = false;
    trainLinearPath(*net, expanded(examples), {1.0, 1.0, 1.0}, options, nullptr, done);
    ASSERT_TRUE(done);
    const torch::Tensor p = torch::softmax(net->linBias, 0);
    EXPECT_NEAR(p[0].item<double>(), 0.5, 1e-3);
    EXPECT_NEAR(p[1].item<double>(), 0.25, 1e-3);
    EXPECT_NEAR(p[2].item<double>(), 0.25, 1e-3);
}

TEST(SentimentLinear, TheWeightsArePenalisedAndTheFitSeparatesWhatItCan)
{
    // Feature 1 marks the positives, feature 2 the negatives, feature 3 the neutrals: the fit
    // gets every training example right, and a weaker C gives larger weights.
    std::vector<SentimentFeatures> examples(6);
    for (std::size_t i = 0; i < 6; ++i) {
        examples[i].label = std::int64_t(i % 3);
        examples[i].sentence = {std::int64_t(i % 3) + 1};
    }
    double previous = 0.0;
    for (double c : {0.1, 10.0}) {
        BaselineSentiment net = linearNet(8);
        BaselineOptions options;
        options.sentimentC = c;
        bool done = false;
        EXPECT_EQ(trainLinearPath(*net, expanded(examples), {1.0, 1.0, 1.0}, options, nullptr, done), c);
        const auto bags = linearBags(*net, {&examples[0], &examples[1], &examples[2]});
        const torch::Tensor logits = net->lin(bags[0], bags[1], bags[2]) + net->linBias;
        EXPECT_TRUE(torch::equal(logits.argmax(1), torch::tensor({0, 1, 2}, torch::kLong)));
        const double size = net->lin->weight.abs().max().item<double>();
        EXPECT_GT(size, previous);
        previous = size;
    }
}

TEST(SentimentLinear, CrossValidationChoosesACandidate)
{
    std::vector<SentimentFeatures> examples(30);
    std::vector<std::size_t> sentenceOf;
    for (std::size_t i = 0; i < examples.size(); ++i) {
        examples[i].label = std::int64_t(i % 3);
        examples[i].sentence = {std::int64_t(i % 3) + 1, std::int64_t(i % 5) + 4};
        sentenceOf.push_back(i);
    }
    BaselineSentiment net = linearNet(16);
    BaselineOptions options;  // sentimentC 0: chosen by cross-validation
    bool done = false;
    const double c = trainLinearPath(*net, expanded(examples, sentenceOf), {1.0, 1.0, 1.0}, options, nullptr, done);
    EXPECT_TRUE(done);
    EXPECT_TRUE(c == 0.3 || c == 1.0 || c == 3.0 || c == 10.0) << c;
}

// Random bags of one long sentence and of `targets` targets in it; idf fitted on them when the
// net has TF-IDF, random weights in every path.
struct ManyTargets {
    SentimentFeatures sentence;           // the sentence's bags only
    std::vector<SentimentFeatures> own;   // each target's own bags, sentence bags empty
    std::vector<SentimentFeatures> full;  // each target as sentimentFeatures gives it
};

ManyTargets manyTargets(BaselineSentimentImpl &net, std::int64_t buckets, std::size_t targets)
{
    std::mt19937_64 rng(7);
    auto bag = [&](std::size_t size) {
        std::vector<std::int64_t> b;
        for (std::size_t i = 0; i < size; ++i)
            b.push_back(std::int64_t(rng() % std::uint64_t(buckets / 2)));  // repeats: tf > 1
        return b;
    };
    ManyTargets m;
    m.sentence.sentence = bag(300);
    m.sentence.sentenceChars = bag(900);
    for (std::size_t i = 0; i < targets; ++i) {
        SentimentFeatures ex;
        ex.target = bag(3);
        ex.window = bag(12);
        ex.windowChars = bag(40);
        m.own.push_back(ex);
        ex.sentence = m.sentence.sentence;
        ex.sentenceChars = m.sentence.sentenceChars;
        m.full.push_back(ex);
    }
    torch::NoGradGuard noGrad;
    if (net.idf.defined()) {
        std::vector<std::size_t> all(m.full.size());
        std::iota(all.begin(), all.end(), 0);
        fitIdf(net, expanded(m.full), all);
    }
    for (auto &p : net.parameters())
        if (p.dim() > 0 && p.numel() > 1 && !p.is_same(net.idf))
            p.normal_();
    if (net.linBias.defined())
        net.linBias.normal_();
    return m;
}

// sharedSentenceLogits against sentimentLogits one target at a time.
void expectSameLogits(BaselineSentimentImpl &net, const ManyTargets &m)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor shared = sharedSentenceLogits(net, m.sentence, m.own);
    ASSERT_EQ(shared.size(0), std::int64_t(m.full.size()));
    for (std::size_t i = 0; i < m.full.size(); ++i) {
        const torch::Tensor one = sentimentLogits(net, {&m.full[i]})[0];
        EXPECT_TRUE(torch::allclose(shared[std::int64_t(i)], one, 1e-5, 1e-5)) << i << shared[std::int64_t(i)] << one;
        EXPECT_EQ(shared[std::int64_t(i)].argmax().item<std::int64_t>(), one.argmax().item<std::int64_t>());
    }
}

TEST(SentimentLinear, ManyTargetsWeighTheSentenceOnceWithTheSameNumbers)
{
    BaselineSentiment net = linearNet(4096);  // feature set 3's head: TF-IDF, intercept
    expectSameLogits(*net, manyTargets(*net, 4096, 60));
}

TEST(SentimentLinear, ManyTargetsOfOlderHeadsGiveTheSameNumbers)
{
    // The embedding path with the 1/sqrt(size) linear path (folders from before TF-IDF), and
    // the embedding path alone.
    BaselineSentiment both(4096, 8, 3, /*linear=*/true);
    expectSameLogits(*both, manyTargets(*both, 4096, 40));
    BaselineSentiment embeddingOnly(4096, 8, 3);
    expectSameLogits(*embeddingOnly, manyTargets(*embeddingOnly, 4096, 40));
}

// Sentences with one to six targets each, in the two layouts of SentimentExamples: held (each
// sentence's bags once, the examples' own bags apart) and expanded (each example a copy of its
// sentence's bags). A label shows in a window bucket of its own and, less surely, in the
// sentence: the fit has something to learn and the regularisation something to pull.
struct TwoLayouts {
    SentimentExamples held, expandedRows;
};

TwoLayouts sentencesWithTargets(std::int64_t buckets, std::size_t sentences)
{
    std::mt19937_64 rng(11);
    auto bag = [&](std::size_t size) {
        std::vector<std::int64_t> b;
        for (std::size_t i = 0; i < size; ++i)
            b.push_back(std::int64_t(rng() % std::uint64_t(buckets - 3)));  // repeats: tf > 1
        return b;
    };
    TwoLayouts t;
    for (std::size_t s = 0; s < sentences; ++s) {
        SentimentFeatures shared;
        shared.sentence = bag(10 + rng() % 20);
        shared.sentenceChars = bag(30 + rng() % 40);
        const auto lean = std::int64_t(rng() % 3);
        shared.sentence.push_back(buckets - 3 + lean);
        t.held.sentences.push_back(shared);
        t.expandedRows.sentences.emplace_back();
        for (std::size_t k = 1 + rng() % 6; k > 0; --k) {
            SentimentFeatures own;
            own.label = rng() % 4 == 0 ? std::int64_t(rng() % 3) : lean;
            own.target = bag(2);
            own.window = bag(6);
            if (rng() % 3 != 0)
                own.window.push_back(buckets - 3 + own.label);
            own.windowChars = bag(15);
            t.held.own.push_back(own);
            t.held.sentenceOf.push_back(s);
            own.sentence = shared.sentence;
            own.sentenceChars = shared.sentenceChars;
            t.expandedRows.own.push_back(own);
            t.expandedRows.sentenceOf.push_back(s);
        }
    }
    return t;
}

TEST(SentimentLinear, HeldSentencesHaveTheIdfOfTheExpandedRows)
{
    const TwoLayouts t = sentencesWithTargets(512, 20);
    std::vector<std::size_t> some;  // a fold's examples: not every sentence, not in order
    for (std::size_t i = t.held.own.size(); i-- > 0;)
        if (t.held.sentenceOf[i] % 3 != 1)
            some.push_back(i);
    BaselineSentiment held = linearNet(512), rows = linearNet(512);
    fitIdf(*held, t.held, some);
    fitIdf(*rows, t.expandedRows, some);
    EXPECT_TRUE(torch::equal(held->idf, rows->idf));
    EXPECT_GT((held->idf > 0).sum().item<std::int64_t>(), 100);
}

TEST(SentimentLinear, HeldSentencesFitTheSameModelAsTheExpandedRows)
{
    // The objective is the expanded rows': the same C chosen by cross-validation, the same
    // weights and answers, within float rounding (a sentence's gradient share is summed over
    // its examples' residuals first).
    const TwoLayouts t = sentencesWithTargets(512, 40);
    BaselineSentiment held = linearNet(512), rows = linearNet(512);
    BaselineOptions options;  // sentimentC 0: chosen by cross-validation
    bool heldDone = false, rowsDone = false;
    const double heldC = trainLinearPath(*held, t.held, {1.0, 1.5, 2.0}, options, nullptr, heldDone);
    const double rowsC = trainLinearPath(*rows, t.expandedRows, {1.0, 1.5, 2.0}, options, nullptr, rowsDone);
    ASSERT_TRUE(heldDone && rowsDone);
    EXPECT_EQ(heldC, rowsC);
    EXPECT_TRUE(torch::equal(held->idf, rows->idf));
    // L-BFGS in floats stops where the loss stops falling by more than rounding: the two fits
    // meet within a small fraction of the weights' scale, not bit for bit.
    const double scale = rows->lin->weight.abs().max().item<double>();
    EXPECT_GT(scale, 0.1);
    EXPECT_LT((held->lin->weight - rows->lin->weight).abs().max().item<double>(), 2e-3 * scale);
    EXPECT_LT((held->linBias - rows->linBias).abs().max().item<double>(), 2e-3 * scale);
    std::vector<std::size_t> all(t.held.own.size());
    std::iota(all.begin(), all.end(), 0);
    torch::NoGradGuard noGrad;
    const torch::Tensor a = exampleLogits(*held, t.held, all), b = exampleLogits(*rows, t.expandedRows, all);
    EXPECT_LT((a - b).abs().max().item<double>(), 2e-3 * b.abs().max().item<double>());
    EXPECT_TRUE(torch::equal(a.argmax(1), b.argmax(1)));
}

TEST(SentimentLinear, ExampleLogitsOfHeldSentencesAreTheExpandedRowsLogits)
{
    // The embedding path's training batches (sentiment epochs > 0): a batch of examples from
    // several sentences, out of order, with one sentence's part computed once.
    BaselineSentiment both(512, 8, 3, /*linear=*/true, /*tfidf=*/true, /*intercept=*/true);
    const TwoLayouts t = sentencesWithTargets(512, 10);
    std::vector<std::size_t> all(t.held.own.size());
    std::iota(all.begin(), all.end(), 0);
    fitIdf(*both, t.held, all);
    {
        torch::NoGradGuard noGrad;
        for (auto &p : both->parameters())
            if (p.numel() > 1 && !p.is_same(both->idf))
                p.normal_();
        both->linBias.normal_();
    }
    std::vector<std::size_t> batch(all.rbegin(), all.rend());
    std::shuffle(batch.begin(), batch.end(), std::mt19937_64(3));
    batch.resize(batch.size() / 2);
    const torch::Tensor a = exampleLogits(*both, t.held, batch);
    std::vector<const SentimentFeatures *> rows;
    for (std::size_t i : batch)
        rows.push_back(&t.expandedRows.own[i]);
    const torch::Tensor b = sentimentLogits(*both, rows);
    EXPECT_TRUE(torch::allclose(a, b, 1e-5, 1e-5)) << (a - b).abs().max();
    EXPECT_TRUE(a.requires_grad());  // trained through
}

} // namespace
} // namespace mizan::baseline
