#pragma once
// INTERNAL to core/train: the time budget (preset max_minutes) and the schedule's fit to it.
// Once the loop's speed is known, the run length is set so the learning rate still decays to
// zero before the budget ends (never past the epochs asked for). Speed is measured on the
// loop only, not on the vocabulary and baseline that came before it. Torch-free.
#include <chrono>
#include <cstddef>

namespace mizan {

class TimeBudget {
public:
    using Clock = std::chrono::steady_clock;

    // `seconds` <= 0: no budget. `runStarted`: when the run started (loading counts against
    // the budget). `maxSteps`: the run length of the epochs asked for. `evaluates`: the run
    // has dev data, whose evaluations take about 8% of the loop's time.
    TimeBudget(double seconds, Clock::time_point runStarted, std::size_t maxSteps, bool evaluates);

    void startLoop(Clock::time_point t) { m_loopStarted = t; }
    bool limited() const { return m_seconds > 0; }
    bool spent(Clock::time_point now) const;
    // After `updates` updates (3 or more), whether one more step, with the evaluation and
    // saves after it, would end past the budget (a BERT-base step on a CPU takes seconds).
    bool noRoomForAStep(std::size_t updates, Clock::time_point now) const;
    // How long the last evaluation and saves took: the run keeps that much at its end.
    void recordTail(double seconds) { m_tailSeconds = seconds; }
    double loopSeconds(Clock::time_point now) const;

    // The run length after update `step` (the `updates`-th of this run): every 20 updates
    // (every update from the third on when steps take over 3 s), the steps that fit in what is
    // left of the budget less the final evaluation and saves, between step + 1 and maxSteps;
    // otherwise (or without a budget) `total` unchanged.
    std::size_t fit(std::size_t step, std::size_t updates, std::size_t total, Clock::time_point now) const;

private:
    double m_seconds;
    Clock::time_point m_runStarted;
    Clock::time_point m_loopStarted;
    std::size_t m_maxSteps;
    bool m_evaluates;
    double m_tailSeconds = 0;
};

} // namespace mizan
