#pragma once
// Prediction with a trained model: raw text -> entities and opinion targets with their
// polarity, offsets in code points of the RAW text (whatever cleaning the model used), so
// the GUI and the CLI highlight the right characters. Torch-free header (pimpl).
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.h"
#include "eval/evalreport.h"
#include "eval/metrictypes.h"

namespace mizan {

struct PredictedEntity {
    std::size_t start = 0;  // code points of the raw text, end exclusive
    std::size_t end = 0;
    std::string label;
    std::string text;  // the raw text of [start, end)
    double score = 0;  // mean probability of the span's BIO labels
};

struct PredictedTarget {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
    std::string polarity;                  // empty when the model has no sentiment head
    std::map<std::string, double> scores;  // polarity -> probability
    double score = 0;                      // target detection score (1 for given targets)
    // Aspect category (empty without a category model) and its probability; initialised here
    // so the positional initialisers written before categories existed stay complete.
    std::string category{};
    double categoryScore = 0;
};

// A sentence-level (NULL-target) opinion: a category the model finds in the sentence that
// none of its targets carries, with the polarity of the (sentence, category) pair.
struct PredictedOpinion {
    std::string category;
    double score = 0;                      // probability of the category in the sentence
    std::string polarity;
    std::map<std::string, double> scores;  // polarity -> probability
};

struct Prediction {
    std::string text;
    std::vector<PredictedEntity> entities;  // from tagging tasks other than "targets"
    std::vector<PredictedTarget> targets;
    std::vector<PredictedOpinion> sentenceOpinions;  // NULL-target opinions (category models)
};

struct PredictorOptions {
    // "cpu", "auto", "cuda", "cuda:N". CPU by default: the studio's interactive predictions
    // (Playground, Results, pre-annotation, the queue) are CPU-sized, and CUDA's start-up and
    // memory would cost more than they save; `mizan eval|predict --device` (default auto)
    // choose for batch work.
    std::string device = "cpu";
    int threads = 1;
    // In [0, 1]: use these instead of the model's preset: the baseline's share of target
    // polarity (ensemble_baseline), the transformer's evidence weight in the span vote
    // (ensemble_tagging, 0: no vote); < 0: the preset's. Needs the run's baseline when > 0.
    double blendWeight = -1;
    double voteWeight = -1;
    // A model with a category head: a sentence category counts when its (blended) probability
    // reaches this, in [0, 1]. A linear category model keeps its own threshold.
    double categoryThreshold = 0.5;
};

class Predictor {
public:
    ~Predictor();
    Predictor(const Predictor &) = delete;
    Predictor &operator=(const Predictor &) = delete;

    // Loads a model once: a checkpoint folder, or a training output folder (its model/).
    // Fails naming the folder and the file that is missing or invalid.
    static Result<std::unique_ptr<Predictor>> load(const std::string &modelDir,
                                                   const PredictorOptions &options = {});

    // The task names the model has, and the folder it was loaded from.
    std::vector<std::string> tasks() const;
    const std::string &modelDir() const;

    // Entities and targets of `raw` (UTF-8). Targets come from the model's "targets" task;
    // each gets a polarity from its sentiment task. Fails with InvalidArgument on invalid
    // UTF-8 (naming the byte offset); never throws.
    Result<Prediction> predict(std::string_view raw) const;
    // The same with the targets given (code-point ranges of `raw`) instead of predicted.
    Result<Prediction> predict(std::string_view raw,
                               const std::vector<std::pair<std::size_t, std::size_t>> &targets) const;

    // Scores the model on corpus files: a report by task (target sentiment on the GOLD
    // targets; plus "sentiment_end_to_end" on predicted targets when the model has both;
    // reportToJson gives `mizan eval --json`'s shape). devSplitOnly: only the documents the training run
    // held out (same seed and fraction). `errors` (optional) gets every wrong prediction, by task.
    Result<EvalReport> evaluate(const std::vector<std::string> &corpora, bool devSplitOnly = false,
                                    std::map<std::string, std::vector<PredictionError>> *errors = nullptr) const;

private:
    Predictor();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// JSON of one prediction: {"text", "entities": [{"start", "end", "label", "text", "score"}],
// "targets": [{"start", "end", "text", "polarity", "scores", "category", "category_score"}],
// "sentence_opinions": [{"category", "score", "polarity", "scores"}]} ("category" only from a
// model with categories; "sentence_opinions" empty without one).
nlohmann::json predictionToJson(const Prediction &p);

} // namespace mizan
