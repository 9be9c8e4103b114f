#pragma once
// INTERNAL to core/train: what every part of one training run shares: its parameters, the
// observer, the stop flag, the test hooks and the moment the run started. Torch-free.
#include <atomic>
#include <chrono>
#include <string>

#include "train/events.h"
#include "train/trainer.h"
#include "train/trainhooks.h"

namespace mizan {

class DistGroup;

using TrainClock = std::chrono::steady_clock;

inline EventTime eventNow() { return std::chrono::system_clock::now(); }

inline double secondsBetween(TrainClock::time_point from, TrainClock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

struct RunContext {
    const TrainParams &params;
    TrainObserver *observer = nullptr;
    const std::atomic<bool> *stop = nullptr;
    const TrainHooks &hooks;
    TrainClock::time_point started = TrainClock::now();
    DistGroup *dist = nullptr;  // a data-parallel run's process group (train/dist/distgroup.h)

    void message(const std::string &m) const
    {
        if (observer)
            observer->onMessage(eventNow(), m);
    }
    bool stopping() const { return stop && stop->load(); }
    double elapsedSeconds() const { return secondsBetween(started, TrainClock::now()); }
};

} // namespace mizan
