#include "train/timebudget.h"

#include <algorithm>

namespace mizan {

namespace {

constexpr std::size_t kFitEvery = 20;     // updates between two fits
constexpr double kSafety = 0.97;          // share of the budget the schedule plans for
constexpr double kEvaluationShare = 1.08; // loop time per update with dev evaluations
constexpr double kSlowStepSeconds = 3.0;  // slower steps are fitted from the third update on

double secondsBetween(TimeBudget::Clock::time_point a, TimeBudget::Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

} // namespace

TimeBudget::TimeBudget(double seconds, Clock::time_point runStarted, std::size_t maxSteps, bool evaluates)
    : m_seconds(seconds), m_runStarted(runStarted), m_loopStarted(runStarted), m_maxSteps(maxSteps),
      m_evaluates(evaluates)
{
}

bool TimeBudget::spent(Clock::time_point now) const
{
    return limited() && secondsBetween(m_runStarted, now) > m_seconds;
}

bool TimeBudget::noRoomForAStep(std::size_t updates, Clock::time_point now) const
{
    if (!limited() || updates < 3)
        return false;
    const double perStep = loopSeconds(now) / double(updates);
    return secondsBetween(m_runStarted, now) + perStep + std::max(m_tailSeconds, 2 * perStep) > m_seconds;
}

double TimeBudget::loopSeconds(Clock::time_point now) const { return secondsBetween(m_loopStarted, now); }

std::size_t TimeBudget::fit(std::size_t step, std::size_t updates, std::size_t total, Clock::time_point now) const
{
    if (!limited() || updates == 0)
        return total;
    const double perStep = loopSeconds(now) / double(updates);
    const bool fitNow = perStep > kSlowStepSeconds ? updates >= 3 : updates >= kFitEvery && updates % kFitEvery == 0;
    if (!fitNow)
        return total;
    const double share = m_evaluates ? kEvaluationShare : 1.0;
    const double tail = std::max(m_tailSeconds, 2 * perStep);
    const double left = std::max(0.0, m_seconds * kSafety - secondsBetween(m_runStarted, now) - tail);
    const std::size_t fits = step + std::size_t(left / (perStep * share));
    return std::max(step + 1, std::min(m_maxSteps, fits));
}

} // namespace mizan
