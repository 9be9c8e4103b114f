#pragma once
// INTERNAL to core/train (torch): the training loop over a built RunSetup. Each step draws a
// batch, makes one update (or skips a non-finite one) and says what happened; after an update
// the loop reports it, fits the schedule to the time budget (timebudget.h), and at each epoch
// end (or preset eval_every) evaluates, keeps the best model (modelselection.h) and saves the
// resumable state. Whatever stops it, a usable model and a resumable state are left behind.
#include <torch/torch.h>

#include <optional>
#include <string>
#include <vector>

#include "train/runcontext.h"
#include "train/runsetup.h"
#include "train/timebudget.h"

namespace mizan {

class TrainLoop {
public:
    TrainLoop(const RunContext &ctx, RunSetup &setup);
    TrainSummary run();

private:
    enum class StepOutcome { Updated, Skipped, TooManyBadSteps };
    struct StepResult {
        StepOutcome outcome = StepOutcome::Updated;
        std::string task;
        double loss = 0;
        double learningRateFactor = 0;  // the schedule's factor of this update
        double tokens = 0;              // non-padding tokens of the batch
        double seconds = 0;
    };

    std::optional<StopReason> stopBeforeStep() const;
    StepResult step();
    void report(const StepResult &r);
    // Evaluates when due; true when the preset's patience is spent.
    bool evaluateIfDue();
    // Every dev task scored; the selection score (mean headline), or -1 without dev data.
    double evaluate();
    TrainSummary finish(StopReason reason);

    const RunContext &m_ctx;
    RunSetup &m_run;
    std::vector<torch::Tensor> m_params;
    TimeBudget m_budget;
    std::size_t m_badInRow = 0;
    std::size_t m_updates = 0;  // updates made in this run (not counting a resumed run's)
    double m_tokensWindow = 0, m_secondsWindow = 0;
    bool m_evaluatedAtThisStep = false;
    bool m_bestSaved = false;
    std::vector<double> m_losses;
};

} // namespace mizan
