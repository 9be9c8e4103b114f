#pragma once
// INTERNAL to core/train (torch): the training loop over a built RunSetup. Each step draws a
// batch, makes one update (or skips a non-finite one) and says what happened; after an update
// the loop reports it, fits the schedule to the time budget (timebudget.h), and at each epoch
// end (or preset eval_every) evaluates, keeps the best model (modelselection.h) and saves the
// resumable state. Whatever stops it, a usable model and a resumable state are left behind.
#include <torch/torch.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "train/runcontext.h"
#include "train/precision.h"
#include "train/runsetup.h"
#include "train/timebudget.h"

namespace mizan {

class GradientSync;

class TrainLoop {
public:
    TrainLoop(const RunContext &ctx, RunSetup &setup);
    ~TrainLoop();
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

    // Why the run stops before the next step, if it does; in a data-parallel run every rank
    // agrees (rank 0's run length and decision win, any rank's Ctrl-C stops them all).
    std::optional<StopReason> stopBeforeStep();
    std::optional<StopReason> localStop() const;
    StepResult step();
    StepResult guardedStep();  // step(), out of memory reported with the batch shape to lower
    // Back-propagates and makes the gradient of the whole batch; a reason when it is unusable.
    std::string backward(const torch::Tensor &loss, const Batch &batch, const TaskData &task, StepResult &r);
    bool lead() const;
    void report(const StepResult &r);
    // Evaluates when due; true when the preset's patience is spent.
    bool evaluateIfDue();
    // Every dev task scored; the selection score (mean headline), or -1 without dev data.
    double evaluate();
    void saveBest();
    // A data-parallel run: every rank's generators into the run setup (a collective).
    void gatherRankRng();
    TrainSummary finish(StopReason reason);

    const RunContext &m_ctx;
    RunSetup &m_run;
    std::vector<torch::Tensor> m_params;
    TimeBudget m_budget;
    std::optional<StopReason> m_pending;  // early stopping, decided by rank 0's evaluation
    std::size_t m_badInRow = 0;
    std::size_t m_updates = 0;  // updates made in this run (not counting a resumed run's)
    double m_tokensWindow = 0, m_secondsWindow = 0;
    bool m_evaluatedAtThisStep = false;
    bool m_bestSaved = false;
    std::vector<double> m_losses;
    std::unique_ptr<GradientSync> m_sync;  // data-parallel runs
    double m_reduceSeconds = 0;
    Precision m_precision = Precision::Fp32;
    LossScaler m_scaler{false};
    std::pair<std::int64_t, std::int64_t> m_batchShape{0, 0};  // rows x pieces of the last batch
};

} // namespace mizan
