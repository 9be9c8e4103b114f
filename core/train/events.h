#pragma once
// What the trainer tells its observer. Every event carries the wall-clock time it happened;
// the GUI draws curves from them, the CLI prints them, --log-jsonl writes them as JSON lines.
#include <chrono>
#include <cstddef>
#include <map>
#include <string>

namespace mizan {

using EventTime = std::chrono::system_clock::time_point;

// ISO-8601 UTC with milliseconds, e.g. "2026-11-26T09:41:02.125Z".
std::string formatEventTime(EventTime t);

struct StartedEvent {
    EventTime time;
    std::size_t totalSteps = 0;
    std::size_t startStep = 0;  // > 0 when resumed
    std::string device;         // "cpu" or "cuda"
    std::map<std::string, std::size_t> taskExamples;  // training examples per task
    int worldSize = 1;                                 // ranks of a data-parallel run (1: one process)
};

struct StepEvent {
    EventTime time;
    std::size_t step = 0;  // 1-based optimizer update number
    std::size_t totalSteps = 0;
    std::string task;
    double loss = 0;
    double learningRate = 0;  // encoder group
    double tokensPerSecond = 0;
    double epoch = 0;  // fractional epochs over the largest task
    double elapsedSeconds = 0;
    double etaSeconds = 0;
};

// A step whose loss (or gradient) was NaN or infinite: no update was made.
struct SkippedStepEvent {
    EventTime time;
    std::size_t step = 0;
    std::string task;
    std::string reason;
    std::size_t consecutive = 0;
};

// Metrics on the dev split. metrics[task][name], e.g. metrics["sentiment"]["accuracy"].
struct EvalEvent {
    EventTime time;
    std::size_t step = 0;
    std::map<std::string, std::map<std::string, double>> metrics;
    double score = 0;  // the selection metric (mean of each task's headline metric)
    bool best = false;
};

struct CheckpointEvent {
    EventTime time;
    std::size_t step = 0;
    std::string path;
    bool best = false;  // the best-so-far model (as opposed to the resume checkpoint)
};

enum class StopReason { Completed, Cancelled, TimeBudget, EarlyStopping, TooManyBadSteps };
// "completed", "cancelled", "time-budget", "early-stopping", "too-many-bad-steps".
const char *stopReasonName(StopReason r);

struct FinishedEvent {
    EventTime time;
    std::size_t step = 0;
    StopReason reason = StopReason::Completed;
    double bestScore = 0;
    std::size_t bestStep = 0;
    std::string modelDir;  // the directory holding the best model
    double elapsedSeconds = 0;
};

struct FailedEvent {
    EventTime time;
    std::string message;
};

// Receives training events. Called from the training thread; implementations that touch a
// GUI must forward them (queued signals). Default implementations ignore the event.
class TrainObserver {
public:
    virtual ~TrainObserver() = default;
    virtual void onStarted(const StartedEvent &) {}
    virtual void onStep(const StepEvent &) {}
    virtual void onSkippedStep(const SkippedStepEvent &) {}
    virtual void onEval(const EvalEvent &) {}
    virtual void onCheckpoint(const CheckpointEvent &) {}
    virtual void onFinished(const FinishedEvent &) {}
    virtual void onFailed(const FailedEvent &) {}
    // A free-form progress line (e.g. "learning the vocabulary"), for logs.
    virtual void onMessage(EventTime, const std::string &) {}
};

} // namespace mizan
