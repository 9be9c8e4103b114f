#pragma once
// Reading JSON from files users hand us: bounded nesting, every nlohmann exception turned into
// a message of our own (file, line, column), and short descriptions of values for messages
// (never a dump of a value of unbounded size).
#include <nlohmann/json.hpp>

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>

#include "common/result.h"

namespace mizan {

// Deeper nesting than this is refused before parsing (nothing we read nests past a few levels).
constexpr std::size_t kMaxJsonDepth = 128;

struct JsonError {
    std::size_t byte = 0;  // 0-based offset in the text of the problem
    std::string message;   // what is wrong, without library text
};

// Parses `text`; false with `error` filled when it is not valid JSON, nests too deep or holds a
// number out of range. Never throws.
bool parseJson(std::string_view text, nlohmann::json &out, JsonError &error);

// Like parseJson() but the error is ParseError "<fileName>: line L, column C: invalid JSON: ...".
Result<nlohmann::json> parseJsonFile(std::string_view text, const std::string &fileName);

// "line L, column C" (1-based, columns in code points) of byte `byte` in `text`.
std::string jsonLocation(std::string_view text, std::size_t byte);

// "an array of 3 values", "the string \"abc\"" (at most ~40 characters of it), "the number 7".
std::string describeJson(const nlohmann::json &value);

// A bounded message for an exception thrown while reading JSON values: nlohmann's text with its
// "[json.exception...]" prefix removed, at most ~120 characters.
std::string jsonErrorText(const std::exception &e);

} // namespace mizan
