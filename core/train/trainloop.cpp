#include "train/trainloop.h"

#include <cmath>
#include <filesystem>
#include <limits>

#include "common/problem.h"
#include "tasks/modelrun.h"
#include "train/blendholdout.h"
#include "train/dist/distgroup.h"
#include "train/dist/gradsync.h"
#include "train/dist/shard.h"
#include "train/paramgroups.h"
#include "train/precision.h"
#include "train/runcheckpoint.h"
#include "train/schedule.h"
#include "tasks/taskscore.h"
#include "train/jobguard.h"

namespace mizan {

namespace {

std::size_t epochSteps(const RunSetup &s, int epochs)
{
    return std::max(s.state.totalSteps, s.state.stepsPerEpoch * std::size_t(std::max(1, epochs)));
}

} // namespace

TrainLoop::TrainLoop(const RunContext &ctx, RunSetup &setup)
    : m_ctx(ctx), m_run(setup), m_params(setup.model->parameters()),
      m_budget(ctx.params.preset.maxMinutes > 0 ? ctx.params.preset.maxMinutes * 60.0 : 0.0, ctx.started,
               epochSteps(setup, ctx.params.preset.epochs), !setup.dev.empty())
{
    m_bestSaved = std::filesystem::is_directory(bestModelDir(ctx.params.outDir)) && !ctx.params.resumeDir.empty();
    if (ctx.dist)
        m_sync = std::make_unique<GradientSync>(*ctx.dist, m_params, ctx.params.dist.overlap);
    m_precision = precisionFor(ctx.params.precision, setup.device);
    m_scaler = LossScaler(m_precision == Precision::Fp16);
}

TrainLoop::~TrainLoop() = default;

bool TrainLoop::lead() const { return !m_ctx.dist || m_ctx.dist->lead(); }

std::optional<StopReason> TrainLoop::stopBeforeStep()
{
    const std::optional<StopReason> local = localStop();
    if (!m_ctx.dist)
        return local;
    // [stop reason + 1 (0: go on), run length (rank 0's)], the maximum over the ranks.
    std::vector<torch::Tensor> agreed{torch::tensor({local ? double(int(*local) + 1) : 0.0,
                                                     lead() ? double(m_run.state.totalSteps) : 0.0},
                                                    torch::kDouble)};
    m_ctx.dist->allReduce(agreed, true);
    m_run.state.totalSteps = std::size_t(agreed[0][1].item<double>());
    const int reason = int(agreed[0][0].item<double>());
    return reason ? std::optional<StopReason>(StopReason(reason - 1)) : std::nullopt;
}

std::optional<StopReason> TrainLoop::localStop() const
{
    if (m_pending)
        return m_pending;
    if (!lead())  // the run length and the time budget are rank 0's
        return m_ctx.stopping() || (m_ctx.params.maxSteps && m_updates >= m_ctx.params.maxSteps)
                   ? std::optional<StopReason>(StopReason::Cancelled)
                   : std::nullopt;
    if (m_run.state.step >= m_run.state.totalSteps)
        return StopReason::Completed;
    if (m_ctx.stopping())
        return StopReason::Cancelled;
    if (m_ctx.params.maxSteps && m_updates >= m_ctx.params.maxSteps)
        return StopReason::Cancelled;
    if (m_budget.spent(TrainClock::now()) || m_budget.noRoomForAStep(m_updates, TrainClock::now()))
        return StopReason::TimeBudget;
    return std::nullopt;
}

TrainLoop::StepResult TrainLoop::step()
{
    const TrainPreset &p = m_ctx.params.preset;
    RunState &state = m_run.state;
    const auto t0 = TrainClock::now();
    const std::size_t ti = m_run.sampler->next();
    std::vector<std::size_t> idx = m_run.cursors[ti].next();
    if (m_ctx.dist)  // this rank's shard of the global batch
        idx = shardOf(idx, m_ctx.dist->rank(), m_ctx.dist->size());
    ++state.batchesDrawn;
    const TaskData &task = m_run.train[ti];
    StepResult r;
    r.task = task.name;
    Batch batch;
    torch::Tensor loss;
    if (!idx.empty()) {
        const AutocastScope autocast(m_precision, m_run.device);
        batch = collate(task, idx, m_run.tokenizer->padId(), m_run.device);
        m_batchShape = {batch.inputIds.size(0), batch.inputIds.size(1)};
        TaskOutput out = m_run.model->forward(batch, task.name);
        loss = out.loss;
        if (task.kind != TaskKind::Tagging && m_run.classWeights.count(task.name))
            loss = torch::nn::functional::cross_entropy(out.logits, batch.labels,
                                                        torch::nn::functional::CrossEntropyFuncOptions()
                                                            .weight(m_run.classWeights[task.name])
                                                            .ignore_index(kIgnoreLabel));
        if (m_ctx.hooks.poisonStep && m_ctx.hooks.poisonStep(state.batchesDrawn))
            loss = loss * std::numeric_limits<double>::quiet_NaN();
        if (m_ctx.hooks.outOfMemoryAt && m_ctx.hooks.outOfMemoryAt(state.batchesDrawn))
            C10_THROW_ERROR(OutOfMemoryError, "CUDA out of memory (a test hook)");
    }
    zeroGradients(m_params);
    std::string bad = backward(loss, batch, task, r);
    if (bad.empty()) {
        m_scaler.unscale(m_params);
        const torch::Tensor norm = clipGradientNorm(m_params, p.clipNorm > 0 ? p.clipNorm : 1e30);
        // The step's one wait for the device: the loss (one process) and the gradient norm
        // decide on the host whether the update is taken, as PyTorch's GradScaler does.
        const StepValues v = readStepValues(m_ctx.dist ? torch::Tensor() : loss, norm);
        if (!m_ctx.dist) {
            r.loss = v.loss;
            if (!std::isfinite(r.loss))
                bad = "loss is " + std::string(std::isnan(r.loss) ? "NaN" : "infinite");
        }
        if (bad.empty() && m_scaler.overflowed(std::isfinite(v.norm))) {  // fp16: a smaller scale next time
            zeroGradients(m_params);
            r.outcome = StepOutcome::Skipped;
            return r;
        }
        if (bad.empty() && !std::isfinite(v.norm))
            bad = "gradient norm is not finite";
    }
    if (!bad.empty()) {
        zeroGradients(m_params);
        ++m_badInRow;
        if (m_ctx.observer)
            m_ctx.observer->onSkippedStep({eventNow(), state.step + 1, task.name, bad, m_badInRow});
        r.outcome = m_badInRow >= std::size_t(std::max(1, p.maxBadSteps)) ? StepOutcome::TooManyBadSteps
                                                                           : StepOutcome::Skipped;
        return r;
    }
    m_badInRow = 0;
    const LinearSchedule schedule{std::size_t(double(state.totalSteps) * p.warmupRatio), state.totalSteps};
    r.learningRateFactor = schedule.factor(state.step + 1);
    scaleLearningRates(*m_run.optimizer, p, r.learningRateFactor);
    m_run.optimizer->step();
    ++state.step;
    if (m_run.average)
        m_run.average->update(state.step);
    ++m_updates;
    m_evaluatedAtThisStep = false;
    m_losses.push_back(r.loss);
    r.seconds = secondsBetween(t0, TrainClock::now());
    if (!m_ctx.dist)
        r.tokens = double(std::max<std::int64_t>(batch.tokens, 0));  // counted by collate() on the host
    return r;
}

TrainLoop::StepResult TrainLoop::guardedStep()
{
    try {
        return step();
    } catch (const c10::OutOfMemoryError &) {
        const TrainPreset &p = m_ctx.params.preset;
        throw JobError(ErrorCode::Internal,
                       problemMessage({ProblemCode::OutOfMemoryAtStep,
                                       {m_run.device.is_cuda() ? "GPU " : "", std::to_string(m_run.state.step + 1),
                                        std::to_string(m_batchShape.first), std::to_string(m_batchShape.second),
                                        std::to_string(p.batchSize), std::to_string(p.maxLength)}}));
    }
}

std::string TrainLoop::backward(const torch::Tensor &loss, const Batch &batch, const TaskData &task, StepResult &r)
{
    if (!m_ctx.dist) {  // the loss is read with the gradient norm, once, after clipping
        if (loss.defined())
            (m_scaler.enabled() ? loss * m_scaler.scale() : loss).backward();
        return {};
    }
    torch::Tensor weight;
    double tokens = 0;
    if (loss.defined()) {
        const bool tagging = task.kind == TaskKind::Tagging;
        const auto cw = m_run.classWeights.find(task.name);
        weight = lossWeight(batch, tagging, tagging && m_run.model->headSpec(task.name).crf,
                            cw == m_run.classWeights.end() ? torch::Tensor() : cw->second);
        tokens = double(std::max<std::int64_t>(batch.tokens, 0));
    }
    const GradientSync::Step reduced = m_sync->backwardAndReduce(loss, weight, tokens, m_scaler.scale());
    r.loss = reduced.loss;
    r.tokens = reduced.tokens;
    m_reduceSeconds += m_sync->lastReduceSeconds();
    if (reduced.finite)
        return {};
    return "loss is " + std::string(std::isnan(r.loss) ? "NaN" : "infinite");
}

void TrainLoop::report(const StepResult &r)
{
    RunState &state = m_run.state;
    m_tokensWindow = m_tokensWindow * 0.9 + r.tokens;
    m_secondsWindow = m_secondsWindow * 0.9 + r.seconds;
    const auto now = TrainClock::now();
    state.totalSteps = m_budget.fit(state.step, m_updates, state.totalSteps, now);
    if (!m_ctx.observer)
        return;
    StepEvent e;
    e.time = eventNow();
    e.step = state.step;
    e.totalSteps = state.totalSteps;
    e.task = r.task;
    e.loss = r.loss;
    e.learningRate = m_ctx.params.preset.encoderLr * r.learningRateFactor;
    e.tokensPerSecond = m_secondsWindow > 0 ? m_tokensWindow / m_secondsWindow : 0;
    e.epoch = double(state.step) / double(std::max<std::size_t>(1, state.stepsPerEpoch));
    e.elapsedSeconds = secondsBetween(m_ctx.started, now);
    e.etaSeconds = m_budget.loopSeconds(now) / double(m_updates) * double(state.totalSteps - state.step);
    m_ctx.observer->onStep(e);
}

double TrainLoop::evaluate()
{
    EvalEvent ev{eventNow(), m_run.state.step, {}, 0, false};
    double sum = 0;
    int n = 0;
    TaskReports metrics;
    for (const TaskData &d : m_run.dev) {
        if (d.examples.empty())
            continue;
        const TaskPredictions pred = predictTask(*m_run.model, d, 64, m_run.tokenizer->padId(), m_run.device);
        TaskReport m = scoreTask(d, pred);
        auto &flat = ev.metrics[d.name];
        for (const char *k : {"precision", "recall", "f1", "token_accuracy", "accuracy", "macro_f1"})
            if (const auto v = reportMetric(m, k))
                flat[k] = *v;
        sum += headline(m);
        ++n;
        metrics.insert_or_assign(d.name, std::move(m));
    }
    if (n == 0)
        return -1;
    ev.score = sum / n;
    m_run.state.lastMetrics = metrics;
    ev.best = ev.score > m_run.state.selection.bestScore();
    if (m_ctx.observer)
        m_ctx.observer->onEval(ev);
    return ev.score;
}

bool TrainLoop::evaluateIfDue()
{
    const TrainPreset &p = m_ctx.params.preset;
    RunState &state = m_run.state;
    const bool epochEnd = state.step % state.stepsPerEpoch == 0 || state.step == state.totalSteps;
    const bool periodic = p.evalEvery > 0 && state.step % std::size_t(p.evalEvery) == 0;
    if (!epochEnd && !periodic)
        return false;
    if (epochEnd)  // every rank is here: rank 0 saves every rank's generators with the state
        gatherRankRng();
    if (!lead())
        return false;  // rank 0 evaluates and saves; the others wait at the next agreement
    const auto tailStarted = TrainClock::now();
    {
        WeightAverage::Swap averaged(m_run.average.get());  // the average is the model
        const double score = evaluate();
        m_evaluatedAtThisStep = true;
        if (state.selection.offer(score, state.step) == ModelSelection::Verdict::Improved) {
            saveBest();
        }
    }
    m_run.model->train();
    if (epochEnd)
        saveRun(m_ctx, m_run, lastStateDir(m_ctx.params.outDir), true);
    m_budget.recordTail(secondsBetween(tailStarted, TrainClock::now()));
    return state.selection.patienceSpent(p.patience);
}

TrainSummary TrainLoop::run()
{
    RunState &state = m_run.state;
    if (m_ctx.observer) {
        std::map<std::string, std::size_t> sizes;
        for (const auto &t : m_run.train)
            sizes[t.name] = t.examples.size();
        StartedEvent started{eventNow(), state.totalSteps, state.step, m_run.device.is_cuda() ? "cuda" : "cpu", sizes};
        started.worldSize = m_ctx.dist ? m_ctx.dist->size() : 1;
        m_ctx.observer->onStarted(started);
    }
    m_run.model->train();
    m_budget.startLoop(TrainClock::now());
    StopReason reason = StopReason::Completed;
    for (;;) {
        if (const auto stop = stopBeforeStep()) {
            reason = *stop;
            break;
        }
        const StepResult r = guardedStep();
        if (r.outcome == StepOutcome::TooManyBadSteps) {
            reason = StopReason::TooManyBadSteps;
            break;
        }
        if (r.outcome == StepOutcome::Skipped)
            continue;
        report(r);
        if (evaluateIfDue())
            m_pending = StopReason::EarlyStopping;
    }
    return finish(reason);
}

void TrainLoop::gatherRankRng()
{
    if (!m_ctx.dist)
        return;
    const std::string mine = rngStateJson(m_run.device);
    m_run.rankRng.clear();
    for (const auto &bytes : m_ctx.dist->allGather({mine.begin(), mine.end()}))
        m_run.rankRng.emplace_back(bytes.begin(), bytes.end());
}

// The model (the weight average swapped in) saved as the best, with the blend weight chosen
// for it on the held-out training reviews (preset ensemble_baseline "auto").
void TrainLoop::saveBest()
{
    chooseRunBlend(m_run);
    saveRun(m_ctx, m_run, bestModelDir(m_ctx.params.outDir), false);
    m_bestSaved = true;
}

TrainSummary TrainLoop::finish(StopReason reason)
{
    RunState &state = m_run.state;
    gatherRankRng();
    if (!lead()) {  // rank 0 saves; this rank waits until it has
        m_ctx.dist->barrier();
        TrainSummary summary;
        summary.reason = reason;
        summary.steps = state.step;
        summary.modelDir = bestModelDir(m_ctx.params.outDir);
        summary.losses = std::move(m_losses);
        summary.seconds = m_ctx.elapsedSeconds();
        return summary;
    }
    const std::string best = bestModelDir(m_ctx.params.outDir);
    if (reason == StopReason::Completed && !m_evaluatedAtThisStep && state.step > 0) {
        WeightAverage::Swap averaged(m_run.average.get());
        if (state.selection.offerFinal(evaluate(), state.step))
            saveBest();
    }
    // Always leave a resumable state and a usable model.
    m_run.model->eval();
    saveRun(m_ctx, m_run, lastStateDir(m_ctx.params.outDir), true);
    if (!m_bestSaved) {
        WeightAverage::Swap averaged(m_run.average.get());
        saveBest();
        state.selection.keepLatest(state.step);
    }
    TrainSummary summary;
    summary.reason = reason;
    summary.steps = state.step;
    summary.bestScore = state.selection.bestScore();
    summary.bestStep = state.selection.bestStep();
    summary.modelDir = best;
    summary.losses = std::move(m_losses);
    summary.seconds = m_ctx.elapsedSeconds();
    if (m_ctx.dist) {
        m_ctx.message("data-parallel over " + std::to_string(m_ctx.dist->size()) + " ranks (" + m_ctx.dist->backend() +
                      "): all-reduce " + std::to_string(m_updates ? 1000 * m_reduceSeconds / double(m_updates) : 0.0) +
                      " ms a step not hidden by backward (" +
                      (m_ctx.params.dist.overlap
                           ? std::to_string(m_sync->bucketCount()) + " buckets overlapped with it)"
                           : "all after it)"));
        for (const std::string &w : m_ctx.dist->takeTorchWarnings())
            m_ctx.message("libtorch warned: " + w);
        m_ctx.dist->barrier();
    }
    if (const std::string choice = blendChoiceSummary(state.blendChoice); !choice.empty())
        m_ctx.message(choice);
    if (m_ctx.observer)
        m_ctx.observer->onFinished({eventNow(), state.step, reason, summary.bestScore, summary.bestStep,
                                    summary.modelDir, summary.seconds});
    return summary;
}

} // namespace mizan
