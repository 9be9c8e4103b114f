#pragma once
// INTERNAL to core/predict: the transformer and the linear baseline trained beside it, one
// answer. Target polarity: (1 - w) * transformer + w * baseline probabilities (preset
// ensemble_baseline, or with "auto" the weight the run chose on held-out training reviews;
// tasks/polarityblend.h). Target and entity spans: the baseline's CRF decodes its units with
// the transformer's log-probabilities on them as weighted evidence (preset ensemble_tagging,
// tagvote.h). Torch-free.
#include <string>
#include <vector>

#include "baseline/baselinemodel.h"
#include "predict/predictbackend.h"
#include "tasks/taskscore.h"

namespace mizan {

class Ensemble {
public:
    // blendWeight: the baseline's share of target polarity; voteWeight: the transformer's
    // evidence weight in the span vote (0: no vote).
    Ensemble(BaselineModel baseline, double blendWeight, double voteWeight);

    // Whether the baseline takes part in this task's answers: target polarity (a blend), the
    // "targets" tagging task and an entity task with the baseline's entity labels (a vote).
    bool joins(const std::string &task, TaskKind kind, const std::vector<std::string> &labels) const;
    // The transformer's predictions `p` of `d` turned into the ensemble's (when it joins).
    void combine(const TaskData &d, TaskPredictions &p) const;

    double blendWeight() const { return m_blendWeight; }
    double voteWeight() const { return m_voteWeight; }

private:
    void vote(const TaskData &d, TaskPredictions &p) const;
    void blend(const TaskData &d, TaskPredictions &p) const;

    BaselineModel m_baseline;
    double m_blendWeight;
    double m_voteWeight;
};

// Mean marginal of a span's own labels (B-type on its first unit, I-type on the rest).
double unitSpanScore(const BaselineUnitTags &tags, std::size_t start, std::size_t end, const std::string &type);

} // namespace mizan
