#pragma once
// Signals from a linear baseline in memory (the studio's "Retrain baseline" and the active
// learning bench rank with the model they just trained, without saving it).
#include "annotation/sentencesignals.h"
#include "baseline/baselinemodel.h"

namespace mizan {

class BaselineSignals : public SignalSource {
public:
    // `model` is not owned and must outlive this.
    explicit BaselineSignals(const BaselineModel &model) : m_model(model) {}
    Result<SentenceSignals> signals(const std::string &text) const override;
    bool hasMarginals() const override;

private:
    const BaselineModel &m_model;
};

} // namespace mizan
