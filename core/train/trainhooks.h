#pragma once
// Test hooks of the Trainer, kept out of TrainParams so the public parameters hold only what
// a user can ask for. Only tests include this header.
#include <cstddef>
#include <functional>

namespace mizan {

class Trainer;

struct TrainHooks {
    // When it returns true for a batch number (1-based, counted over the whole run, resumes
    // included), that batch's loss is replaced by NaN, exercising the non-finite step handling.
    std::function<bool(std::size_t batch)> poisonStep;
    // When it returns true for a batch number, that batch's forward pass fails as a GPU out
    // of memory does (c10::OutOfMemoryError), exercising the message that names what to lower.
    std::function<bool(std::size_t batch)> outOfMemoryAt;
};

// Installs `hooks` on `trainer` before run().
void setTrainHooks(Trainer &trainer, TrainHooks hooks);

} // namespace mizan
