#pragma once
// INTERNAL to core/predict: a linear baseline folder (baseline.json) as a PredictBackend:
// targets with polarity, and entities, from the baseline's CRF taggers and softmax classifier.
#include <memory>
#include <string>

#include "baseline/baselinemodel.h"
#include "predict/predictbackend.h"

namespace mizan {

class BaselineBackend : public PredictBackend {
public:
    static Result<std::unique_ptr<PredictBackend>> load(const std::string &dir);

    const char *kind() const override { return "baseline"; }
    const std::vector<ModelTask> &tasks() const override { return m_tasks; }
    Prediction predict(const std::string &raw) const override;
    Status classifyTargets(const std::string &raw, std::vector<PredictedTarget> &targets) const override;
    Result<TaskReports> scoreTasks(const std::vector<const Sentence *> &sentences,
                                      ErrorsByTask *errors) const override;

private:
    explicit BaselineBackend(BaselineModel model);

    BaselineModel m_model;
    std::vector<ModelTask> m_tasks;
};

} // namespace mizan
