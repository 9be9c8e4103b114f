#pragma once
// Scores a task's predictions against its gold data with core/eval, in the JSON shape that
// `mizan eval --json` prints and the GUI reads. Torch-free.
#include <cstdint>
#include <map>
#include <vector>

#include "eval/evalreport.h"
#include "tasks/taskdata.h"

namespace mizan {

// What a model predicted for each example of a TaskData, in example order.
struct TaskPredictions {
    // Tagging: label id per position (same length as the example; kIgnoreLabel where the
    // example has no label), the probability of that label (its CRF marginal with a CRF), and
    // the probability of every label (empty where the example has no label).
    std::vector<std::vector<std::int64_t>> tags;
    std::vector<std::vector<double>> tagProbs;
    std::vector<std::vector<std::vector<double>>> tagDistributions;
    // Tagging: spans decided by something other than the model's own decoding (a vote with
    // the linear baseline), keyed by the first example of a sentence; predictedSpans() gives
    // these for that sentence when present.
    std::map<std::size_t, std::vector<DecodedSpan>> sentenceSpans;
    // Sentiment / classification: predicted class and the class probabilities. Categories:
    // the most probable category and each category's own probability (sigmoid).
    std::vector<std::int64_t> classes;
    std::vector<std::vector<double>> classProbs;
};

// Predicted spans of tagging example `i` (raw code points, labelled, scored).
std::vector<DecodedSpan> predictedSpans(const TaskData &task, const TaskPredictions &pred,
                                        std::size_t i);
// Predicted spans of examples [first, end), decoded as one sequence: the windows of one
// sentence (sentenceExamples) give its spans in text order, a span running over a window
// boundary included.
std::vector<DecodedSpan> predictedSpans(const TaskData &task, const TaskPredictions &pred,
                                        std::size_t first, std::size_t end);

// The task's metrics. Tagging: a SpanReport (exact character spans with their label: SemEval
// slot-2 style for targets; per label; token-level BIO over the model's sub-tokens). Target
// sentiment / classification: a ClassificationReport. Categories: a CategoryReport (slot 1 of
// the categories whose probability reaches 0.5). `errors` (optional) receives every wrong
// prediction. headline() of the report is the number that picks the best model.
TaskReport scoreTask(const TaskData &task, const TaskPredictions &pred,
                     std::vector<PredictionError> *errors = nullptr);

struct BaselineEvaluation;

// The linear baseline's evaluation as task reports: "targets" (exact spans; token BIO over the
// baseline's own units), "sentiment" (target sentiment on gold targets), "ner".
TaskReports baselineReports(const BaselineEvaluation &e);

} // namespace mizan
