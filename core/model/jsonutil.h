#pragma once
// Small helpers for the JSON files of model folders (internal to core/model).
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "common/result.h"

namespace mizan::jsonutil {

// Parses `text` as JSON; a syntax error becomes ParseError "<fileName>:<line>:<column>: ...".
Result<nlohmann::json> parse(std::string_view text, const std::string &fileName);

// "line L, column C" (1-based, columns in code points) of byte `byte` in `text`.
std::string location(std::string_view text, std::size_t byte);

} // namespace mizan::jsonutil
