#pragma once
// INTERNAL to core/train: the model-selection rule. Every evaluation offers its score (the
// mean of the dev tasks' headline metrics); a higher one is the new best model, anything else
// counts against the preset's patience.
#include <cstddef>

namespace mizan {

class ModelSelection {
public:
    enum class Verdict { NoScore, Improved, NoGain };

    ModelSelection() = default;
    ModelSelection(double bestScore, std::size_t bestStep, std::size_t evalsWithoutGain)
        : m_bestScore(bestScore), m_bestStep(bestStep), m_evalsWithoutGain(evalsWithoutGain)
    {
    }

    // A periodic evaluation's score at `step`; < 0 means there was nothing to evaluate.
    Verdict offer(double score, std::size_t step);
    // The last evaluation of a run: kept when better, never counted against the patience.
    bool offerFinal(double score, std::size_t step);
    // No score was ever better: the latest weights at `step` stand in for the best model.
    void keepLatest(std::size_t step) { m_bestStep = step; }
    // patience > 0 evaluations in a row without a gain.
    bool patienceSpent(int patience) const;

    double bestScore() const { return m_bestScore; }
    std::size_t bestStep() const { return m_bestStep; }
    std::size_t evalsWithoutGain() const { return m_evalsWithoutGain; }

private:
    double m_bestScore = -1;
    std::size_t m_bestStep = 0;
    std::size_t m_evalsWithoutGain = 0;
};

} // namespace mizan
