#pragma once
// INTERNAL to core/predict (torch): a multi-task checkpoint as a PredictBackend. Tagging tasks
// give targets ("targets") and entities (the others); target sentiment classifies each
// target. With the run's linear baseline (presets ensemble_baseline / ensemble_tagging) the
// answers are the Ensemble's; evaluations report the transformer alone beside them.
#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "model/multitaskmodel.h"
#include "predict/ensemble.h"
#include "predict/predictbackend.h"
#include "tokenize/wordpiece.h"
#include "tasks/pieceencoder.h"
#include "rundir/rundir.h"

namespace mizan {

class TransformerBackend : public PredictBackend {
public:
    // `training`: the checkpoint's training.json (text settings, task kinds, preset weights).
    static Result<std::unique_ptr<PredictBackend>> load(const std::string &dir, const PredictorOptions &options);

    const char *kind() const override { return "transformer"; }
    const std::vector<ModelTask> &tasks() const override { return m_tasks; }
    Prediction predict(const std::string &raw) const override;
    Status classifyTargets(const std::string &raw, std::vector<PredictedTarget> &targets) const override;
    Result<TaskReports> scoreTasks(const std::vector<const Sentence *> &sentences,
                                      ErrorsByTask *errors) const override;
    // With a category head (transformercategories.cpp): the sentence categories are the head's
    // probabilities, blended with the linear category model's by the ensemble's polarity
    // weight; a target's category is the target-category head's on its (sentence, target) pair
    // blended the same way with the linear model's per-target softmax (a run without that
    // head: the linear model's, or without one the sentence's most probable); a NULL-target
    // opinion's polarity is the sentiment head's on the (sentence,
    // category) pair, blended the same way. Without a head: the linear model's answers.
    bool hasCategories() const override;
    void addCategories(Prediction &p) const override;

private:
    TransformerBackend() = default;
    Status loadEnsemble(const std::string &dir, const nlohmann::json &training, const PredictorOptions &options);

    const ModelTask *find(TaskKind kind, const std::string &preferred = {}) const;
    bool joins(const ModelTask &t) const { return m_ensemble && m_ensemble->joins(t.name, t.kind, t.labels); }
    // One example per window of each sentence (sentenceExamples groups them back).
    TaskData taggingData(const ModelTask &t, const std::vector<const Sentence *> &sentences, bool withGold) const;
    // The model's predictions; unless `transformerOnly`, the ensemble's where it joins.
    TaskPredictions run(const TaskData &d, bool transformerOnly = false) const;
    // Polarity of each (text, target range) pair.
    void classify(const ModelTask &t, const std::string &sentenceId, const std::string &raw,
                  std::vector<PredictedTarget> &targets) const;
    // Category head probabilities of `raw`, in the head's label order.
    std::vector<double> sentenceCategories(const ModelTask &head, const std::string &raw) const;
    // Polarity of each (raw, category) pair from the sentiment head, blended with the linear
    // model's pair polarity.
    void classifyCategories(const ModelTask &sentiment, const std::string &raw,
                            std::vector<PredictedOpinion> &opinions) const;
    double categoryBlend() const;
    // Each target's category and score: the target-category head's when the model has one
    // (blended with the linear model's), else the linear model's, else the sentence's most
    // probable (`probs` in `head`'s label order).
    void categoriseTargets(const ModelTask &head, const std::vector<double> &probs, Prediction &p) const;
    // Target-category head probabilities of each target of `p`, in the head's label order.
    std::vector<std::vector<double>> targetCategories(const ModelTask &head, const Prediction &p) const;
    EnsembleReport ensembleReport(const ModelTask &t, const TaskData &d) const;
    SpanReport endToEnd(const ModelTask &sentiment, const TaskData &targets, const TaskPredictions &predicted,
                            const std::vector<const Sentence *> &sentences) const;

    torch::Device m_device{torch::kCPU};
    MultitaskModel m_model{nullptr};
    std::unique_ptr<WordPieceTokenizer> m_tokenizer;
    std::unique_ptr<PieceEncoder> m_encoder;
    TextSettings m_text;
    std::vector<ModelTask> m_tasks;
    std::unique_ptr<Ensemble> m_ensemble;
    double m_categoryThreshold = 0.5;
};

} // namespace mizan
