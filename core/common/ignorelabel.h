#pragma once
// The label id that the losses ignore (PyTorch CrossEntropyLoss's ignore_index): non-first
// sub-tokens of a word, [CLS], [SEP], padding, and examples a task does not label.
#include <cstdint>

namespace mizan {

inline constexpr std::int64_t kIgnoreLabel = -100;

}  // namespace mizan
