#pragma once
// SHA-256 (FIPS 180-4) of a byte string or a file, as lowercase hex: checks that shipped
// resources (the default model's files) are the ones their manifest names.
#include <string>
#include <string_view>

#include "common/result.h"

namespace mizan {

std::string sha256Hex(std::string_view bytes);

// The file's digest; fails with IoError naming the file when it cannot be read.
Result<std::string> sha256File(const std::string &path);

} // namespace mizan
