#pragma once
// The linear baseline's aspect-category part (SemEval-2016 slot 1 and 1+2), beside
// BaselineModel in the same folder (categories.json + categories.safetensors; a folder
// without them is a baseline without categories). fastText-style: one hashed n-gram
// embedding (the baseline's sentence / target / window features) shared by three linear heads:
//  - sentence categories: one sigmoid per category (one-vs-rest, multi-label);
//  - the category of an explicit target: softmax over the categories;
//  - the polarity of a (sentence, category) pair, so that NULL-target opinions get one too.
// libtorch stays behind the pimpl.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "baseline/baselinemodel.h"
#include "common/result.h"
#include "corpus/corpus.h"

namespace mizan {

struct CategoryOptions {
    std::int64_t buckets = 1 << 18;  // hashed feature ids
    std::int64_t dim = 32;           // shared embedding size
    int epochs = 10;
    int batchSize = 32;
    double lr = 0.1;  // Adagrad
    // A category is predicted for a sentence when its sigmoid reaches this. Below 0: chosen by
    // train() on 15% of the training sentences (a model fitted on the other 85%, the best
    // slot-1 F1 of chooseCategoryThreshold in categoryeval.h over the sentence categories plus
    // those of the sentence's gold target spans), then the model is fitted on all of them;
    // the chosen value is saved.
    double threshold = -1.0;
    std::size_t window = 6;  // units each side of a target in the window bag
    std::uint64_t seed = 13;
    int threads = 1;
};

struct ScoredCategory {
    std::string category;
    double score = 0.0;
};

// The sentence-category threshold chosen on held-out TRAINING sentences (never on dev data).
struct CategoryThresholdChoice {
    double threshold = 0.5;
    double f1 = 0.0;            // slot-1 micro F1 of the sentence head there
    std::size_t sentences = 0;  // held-out sentences scored
};

// A predicted opinion with its category: a target span (the target's own) or NULL.
struct CategorizedOpinion {
    bool isNull = true;
    std::size_t start = 0;  // code points into the raw text (targets only)
    std::size_t end = 0;
    std::string category;
    double categoryScore = 0.0;
    BaselinePolarity polarity;  // for NULL opinions: the (sentence, category) pair's polarity
};

class CategoryModel {
public:
    CategoryModel();
    ~CategoryModel();
    CategoryModel(CategoryModel &&) noexcept;
    CategoryModel &operator=(CategoryModel &&) noexcept;

    // Trains on the opinions of `sentences` (not owned; read during the call): every sentence
    // is a multi-label example (its categories, possibly none), every explicit target with a
    // category a target example, every (sentence, category) whose opinions agree on a
    // positive / negative / neutral polarity a polarity example. `stop` (may be null) is
    // checked between batches: Cancelled. InvalidArgument when no opinion has a category.
    static Result<CategoryModel> train(const std::vector<const Sentence *> &sentences,
                                       const CategoryOptions &options = {},
                                       const BaselineProgressFn &progress = {},
                                       const std::atomic<bool> *stop = nullptr);

    // Every category with its probability for `text`, in label order.
    std::vector<ScoredCategory> sentenceScores(const std::string &text) const;
    // The categories of `text` whose probability reaches the threshold, best first.
    std::vector<ScoredCategory> predictSentence(const std::string &text) const;
    // The category of the target at [start, end) of `text` with its probability. Fails with
    // InvalidArgument for an empty span or one outside the text.
    Result<ScoredCategory> predictTarget(const std::string &text, std::size_t start, std::size_t end) const;
    // Every category's probability for that target (the softmax predictTarget takes the best
    // of), in labels() order; the same failures.
    Result<std::vector<ScoredCategory>> targetScores(const std::string &text, std::size_t start, std::size_t end) const;
    // Polarity of the (sentence, category) pair; InvalidArgument for an unknown category.
    Result<BaselinePolarity> predictPairPolarity(const std::string &text, const std::string &category) const;

    // Opinions of `text` given its predicted target spans: each target with its category, then
    // one NULL opinion (with the pair's polarity) for each predicted sentence category that no
    // target carries, best first.
    std::vector<CategorizedOpinion> predictOpinions(
        const std::string &text, const std::vector<std::pair<std::size_t, std::size_t>> &targets) const;

    const std::vector<std::string> &labels() const;  // categories, sorted
    const std::vector<std::string> &polarityLabels() const;
    const CategoryOptions &options() const;
    // How train() chose the threshold (sentences 0 when it was given, or on a loaded model
    // saved before the choice was recorded).
    const CategoryThresholdChoice &thresholdChoice() const;
    bool isValid() const;

    // Writes `dir`/categories.safetensors and `dir`/categories.json atomically (the folder may
    // already hold the baseline). IoError naming the path.
    Status save(const std::string &dir) const;
    // True when `dir` holds categories.json.
    static bool existsIn(const std::string &dir);
    // Loads what save() wrote; IoError / ParseError naming the file and what was wrong.
    static Result<CategoryModel> load(const std::string &dir);

    struct Impl;

private:
    explicit CategoryModel(std::unique_ptr<Impl> impl);
    // A model fitted on `sentences` with `options` (its threshold as given); null when stopped.
    static std::unique_ptr<Impl> fit(const std::vector<const Sentence *> &sentences,
                                     const std::vector<std::string> &labels, const CategoryOptions &options,
                                     const BaselineProgressFn &progress, const std::atomic<bool> *stop);
    static CategoryThresholdChoice thresholdOnHeldOut(const CategoryModel &model,
                                                      const std::vector<const Sentence *> &held);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mizan
