#include "train/events.h"

#include <cstdio>
#include <ctime>

namespace mizan {

std::string formatEventTime(EventTime t)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
    const std::time_t secs = std::time_t(ms / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, int(ms % 1000));
    return buf;
}

const char *stopReasonName(StopReason r)
{
    switch (r) {
    case StopReason::Completed: return "completed";
    case StopReason::Cancelled: return "cancelled";
    case StopReason::TimeBudget: return "time-budget";
    case StopReason::EarlyStopping: return "early-stopping";
    case StopReason::TooManyBadSteps: return "too-many-bad-steps";
    }
    return "completed";
}

} // namespace mizan
