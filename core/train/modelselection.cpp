#include "train/modelselection.h"

namespace mizan {

ModelSelection::Verdict ModelSelection::offer(double score, std::size_t step)
{
    if (score < 0)
        return Verdict::NoScore;
    if (score > m_bestScore) {
        m_bestScore = score;
        m_bestStep = step;
        m_evalsWithoutGain = 0;
        return Verdict::Improved;
    }
    ++m_evalsWithoutGain;
    return Verdict::NoGain;
}

bool ModelSelection::offerFinal(double score, std::size_t step)
{
    if (score < 0 || score <= m_bestScore)
        return false;
    m_bestScore = score;
    m_bestStep = step;
    return true;
}

bool ModelSelection::patienceSpent(int patience) const
{
    return patience > 0 && m_evalsWithoutGain >= std::size_t(patience);
}

} // namespace mizan
