#include "trainprogress.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/resources.h"

namespace mizan::cli {
namespace {

std::string clock(double seconds)
{
    if (!(seconds >= 0) || seconds > 1e7)
        return "--:--";
    const long s = long(seconds + 0.5);
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

std::string fixed(double v, int digits)
{
    std::ostringstream o;
    o.setf(std::ios::fixed);
    o.precision(digits);
    o << v;
    return o.str();
}

// "4.2k" from 1000 tokens/s up, else whole tokens ("87"): a BERT-base on a CPU is below 1k/s.
std::string tokenRate(double tokensPerSecond)
{
    return tokensPerSecond >= 1000 ? fixed(tokensPerSecond / 1000, 1) + "k" : fixed(tokensPerSecond, 0);
}

} // namespace

std::vector<std::string> presetSearchDirs()
{
    std::vector<std::string> dirs;
    if (const char *env = std::getenv("MIZAN_PRESETS_DIR"))
        dirs.emplace_back(env);
    for (const std::string &root : resourceRoots())
        dirs.push_back((std::filesystem::path(root) / "presets").string());
    return dirs;
}

TrainProgress::TrainProgress(bool tty, const std::string &jsonlPath) : m_tty(tty)
{
    if (!jsonlPath.empty()) {
        m_jsonl.open(jsonlPath, std::ios::out | std::ios::trunc);
        if (!m_jsonl)
            throw std::runtime_error("cannot open log file " + jsonlPath + " for writing");
    }
}

TrainProgress::~TrainProgress()
{
    if (m_barShown)
        std::cerr << '\n';
}

void TrainProgress::line(const std::string &text)
{
    if (m_tty && m_barShown) {
        std::cerr << "\r\033[K";
        m_barShown = false;
    }
    std::cerr << text << '\n' << std::flush;
}

void TrainProgress::log(const std::string &jsonText)
{
    if (m_jsonl.is_open())
        m_jsonl << jsonText << '\n' << std::flush;
}

void TrainProgress::onStarted(const StartedEvent &e)
{
    std::string tasks;
    nlohmann::json sizes = nlohmann::json::object();
    for (const auto &[name, n] : e.taskExamples) {
        tasks += (tasks.empty() ? "" : ", ") + name + " (" + std::to_string(n) + ")";
        sizes[name] = n;
    }
    const std::string where = e.worldSize > 1 ? e.device + " over " + std::to_string(e.worldSize) + " ranks" : e.device;
    line("training on " + where + ": " + tasks + "; " + std::to_string(e.totalSteps) + " steps" +
         (e.startStep ? ", resuming at step " + std::to_string(e.startStep) : ""));
    log(nlohmann::json{{"event", "started"}, {"time", formatEventTime(e.time)}, {"total_steps", e.totalSteps},
                       {"start_step", e.startStep}, {"device", e.device}, {"world_size", e.worldSize},
                       {"tasks", sizes}}.dump());
}

void TrainProgress::onStep(const StepEvent &e)
{
    log(nlohmann::json{{"event", "step"}, {"time", formatEventTime(e.time)}, {"step", e.step},
                       {"total_steps", e.totalSteps}, {"task", e.task}, {"loss", e.loss},
                       {"lr", e.learningRate}, {"tokens_per_second", e.tokensPerSecond},
                       {"epoch", e.epoch}, {"elapsed_seconds", e.elapsedSeconds}, {"eta_seconds", e.etaSeconds}}
            .dump());
    const double pct = e.totalSteps ? 100.0 * double(e.step) / double(e.totalSteps) : 0;
    const std::string status = "step " + std::to_string(e.step) + "/" + std::to_string(e.totalSteps) + "  " +
                               e.task + " loss " + fixed(e.loss, 4) + "  lr " + fixed(e.learningRate * 1e4, 2) +
                               "e-4  " + tokenRate(e.tokensPerSecond) + " tok/s  ETA " + clock(e.etaSeconds);
    if (m_tty) {
        if (e.elapsedSeconds - m_lastPrint < 0.2 && e.step != e.totalSteps)
            return;
        m_lastPrint = e.elapsedSeconds;
        const int width = 24;
        const int filled = int(std::lround(pct / 100 * width));
        std::cerr << "\r\033[K[" << std::string(std::size_t(filled), '#')
                  << std::string(std::size_t(width - filled), '.') << "] " << fixed(pct, 0) << "%  " << status
                  << std::flush;
        m_barShown = true;
    } else if (e.elapsedSeconds - m_lastPrint >= 10 || e.step == 1 || e.step == e.totalSteps) {
        m_lastPrint = e.elapsedSeconds;
        line(fixed(pct, 1) + "% " + status);
    }
}

void TrainProgress::onSkippedStep(const SkippedStepEvent &e)
{
    line("step " + std::to_string(e.step) + " (" + e.task + ") skipped: " + e.reason + " (" +
         std::to_string(e.consecutive) + " in a row)");
    log(nlohmann::json{{"event", "skipped_step"}, {"time", formatEventTime(e.time)}, {"step", e.step},
                       {"task", e.task}, {"reason", e.reason}, {"consecutive", e.consecutive}}.dump());
}

void TrainProgress::onEval(const EvalEvent &e)
{
    std::string text = "eval at step " + std::to_string(e.step) + ":";
    nlohmann::json metrics = nlohmann::json::object();
    for (const auto &[task, values] : e.metrics) {
        text += "  " + task;
        for (const auto &[k, v] : values) {
            metrics[task][k] = v;
            if (k == "f1" || k == "accuracy" || k == "macro_f1")
                text += " " + k + " " + fixed(v, 4);
        }
    }
    text += "  score " + fixed(e.score, 4) + (e.best ? " (best)" : "");
    line(text);
    log(nlohmann::json{{"event", "eval"}, {"time", formatEventTime(e.time)}, {"step", e.step},
                       {"metrics", metrics}, {"score", e.score}, {"best", e.best}}.dump());
}

void TrainProgress::onCheckpoint(const CheckpointEvent &e)
{
    log(nlohmann::json{{"event", "checkpoint"}, {"time", formatEventTime(e.time)}, {"step", e.step},
                       {"path", e.path}, {"best", e.best}}.dump());
}

void TrainProgress::onFinished(const FinishedEvent &e)
{
    line(std::string("finished (") + stopReasonName(e.reason) + ") after " + std::to_string(e.step) +
         " steps in " + clock(e.elapsedSeconds) + "; best score " + fixed(e.bestScore, 4) + " at step " +
         std::to_string(e.bestStep) + "; model in " + e.modelDir);
    log(nlohmann::json{{"event", "finished"}, {"time", formatEventTime(e.time)}, {"step", e.step},
                       {"reason", stopReasonName(e.reason)}, {"best_score", e.bestScore},
                       {"best_step", e.bestStep}, {"model_dir", e.modelDir}, {"elapsed_seconds", e.elapsedSeconds}}
            .dump());
}

void TrainProgress::onFailed(const FailedEvent &e)
{
    log(nlohmann::json{{"event", "failed"}, {"time", formatEventTime(e.time)}, {"message", e.message}}.dump());
}

void TrainProgress::onMessage(EventTime t, const std::string &m)
{
    line(m);
    log(nlohmann::json{{"event", "message"}, {"time", formatEventTime(t)}, {"message", m}}.dump());
}

} // namespace mizan::cli
