#include "baseline/baselinemodel.h"
#include "common/errortext.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <optional>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "baseline/baselinedata.h"
#include "baseline/baselinenets.h"
#include "baseline/groupbatches.h"
#include "baseline/sentimentlinear.h"
#include "baseline/vectorfeatures.h"

namespace mizan {
namespace {

using baseline::SentimentFeatures;
using baseline::TaggerExample;

bool stopped(const std::atomic<bool> *stop) { return stop && stop->load(std::memory_order_relaxed); }

// Runs `epochs` passes of shuffled mini-batches over `n` examples; `step` returns the batch
// loss (a scalar with grad). With `groupOf` (the sentence of each example) a sentence's examples
// share a batch (groupbatches.h). Returns false when stopped.
template <typename StepFn>
bool runEpochs(std::size_t n, int epochs, int batchSize, std::mt19937_64 &rng, torch::optim::Optimizer &opt,
               const std::string &part, const BaselineProgressFn &progress, const std::atomic<bool> *stop,
               StepFn step, const std::vector<std::size_t> *groupOf = nullptr)
{
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    const std::size_t bs = static_cast<std::size_t>(std::max(1, batchSize));
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::vector<std::vector<std::size_t>> batches;
        if (groupOf) {
            batches = baseline::groupBatches(*groupOf, bs, rng);
        } else {
            std::shuffle(order.begin(), order.end(), rng);
            for (std::size_t at = 0; at < n; at += bs)
                batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(at),
                                     order.begin() + static_cast<std::ptrdiff_t>(std::min(n, at + bs)));
        }
        double total = 0.0;
        for (const std::vector<std::size_t> &idx : batches) {
            if (stopped(stop))
                return false;
            opt.zero_grad();
            torch::Tensor loss = step(idx);
            loss.backward();
            opt.step();
            total += loss.item<double>();
        }
        if (progress)
            progress({part, epoch, epochs, batches.empty() ? 0.0 : total / static_cast<double>(batches.size())});
    }
    return true;
}

} // namespace

BaselineModel::BaselineModel() = default;
BaselineModel::~BaselineModel() = default;
BaselineModel::BaselineModel(BaselineModel &&) noexcept = default;
BaselineModel &BaselineModel::operator=(BaselineModel &&) noexcept = default;
BaselineModel::BaselineModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

bool trainTagger(BaselineTaggerImpl &tagger, const std::vector<TaggerExample> &tagged, const BaselineOptions &options,
                 std::mt19937_64 &rng, const std::string &part, const BaselineProgressFn &progress,
                 const std::atomic<bool> *stop)
{
    tagger.train();
    torch::optim::Adagrad opt(tagger.parameters(), torch::optim::AdagradOptions(options.taggerLr));
    const bool done = runEpochs(tagged.size(), options.taggerEpochs, options.batchSize, rng, opt, part, progress, stop,
                                [&](const std::vector<std::size_t> &idx) {
                                    std::vector<const TaggerExample *> batch;
                                    for (std::size_t i : idx)
                                        batch.push_back(&tagged[i]);
                                    TaggerBatch tb = taggerBatch(tagger, batch);
                                    return -tagger.crf->logLikelihood(tb.emissions, tb.tags, tb.mask).mean();
                                });
    tagger.eval();
    return done;
}

namespace {

bool anyTarget(const std::vector<const Sentence *> &sentences)
{
    for (const Sentence *s : sentences)
        if (s && !baseline::explicitTargetSpans(*s).empty())
            return true;
    return false;
}

bool anyEntity(const std::vector<const Sentence *> &sentences)
{
    for (const Sentence *s : sentences)
        if (s && !s->entities.empty())
            return true;
    return false;
}

// BIO `labels` over the entity types of `sentences` ("O" first) and one tagged example per
// sentence with units.
std::vector<TaggerExample> entityExamples(const std::vector<const Sentence *> &sentences,
                                          const baseline::FeatureHasher &hasher, std::vector<std::string> &labels)
{
    std::vector<std::string> types;
    for (const Sentence *s : sentences)
        if (s)
            for (const EntitySpan &e : s->entities)
                types.push_back(e.label);
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    labels = {"O"};
    for (const std::string &t : types) {
        labels.push_back("B-" + t);
        labels.push_back("I-" + t);
    }
    std::vector<TaggerExample> out;
    for (const Sentence *s : sentences) {
        if (!s)
            continue;
        const baseline::UnitSentence us = baseline::prepareSentence(s->text);
        if (us.units.empty())
            continue;
        TaggerExample ex = baseline::taggerExample(hasher, us);
        ex.tags = baseline::labelledBioTags(us.units, s->entities, labels);
        out.push_back(std::move(ex));
    }
    return out;
}

using SentenceLists = std::vector<const std::vector<const Sentence *> *>;

// With options.rareNeighbours: the neighbour table of the words of `sentenceLists` (vectorWords
// of each sentence), given to the hashers the options name; null otherwise.
Result<std::shared_ptr<const baseline::RareNeighbours>>
attachNeighbours(const BaselineOptions &options, const std::shared_ptr<const baseline::VectorFeatures> &vectors,
                 const SentenceLists &sentenceLists, baseline::FeatureHasher &tagger,
                 baseline::FeatureHasher &sentiment)
{
    if (options.rareNeighbours <= 0)
        return std::shared_ptr<const baseline::RareNeighbours>();
    if (!vectors)
        return Status(ErrorCode::InvalidArgument, "baseline: rare-word neighbours need word vectors (--vectors)");
    std::unordered_map<std::string, std::size_t> counts;
    std::unordered_set<const Sentence *> seen;  // a sentence in both lists counts once
    for (const auto *list : sentenceLists)
        for (const Sentence *s : *list)
            if (s && seen.insert(s).second)
                baseline::RareNeighbours::countWords(baseline::prepareSentence(s->text), counts);
    auto table = baseline::RareNeighbours::build(vectors, counts, options.rareCount, options.rareNeighbours);
    if (options.neighbourTagger)
        tagger.setNeighbours(table);
    if (options.neighbourSentiment)
        sentiment.setNeighbours(table);
    return table;
}

struct AttachedVectors {
    std::shared_ptr<const baseline::VectorFeatures> features;  // null without options.vectors
    std::shared_ptr<const baseline::RareNeighbours> neighbours;  // null without options.rareNeighbours
};

// options.vectors loaded and given to the hashers whose features use them, with the rare-word
// neighbours of the training words (`sentenceLists`); `resolved` gets the folder made absolute
// and the vectors' checksum.
Result<AttachedVectors> attachVectors(const BaselineOptions &options, BaselineOptions &resolved,
                                      const SentenceLists &sentenceLists, baseline::FeatureHasher &tagger,
                                      baseline::FeatureHasher &sentiment)
{
    resolved = options;
    AttachedVectors out;
    if (!options.vectors.empty()) {
        auto vectors = baseline::VectorFeatures::load(options.vectors, options.vectorsSha256, options.vectorScale);
        if (!vectors)
            return vectors.status();
        std::error_code ec;
        const std::filesystem::path absolute = std::filesystem::absolute(options.vectors, ec);
        resolved.vectors = ec ? options.vectors : absolute.lexically_normal().string();
        resolved.vectorsSha256 = (*vectors)->vectors().checksum();
        if (options.vectorTagger)
            tagger.setVectors(*vectors);
        if (options.vectorSentiment && options.sentimentLinear)
            sentiment.setVectors(*vectors);
        out.features = *vectors;
    }
    auto neighbours = attachNeighbours(options, out.features, sentenceLists, tagger, sentiment);
    if (!neighbours)
        return neighbours.status();
    out.neighbours = *neighbours;
    return out;
}

// The sentiment head's sentence bags of `sentence` (words, and feature set 3's characters),
// hashed once for all its opinions and held once (SentimentExamples::sentences).
baseline::SentimentFeatures sentimentSentenceBags(const baseline::FeatureHasher &hasher,
                                                  const baseline::UnitSentence &us, int featureSet)
{
    baseline::SentimentFeatures bags;
    bags.sentence = baseline::sentenceBag(hasher, us, featureSet);
    if (featureSet >= 3)
        bags.sentenceChars = baseline::sentenceCharBag(hasher, us);
    return bags;
}

// Adds the polar opinions of `sentence` (prepared as `us`) to `polar`, the sentence's bags
// held once for all of them, and counts their labels (`labels`) in `classCounts`.
void addSentimentExamples(const baseline::FeatureHasher &hasher, const Sentence &sentence,
                          const baseline::UnitSentence &us, const BaselineOptions &options,
                          const std::vector<std::string> &labels, baseline::SentimentExamples &polar,
                          std::vector<double> &classCounts)
{
    if (sentence.opinions.empty())
        return;
    SentimentFeatures shared = sentimentSentenceBags(hasher, us, options.sentimentFeatures);
    const std::vector<std::int64_t> none;  // the examples' own sentence bags: held in `shared`
    const auto *vectors = hasher.vectors();
    const std::optional<baseline::VectorSentence> vs =
        vectors ? std::optional<baseline::VectorSentence>(vectors->prepare(us)) : std::nullopt;
    bool held = false;  // the sentence's bags are in polar.sentences
    for (const Opinion &o : sentence.opinions) {
        if (o.isNull || o.to <= o.from)
            continue;
        const auto label = std::find(labels.begin(), labels.end(), polarityName(o.polarity));
        if (label == labels.end())
            continue;  // conflict / none: not a class of the classifier
        SentimentFeatures se = baseline::sentimentFeatures(hasher, us, o.from, o.to, options.window, &none,
                                                           options.sentimentFeatures, &none, vs ? &*vs : nullptr);
        se.label = label - labels.begin();
        classCounts[static_cast<std::size_t>(se.label)] += 1.0;
        if (!held)
            polar.sentences.push_back(std::move(shared));
        held = true;
        polar.own.push_back(std::move(se));
        polar.sentenceOf.push_back(polar.sentences.size() - 1);
    }
}

// The sentiment head on `polar` with class-weighted cross-entropy: with TF-IDF the logistic
// path first (sentimentlinear.h), then the embedding path by Adagrad. False when stopped.
bool trainSentiment(BaselineSentimentImpl &sentiment, const baseline::SentimentExamples &polar,
                    const std::vector<double> &classCounts, const BaselineOptions &options, std::mt19937_64 &rng,
                    const BaselineProgressFn &progress, const std::atomic<bool> *stop)
{
    std::vector<double> weights(classCounts.size(), 1.0);
    const double total = std::accumulate(classCounts.begin(), classCounts.end(), 0.0);
    for (std::size_t c = 0; c < weights.size(); ++c)
        if (classCounts[c] > 0)
            weights[c] =
                std::pow(total / (static_cast<double>(weights.size()) * classCounts[c]), options.classWeightPower);
    const torch::Tensor classWeights = torch::tensor(weights, torch::kFloat);
    sentiment.train();
    if (sentiment.idf.defined()) {
        bool fitted = false;
        baseline::trainLinearPath(sentiment, polar, weights, options, stop, fitted);
        if (!fitted)
            return false;
        if (options.sentimentEpochs <= 0 && sentiment.out) {  // the fitted path alone: the embedding path adds nothing
            torch::NoGradGuard noGrad;
            sentiment.out->weight.zero_();
            sentiment.out->bias.zero_();
        }
    }
    torch::optim::Adagrad opt(sentiment.parameters(), torch::optim::AdagradOptions(options.sentimentLr));
    const bool done =
        runEpochs(polar.own.size(), options.sentimentEpochs, options.batchSize, rng, opt, "sentiment", progress, stop,
                  [&](const std::vector<std::size_t> &idx) {
                      std::vector<std::int64_t> labels;
                      for (std::size_t i : idx)
                          labels.push_back(polar.own[i].label);
                      return torch::nn::functional::cross_entropy(
                          baseline::exampleLogits(sentiment, polar, idx), torch::tensor(labels, torch::kLong),
                          torch::nn::functional::CrossEntropyFuncOptions().weight(classWeights));
                  },
                  &polar.sentenceOf);
    sentiment.eval();
    return done;
}

} // namespace

Result<BaselineModel> BaselineModel::train(const std::vector<const Sentence *> &sentences,
                                           const BaselineOptions &options, const BaselineProgressFn &progress,
                                           const std::atomic<bool> *stop)
{
    static const std::vector<const Sentence *> none;
    return train(anyTarget(sentences) ? sentences : none, anyEntity(sentences) ? sentences : none, options,
                 progress, stop);
}

Result<BaselineModel> BaselineModel::train(const std::vector<const Sentence *> &opinionSentences,
                                           const std::vector<const Sentence *> &entitySentences,
                                           const BaselineOptions &options, const BaselineProgressFn &progress,
                                           const std::atomic<bool> *stop)
{
    if (options.taggerBuckets <= 0 || options.sentimentBuckets <= 0 || options.sentimentDim <= 0)
        return Status(ErrorCode::InvalidArgument, "baseline: bucket counts and dimension must be positive");
    if (options.sentimentEpochs <= 0 && !(options.sentimentLinear && options.sentimentTfidf))
        return Status(ErrorCode::InvalidArgument, "baseline: 0 sentiment epochs needs the TF-IDF linear path "
                                                  "(sentiment_linear and sentiment_tfidf)");
    try {
        ThreadScope threads(options.threads);
        torch::manual_seed(options.seed);
        std::mt19937_64 rng(options.seed);
        const std::vector<std::string> polarityLabels = {"positive", "negative", "neutral"};
        baseline::FeatureHasher taggerHasher(options.taggerBuckets), sentimentHasher(options.sentimentBuckets);
        BaselineOptions resolved;
        auto vectors = attachVectors(options, resolved, {&opinionSentences, &entitySentences}, taggerHasher,
                                     sentimentHasher);
        if (!vectors)
            return vectors.status();

        std::vector<TaggerExample> tagged, entityTagged;
        baseline::SentimentExamples polar;  // each sentence's bags held once for all its opinions
        std::vector<double> classCounts(polarityLabels.size(), 0.0);
        const bool targets = anyTarget(opinionSentences);
        for (const Sentence *s : opinionSentences) {
            if (!s || !targets)
                continue;
            const baseline::UnitSentence us = baseline::prepareSentence(s->text);
            if (us.units.empty())
                continue;
            TaggerExample ex = baseline::taggerExample(taggerHasher, us);
            ex.tags = baseline::bioTags(us.units, baseline::explicitTargetSpans(*s));
            tagged.push_back(std::move(ex));
            addSentimentExamples(sentimentHasher, *s, us, options, polarityLabels, polar, classCounts);
        }
        BaselineParts parts;
        parts.targets = !tagged.empty();
        parts.sentiment = !polar.own.empty();
        if (anyEntity(entitySentences))
            entityTagged = entityExamples(entitySentences, taggerHasher, parts.entityLabels);
        if (tagged.empty() && entityTagged.empty())
            return Status(ErrorCode::InvalidArgument, "baseline: no training data (need sentences with explicit "
                                                      "opinion targets, or with entities)");
        auto impl = std::make_unique<Impl>();
        impl->vectors = vectors->features;
        impl->neighbours = vectors->neighbours;
        impl->build(resolved, polarityLabels, parts);

        if (impl->tagger && !trainTagger(*impl->tagger, tagged, options, rng, "tagger", progress, stop))
            return Status(ErrorCode::Cancelled, "baseline training cancelled");
        if (impl->entityTagger &&
            !trainTagger(*impl->entityTagger, entityTagged, options, rng, "entities", progress, stop))
            return Status(ErrorCode::Cancelled, "baseline training cancelled");

        if (impl->sentiment && !trainSentiment(*impl->sentiment, polar, classCounts, options, rng, progress, stop))
            return Status(ErrorCode::Cancelled, "baseline training cancelled");
        return BaselineModel(std::move(impl));
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, std::string("baseline training failed: ") + errorText(e));
    }
}

} // namespace mizan
