#include "train/trainer.h"

#include "train/baselineonly.h"
#include "train/jobguard.h"
#include "train/runinputs.h"
#include "train/runsetup.h"
#include "train/trainloop.h"

namespace mizan {

// A run in three parts: its inputs (runinputs.h), its set-up, fresh or resumed (runsetup.h),
// and the loop (trainloop.h); the baseline-only run has its own entry (baselineonly.h).
struct Trainer::Impl {
    TrainParams params;
    TrainObserver *observer = nullptr;
    TrainHooks hooks;
};

Trainer::Trainer(TrainParams params) : m_impl(std::make_unique<Impl>())
{
    m_impl->params = std::move(params);
}

Trainer::~Trainer() = default;

void Trainer::setObserver(TrainObserver *observer) { m_impl->observer = observer; }
void Trainer::requestStop() { m_stop.store(true); }
bool Trainer::stopRequested() const { return m_stop.load(); }

void setTrainHooks(Trainer &trainer, TrainHooks hooks) { trainer.m_impl->hooks = std::move(hooks); }

Result<TrainSummary> Trainer::run()
{
    return runGuarded<TrainSummary>(
        [this] {
            const TrainParams &params = m_impl->params;
            const RunContext ctx{params, m_impl->observer, &m_stop, m_impl->hooks};
            const RunInputs inputs = prepareRun(ctx);
            if (params.resumeDir.empty() && params.encoder == "baseline")
                return runBaselineOnly(ctx, inputs);
            const auto setup = params.resumeDir.empty() ? freshRun(ctx, inputs) : resumedRun(ctx, inputs);
            return TrainLoop(ctx, *setup).run();
        },
        m_impl->observer);
}

} // namespace mizan
