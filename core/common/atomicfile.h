#pragma once
// Atomic file saves: write to a temporary file beside the target, flush it to disk, then
// rename over the target, so a crash or a full disk never leaves a half-written file.
#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.h"

namespace mizan {

// Writes `data` to `path` atomically. On failure the previous file (if any) is untouched and
// the temporary file is removed; the Status names the path and the reason.
Status writeFileAtomic(const std::string &path, std::string_view data);

// Reads a whole file. Fails with IoError naming the path when it cannot be opened or read,
// when it is a folder, or when it holds more than `maxBytes` (checked as the bytes arrive, so
// a pipe or /dev/zero stops at the limit).
constexpr std::size_t kDefaultMaxReadBytes = std::size_t(4) << 30;
Result<std::string> readFile(const std::string &path, std::size_t maxBytes = kDefaultMaxReadBytes);

} // namespace mizan
