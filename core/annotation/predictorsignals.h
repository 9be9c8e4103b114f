#pragma once
// Signals from a model folder: whatever Predictor loads (a training run's model with its
// ensemble, a transformer checkpoint, or a linear baseline) gives the polarity
// probabilities and span scores; the CRF marginals for token entropy come from the linear
// baseline of the folder (the baseline itself, <model>/baseline or the run's baseline), the
// one the ensemble decodes spans with. This is the only file of core/annotation that talks
// to core/predict.
#include <memory>
#include <string>

#include "annotation/baselinesignals.h"
#include "annotation/sentencesignals.h"
#include "predict/predictor.h"

namespace mizan {

class PredictorSignals : public SignalSource {
public:
    ~PredictorSignals() override;
    // Loads the model folder once. Fails with the predictor's message (naming the folder).
    static Result<std::unique_ptr<PredictorSignals>> load(const std::string &modelDir, int threads = 1);

    Result<SentenceSignals> signals(const std::string &text) const override;
    bool hasMarginals() const override;
    const std::string &modelDir() const;

private:
    PredictorSignals() = default;
    std::unique_ptr<Predictor> m_predictor;
    std::unique_ptr<BaselineModel> m_baseline;  // for marginals; null when the folder has none
    std::unique_ptr<BaselineSignals> m_baselineSignals;
};

} // namespace mizan
