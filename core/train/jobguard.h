#pragma once
// INTERNAL to core/train: the edge of a long job (training, pre-training). Exceptions are
// used inside the job; here they become a Status and an onFailed event, so none leaves it.
#include <c10/util/Exception.h>

#include <chrono>
#include <stdexcept>
#include <string>

#include "common/errortext.h"
#include "common/result.h"
#include "train/events.h"

namespace mizan {

// Thrown inside a job to leave with a Status.
struct JobError : std::runtime_error {
    JobError(ErrorCode c, const std::string &m) : std::runtime_error(m), code(c) {}
    ErrorCode code;
};

// Runs `job` (returning Result<T>); any exception becomes an error Result reported to
// `observer` (may be null).
template <typename T, typename Job>
Result<T> runGuarded(Job &&job, TrainObserver *observer)
{
    std::string message;
    ErrorCode code = ErrorCode::Internal;
    try {
        return job();
    } catch (const JobError &e) {
        message = e.what();
        code = e.code;
    } catch (const c10::Error &e) {
        message = "torch: " + errorText(e);
    } catch (const std::exception &e) {
        message = errorText(e);
    }
    if (observer)
        observer->onFailed({std::chrono::system_clock::now(), message});
    return Result<T>(code, message);
}

} // namespace mizan
