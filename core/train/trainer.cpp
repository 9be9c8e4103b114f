#include "train/trainer.h"

#include "runtime/device.h"
#include "train/baselineonly.h"
#include "train/dist/distgroup.h"
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

namespace {

std::unique_ptr<DistGroup> joinRun(const TrainParams &params)
{
    if (!params.dist.enabled())
        return nullptr;
    if (Status st = checkDistBackendName(params.dist.backend); !st)
        throw JobError(st.code(), st.message());
    if (params.encoder == "baseline" && params.resumeDir.empty())
        throw JobError(ErrorCode::InvalidArgument, "the baseline-only run trains on one process (drop --nproc)");
    const auto device = deviceFromName(params.device);
    return std::make_unique<DistGroup>(params.dist, device && device->is_cuda());
}

} // namespace

void setTrainHooks(Trainer &trainer, TrainHooks hooks) { trainer.m_impl->hooks = std::move(hooks); }

Result<TrainSummary> Trainer::run()
{
    return runGuarded<TrainSummary>(
        [this] {
            const TrainParams &params = m_impl->params;
            std::unique_ptr<DistGroup> group = joinRun(params);
            RunContext ctx{params, m_impl->observer, &m_stop, m_impl->hooks};
            ctx.dist = group.get();
            try {
                const RunInputs inputs = prepareRun(ctx);
                if (params.resumeDir.empty() && params.encoder == "baseline")
                    return runBaselineOnly(ctx, inputs);
                const auto setup = params.resumeDir.empty() ? freshRun(ctx, inputs) : resumedRun(ctx, inputs);
                return TrainLoop(ctx, *setup).run();
            } catch (const std::exception &e) {
                if (group)  // the other ranks then name this one
                    group->announceFailure(dynamic_cast<const JobError *>(&e) ? e.what() : errorText(e));
                throw;
            }
        },
        m_impl->observer);
}

} // namespace mizan
