#include "train/schedule.h"

#include <algorithm>

namespace mizan {

double LinearSchedule::factor(std::size_t step) const
{
    if (step < warmupSteps)
        return double(step) / double(warmupSteps);
    if (step >= totalSteps)
        return 0.0;
    const std::size_t decay = totalSteps - warmupSteps;
    if (decay == 0)
        return 0.0;
    return std::max(0.0, double(totalSteps - step) / double(decay));
}

} // namespace mizan
