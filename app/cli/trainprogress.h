#pragma once
// How `mizan train` shows a run: a live progress bar on a terminal, plain lines otherwise,
// and optionally every event as one JSON object per line (--log-jsonl).
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "common/errortext.h"
#include "train/events.h"

namespace mizan::cli {

// Where presets are looked up: $MIZAN_PRESETS_DIR, <prefix>/share/mizan/presets beside the
// executable, the install prefix, then the source tree's resources/presets.
std::vector<std::string> presetSearchDirs();

class TrainProgress : public TrainObserver {
public:
    // `jsonlPath` empty: no JSON log. Throws std::runtime_error when it cannot be opened.
    TrainProgress(bool tty, const std::string &jsonlPath);
    ~TrainProgress() override;

    void onStarted(const StartedEvent &e) override;
    void onStep(const StepEvent &e) override;
    void onSkippedStep(const SkippedStepEvent &e) override;
    void onEval(const EvalEvent &e) override;
    void onCheckpoint(const CheckpointEvent &e) override;
    void onFinished(const FinishedEvent &e) override;
    void onFailed(const FailedEvent &e) override;
    void onMessage(EventTime t, const std::string &m) override;

private:
    void line(const std::string &text);  // a full line (clears the bar first on a TTY)
    void log(const std::string &jsonText);
    bool m_tty;
    bool m_barShown = false;
    double m_lastPrint = -1e9;
    std::ofstream m_jsonl;
};

// Ctrl-C asks the running job to stop (an atomic store, safe in a signal handler); the job
// then saves what it has and returns.
template <typename Job>
struct InterruptTarget {
    static inline std::atomic<Job *> job{nullptr};
    static void handle(int)
    {
        if (Job *j = job.load())
            j->requestStop();
    }
};

// Runs a Trainer or Pretrainer with progress on stderr (a bar on a terminal, lines
// otherwise) and every event in `logJsonl` (empty: none). Prints "<command>: <error>" and
// throws CLI::RuntimeError(1) when the log cannot be opened or the job fails.
template <typename Job>
auto runWithProgress(Job &job, const std::string &logJsonl, const std::string &command)
{
    std::unique_ptr<TrainProgress> progress;
    try {
        progress = std::make_unique<TrainProgress>(isatty(STDERR_FILENO) != 0, logJsonl);
    } catch (const std::exception &e) {
        std::cerr << command << ": " << errorText(e) << '\n';
        throw CLI::RuntimeError(1);
    }
    job.setObserver(progress.get());
    InterruptTarget<Job>::job.store(&job);
    auto previous = std::signal(SIGINT, &InterruptTarget<Job>::handle);
    auto result = job.run();
    std::signal(SIGINT, previous);
    InterruptTarget<Job>::job.store(nullptr);
    job.setObserver(nullptr);
    progress.reset();
    if (!result) {
        std::cerr << command << ": " << result.error() << '\n';
        throw CLI::RuntimeError(1);
    }
    return result;
}

} // namespace mizan::cli
