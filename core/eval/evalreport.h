#pragma once
// The typed evaluation report: what `mizan eval --json` prints, what training.json keeps as
// "metrics" and "baseline_metrics", what `mizan baseline eval --json` prints and what the
// Results panel shows. One struct per task kind; a new kind is a new struct added to
// TaskReport and to the one JSON form in evalreportjson.h.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "eval/categoryscore.h"
#include "eval/classificationmetrics.h"
#include "eval/entitymetrics.h"
#include "eval/metrictypes.h"

namespace mizan {

// Answers shared with the linear baseline (preset ensemble_baseline), reported beside the
// transformer's own numbers. JSON "ensemble".
struct EnsembleReport {
    // Spans voted with the baseline's CRF: weight is the transformer's evidence weight
    // ("transformer_weight") and the transformer alone is precision/recall/f1. Otherwise the
    // polarity is blended: weight is the baseline's share ("baseline_weight") and the
    // transformer alone is accuracy/macro_f1.
    bool spans = false;
    double weight = 0;
    std::string definition;
    double accuracy = 0, macroF1 = 0;  // the transformer alone (blended polarity)
    Prf alone;                         // the transformer alone (voted spans; support unused)
};

// Parts every task report may carry.
struct TaskReportNotes {
    std::string definition;                              // "definition" (absent when empty)
    std::optional<std::size_t> examples;                 // "examples": the model's inputs scored
    std::optional<EnsembleReport> ensemble;              // "ensemble"
    std::optional<std::vector<PredictionError>> errors;  // "errors" (`mizan baseline eval --errors`)
};

// A classification task (target sentiment, sentence classification): accuracy, macro-F1,
// per-class P/R/F1 and the confusion matrix.
struct ClassificationReport : TaskReportNotes {
    std::string kind = "target_sentiment";  // "kind": the task kind's name
    ClassificationMetrics metrics;
    std::string error;  // set when the metrics could not be computed (then only kind and error)

    // (accuracy + macro-F1) / 2: the number that picks the best model; 0 with an error.
    double headline() const;
};

// A span task (tagging: targets, entities; and targets with polarity end to end): exact
// character-span P/R/F1, per label, and the token-level BIO scores of the model's units.
struct SpanReport : TaskReportNotes {
    std::string kind = "tagging";  // or "target_sentiment_end_to_end"
    Prf micro;                     // "precision", "recall", "f1"; support = gold
    std::size_t gold = 0, predicted = 0, correct = 0;
    std::optional<std::map<std::string, Prf>> perLabel;  // "per_label"
    std::string f1Definition;                            // "f1_definition" (absent when empty)
    // Token-level BIO scores ("token_bio" with its "definition", and "token_accuracy"), or
    // why they could not be computed ("token_bio_error", with "token_accuracy": null).
    std::optional<TaggingMetrics> tokenBio;
    std::string tokenBioDefinition;
    std::string tokenBioError;

    // Span F1: the number that picks the best model.
    double headline() const { return micro.f1; }
};

// Aspect categories (SemEval-2016 slot 1, and slot 1+2 with the targets): "precision",
// "recall", "f1" are slot 1's, beside the full scores.
struct CategoryReport : TaskReportNotes {
    std::string kind = "categories";
    CategoryScores scores;
    std::string f1Definition;  // "f1_definition" (absent when empty)

    // Slot-1 F1: the number that picks the best model.
    double headline() const { return scores.slot1.f1; }
};

using TaskReport = std::variant<ClassificationReport, SpanReport, CategoryReport>;
using TaskReports = std::map<std::string, TaskReport>;  // by task name

// The headline of any task report (see each struct's headline()).
double headline(const TaskReport &report);
// The named headline metric ("accuracy", "macro_f1", "weighted_f1", "precision", "recall",
// "f1", "token_accuracy") when the report has it.
std::optional<double> reportMetric(const TaskReport &report, const std::string &name);

// A run's linear baseline scored on the same sentences: {"model", "tasks"}.
struct BaselineReport {
    std::string model;
    TaskReports tasks;
};

// A model scored on corpus files (`mizan eval`).
struct EvalReport {
    std::string model;
    std::string modelKind;  // "transformer" or "baseline"
    std::vector<std::string> corpora;
    std::string split = "all";  // "all" or "dev"
    std::size_t sentences = 0;
    TaskReports tasks;
    std::optional<BaselineReport> baseline;  // a transformer's own baseline, when it has one
    // model / baseline of each headline metric both report, by task ("model_vs_baseline",
    // present with the baseline).
    std::map<std::string, std::map<std::string, double>> modelVsBaseline;
};

} // namespace mizan
