#pragma once
// The linear baseline the studio reports next to the transformer: hashed word and character
// n-gram features (fastText-style EmbeddingBag) with
//  - a linear-chain CRF tagger of opinion targets over sub-word units (see unitsegmenter.h),
//  - a softmax sentiment classifier over the sentence, the target and a window around it,
//    with class weighting for the rare neutral class.
// It trains in seconds to a minute on two CPU cores. libtorch stays behind the pimpl: this
// header is plain C++.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"
#include "corpus/corpus.h"

namespace mizan {

struct BaselineOptions {
    std::int64_t taggerBuckets = 1 << 20;     // hashed feature ids of the tagger
    std::int64_t sentimentBuckets = 1 << 19;  // hashed feature ids of the sentiment head
    std::int64_t sentimentDim = 24;           // embedding size per feature bag
    // Measured on held-out parts of the TRAIN files (ANERcorp: 10% split, seed 13; SemEval:
    // seed 7): entity F1 0.757 / 0.769 / 0.777 / 0.780 after 2 / 5 / 10 / 25 epochs, target
    // F1 0.600 / 0.609 after 5 / 10.
    int taggerEpochs = 10;
    // Added to the score of O at every unit when decoding: the CRF's precision runs ahead of
    // its recall (0.85 / 0.71 on entities), and -0.5 evens them (same splits: entity F1 0.777
    // -> 0.783, target F1 0.609 -> 0.620; -1: 0.780 / 0.615). Marginals are not shifted.
    double outsideBias = -0.5;
    // Epochs of the sentiment head's embedding path; 0 (the default) leaves the TF-IDF linear
    // path alone: on our dev split the embedding path on top of it lowered accuracy and
    // macro-F1 (0.867 / 0.732 -> 0.853 / 0.682, README).
    int sentimentEpochs = 0;
    int batchSize = 32;
    double taggerLr = 0.1;  // Adagrad learning rates
    double sentimentLr = 0.1;
    // Class weight = (n / (classes * n_c)) ^ classWeightPower: 0 = none, 1 = "balanced".
    double classWeightPower = 1.0;
    std::size_t window = 6;  // units each side of a target in the window bag
    // 1: the first sentiment features; 2: also the peers' character 2-5-grams of the sentence,
    // the target and the whitespace words within 3 of it, and those words' 1-2-grams; 3 (the
    // default): the classical peers' design, four bags each TF-IDF weighted and L2-normalised
    // apart (the sentence's word 1-2-grams and character 2-5-grams, the same of the target's
    // whitespace words and 3 either side) and an unpenalised intercept (baselinedata.h).
    int sentimentFeatures = 3;
    // A linear (logistic regression) path over the sentiment features beside the embedding
    // one; without sentimentTfidf each bag's features are weighted 1/sqrt(its size) (an
    // L2-normalised binary TF) and both paths train together.
    bool sentimentLinear = true;
    // With the linear path: its features TF-IDF weighted and the path fitted apart, as an
    // L2-regularised logistic regression (see sentimentlinear.h), before the embedding path
    // trains on top of it (when sentimentEpochs > 0). sentimentC is the inverse regularisation
    // strength; 0 = chosen by 3-fold cross-validation over the training sentences (never on the
    // dev data).
    bool sentimentTfidf = true;
    double sentimentC = 0.0;
    // Word vectors (mizan vectors train; vectorfeatures.h): their folder (empty: none), the
    // SHA-256 of the ones trained with (filled by train()), cluster features for the taggers
    // and dense sentence / target / window inputs for the sentiment head's linear path, scaled.
    std::string vectors;
    std::string vectorsSha256;
    bool vectorTagger = true;
    bool vectorSentiment = true;
    double vectorScale = 1.0;
    // Rare-word neighbours (rareneighbours.h; needs `vectors`): a word seen fewer than rareCount
    // times in the training data, or never, also gets the features of its rareNeighbours
    // nearest frequent training words by vector cosine (0: off, the default), in the taggers'
    // unit features (neighbourTagger: the whitespace-word feature) and in feature set 3's
    // sentence and window word bags (neighbourSentiment: the word unigram). The table is saved
    // in the model folder (neighbours.json).
    int rareNeighbours = 0;
    int rareCount = 2;
    bool neighbourTagger = true;
    bool neighbourSentiment = true;
    std::uint64_t seed = 13;
    int threads = 1;  // torch intra-op threads (one is fastest on two shared vCPUs)
};

// Progress of train(): which part ("tagger" / "sentiment"), epoch (1-based) of epochs, and
// the mean training loss of that epoch.
struct BaselineProgress {
    std::string part;
    int epoch = 0;
    int epochs = 0;
    double loss = 0.0;
};
using BaselineProgressFn = std::function<void(const BaselineProgress &)>;

struct BaselinePolarity {
    std::string label;
    std::vector<std::pair<std::string, double>> scores;  // every label with its probability
};

struct BaselineTarget {
    std::size_t start = 0;  // code points into the raw text
    std::size_t end = 0;
    std::string text;
    BaselinePolarity polarity;
};

// A tagger's view of a text: its units (code points of the raw text, end exclusive, in text
// order) and the probability of each label at each (CRF marginals).
struct BaselineUnitTags {
    std::vector<std::string> labels;  // "O", "B-X", "I-X", ...
    std::vector<std::pair<std::size_t, std::size_t>> units;
    std::vector<std::vector<double>> probs;  // per unit, one per label
};

// Mean marginal of a span's own labels over BIO `labels` (B-`type` on its first unit, I-`type`
// on the others), over the `units` (code-point ranges in text order, disjoint) inside
// [start, end); 0 when it covers none. The units are found by binary search: a span costs
// its own units, not the sentence's (a long line with many spans stays linear).
double spanMarginal(const std::vector<std::string> &labels,
                    const std::vector<std::pair<std::size_t, std::size_t>> &units,
                    const std::vector<std::vector<double>> &probs, std::size_t start, std::size_t end,
                    const std::string &type);

class BaselineModel {
public:
    BaselineModel();
    ~BaselineModel();
    BaselineModel(BaselineModel &&) noexcept;
    BaselineModel &operator=(BaselineModel &&) noexcept;

    // Trains the parts the data has (sentences not owned; read during the call only):
    //  - from `opinionSentences`, when any has an explicit target: the target tagger on every
    //    one's explicit target spans (NULL targets are not spans), and the classifier on one
    //    example per (sentence, explicit target) whose polarity is positive, negative or neutral;
    //  - from `entitySentences`, when any has an entity: the entity tagger (BIO over the
    //    entity types found) on every one's entity spans.
    // `stop` (may be null) is checked between batches: a stop gives Cancelled. Fails with
    // InvalidArgument when there is nothing to train on.
    static Result<BaselineModel> train(const std::vector<const Sentence *> &opinionSentences,
                                       const std::vector<const Sentence *> &entitySentences,
                                       const BaselineOptions &options = {},
                                       const BaselineProgressFn &progress = {},
                                       const std::atomic<bool> *stop = nullptr);
    // The same with one list: opinion sentences when any has an explicit target, entity
    // sentences when any has an entity (one corpus, or corpora annotated alike).
    static Result<BaselineModel> train(const std::vector<const Sentence *> &sentences,
                                       const BaselineOptions &options = {},
                                       const BaselineProgressFn &progress = {},
                                       const std::atomic<bool> *stop = nullptr);

    // Which parts the model has.
    bool hasTargets() const;
    bool hasSentiment() const;
    const std::vector<std::string> &entityLabels() const;  // empty without an entity tagger

    // Entity spans of `text` (code points, end exclusive, in text order); none without an
    // entity tagger.
    std::vector<EntitySpan> predictEntities(const std::string &text) const;
    // Units of `text` with the entity tagger's marginals (empty without an entity tagger).
    BaselineUnitTags entityUnitTags(const std::string &text) const;

    // Viterbi tags of the target (`entities` false) or entity tagger over the units of `text`
    // with extra evidence: `weight` * log(evidence[u][l]) added to each unit's score of label
    // l (labels in the tagger's order; one row per unit as targetUnitTags / entityUnitTags
    // give them), besides the O bias. weight 0 is the tagger's own decoding. Returns labelled
    // spans; none when the tagger is absent or the rows do not match the units.
    std::vector<EntitySpan> decodeWithEvidence(const std::string &text, bool entities,
                                               const std::vector<std::vector<double>> &evidence, double weight) const;

    // Target spans predicted in `text` (code points, end exclusive, in text order).
    std::vector<std::pair<std::size_t, std::size_t>> predictTargetSpans(const std::string &text) const;

    // Units of `text` with the target tagger's marginal O / B-TARGET / I-TARGET probabilities
    // (empty for a text without units or a model without a target tagger).
    BaselineUnitTags targetUnitTags(const std::string &text) const;

    // Polarity of the target at [start, end) of `text`. Fails with InvalidArgument when the
    // span is empty or outside the text, or the model has no sentiment part.
    Result<BaselinePolarity> predictPolarity(const std::string &text, std::size_t start,
                                             std::size_t end) const;
    // The same for several targets of one text, the text prepared once (once per target is
    // quadratic on a long line); fails on the first bad span.
    Result<std::vector<BaselinePolarity>>
    predictPolarities(const std::string &text, const std::vector<std::pair<std::size_t, std::size_t>> &spans) const;

    // Predicted targets of `text`, each with its predicted polarity.
    std::vector<BaselineTarget> predict(const std::string &text) const;

    // The polarity labels of the classifier, in score order.
    const std::vector<std::string> &polarityLabels() const;
    const BaselineOptions &options() const;
    bool isValid() const;  // false for a default-constructed / moved-from model

    // Writes `dir`/baseline.safetensors and `dir`/baseline.json (creating `dir`), each
    // atomically. Fails with IoError naming the path.
    Status save(const std::string &dir) const;

    // Loads a model written by save(). Fails with IoError / ParseError naming the file and
    // what was wrong (missing tensor, wrong shape, unknown version).
    static Result<BaselineModel> load(const std::string &dir);

    struct Impl;

private:
    explicit BaselineModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mizan
