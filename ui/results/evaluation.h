#pragma once
// One evaluation of a model on corpus files, computed off the GUI thread with core's
// Predictor::evaluate, and the numbers the Results panel shows, read from its report.
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "eval/evalreport.h"
#include "eval/metrictypes.h"

namespace mizan::ui {

struct Evaluation {
    bool ok = false;
    QString error;
    QString modelDir;
    QStringList corpora;
    bool devSplitOnly = false;
    TaskReports tasks;  // task -> metrics
    std::map<std::string, std::vector<PredictionError>> errors;  // task -> wrong predictions

    // The report of `task` (null when there is none).
    const TaskReport *report(const QString &task) const;
    // The tasks with per-label numbers to show.
    QStringList taskNames() const;
    // Task kind: "tagging", "target_sentiment", ... ("" when unknown).
    QString kind(const QString &task) const;
    // A headline metric (nothing when absent or not a number); for aspect categories "precision",
    // "recall" and "f1" are SemEval slot 1's and "slot12_f1" slot 1+2's F1.
    std::optional<double> metric(const QString &task, const char *name) const;
    // Answers shared with the linear baseline (preset ensemble_baseline): target polarity
    // blended, opinion targets voted. The baseline's weight and the transformer's own numbers
    // (accuracy and macro-F1 for polarity, F1 for spans), reported beside the ensemble's.
    // weight: the baseline's share of polarity; for spans, the transformer's evidence weight.
    struct Blend {
        double weight = 0, accuracy = 0, macroF1 = 0, f1 = 0;
        bool tagging = false;  // a tagging task: f1 is set, accuracy / macroF1 are not
    };
    std::optional<Blend> blend(const QString &task) const;
    // Per-label rows {label, precision, recall, f1, support}.
    struct LabelRow {
        QString label;
        double precision = 0, recall = 0, f1 = 0;
        qint64 support = 0;
    };
    std::vector<LabelRow> perLabel(const QString &task) const;
    // Confusion counts[gold][predicted] over `labels` (classification tasks; for tagging
    // tasks a span confusion with "(none)" for missed and spurious spans, from the errors).
    struct Confusion {
        QStringList labels;
        std::vector<std::vector<qint64>> counts;
    };
    Confusion confusion(const QString &task) const;
};

// Loads the model in `modelDir` and evaluates it on `corpora` (devSplitOnly: only the
// documents its training run held out), on the calling thread (the Results panel calls it on a
// BackgroundTask); never throws (errors come back in Evaluation::error).
Evaluation evaluateNow(const QString &modelDir, const QStringList &corpora, bool devSplitOnly);

} // namespace mizan::ui
