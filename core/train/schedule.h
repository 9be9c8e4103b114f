#pragma once
// Learning-rate schedule: linear warm-up then linear decay to zero (Hugging Face's
// get_linear_schedule_with_warmup, indexed by the 1-based update number).
#include <cstddef>

namespace mizan {

struct LinearSchedule {
    std::size_t warmupSteps = 0;
    std::size_t totalSteps = 1;

    // Multiplier of the peak learning rate for update number `step` (1-based): step/warmup
    // during warm-up, then (total - step) / (total - warmup), never below 0. With no warm-up
    // the first update uses the full rate.
    double factor(std::size_t step) const;
};

} // namespace mizan
