#pragma once
// The one JSON form of the evaluation report (evalreport.h), written at the CLI and file edges
// and read back from them. Keys:
//   EvalReport: {"model", "model_kind", "corpora", "split", "sentences", "tasks",
//                "baseline": BaselineReport, "model_vs_baseline": {task: {metric: ratio}}}
//   BaselineReport: {"model", "tasks"}; "tasks": {name: task report}
//   ClassificationReport: {"kind", "accuracy", "macro_f1", "weighted_f1", "macro", "weighted",
//                "count", "labels", "per_class", "confusion"} or {"kind", "error"}
//   SpanReport: {"kind", "precision", "recall", "f1", "gold", "predicted", "correct",
//                "per_label", "f1_definition", "token_accuracy", "token_bio" | "token_bio_error"}
//   CategoryReport: {"kind": "categories", "precision", "recall", "f1" (slot 1), "slot1",
//                "slot12", "per_category", "entity_confusion", "f1_definition"}
//   any may add "definition", "examples", "ensemble", "errors".
// Readers never throw: a value of the wrong type or a missing key is a ParseError naming its
// path ("tasks.sentiment.accuracy") and what was expected.
#include <nlohmann/json.hpp>

#include "common/result.h"
#include "eval/evalreport.h"

namespace mizan {

nlohmann::json reportToJson(const ClassificationReport &r);
nlohmann::json reportToJson(const SpanReport &r);
nlohmann::json reportToJson(const CategoryReport &r);
nlohmann::json reportToJson(const TaskReport &r);
nlohmann::json reportToJson(const TaskReports &r);
nlohmann::json reportToJson(const BaselineReport &r);
nlohmann::json reportToJson(const EvalReport &r);

// A task report's kind from its "kind" (and its keys when it has none): span kinds are
// "tagging" and "target_sentiment_end_to_end"; a report with "per_class" or "error" is a
// classification.
Result<TaskReport> taskReportFromJson(const nlohmann::json &j);
Result<TaskReports> taskReportsFromJson(const nlohmann::json &j);
Result<BaselineReport> baselineReportFromJson(const nlohmann::json &j);
Result<EvalReport> evalReportFromJson(const nlohmann::json &j);

} // namespace mizan
