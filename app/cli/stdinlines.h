#pragma once
// The lines of standard input for `clean`, `tokenize`, `predict` and `baseline predict`:
// LF, CRLF or lone-CR ends, each line at most kMaxLineBytes (8 MB). A longer line is never held in
// memory: it is reported ("<stdin>:N: ...") and skipped, and the command exits with 1 at the
// end so nothing is dropped silently.
#include <functional>
#include <string>

namespace mizan::cli {

constexpr std::size_t kMaxLineBytes = std::size_t(8) << 20;  // a 2.8 MB review line still passes

// Calls `handle(line, "<stdin>:N")` for each line. Returns the number of lines skipped (too
// long); throws CLI::RuntimeError(1) after printing "<command>: <stdin>: read error" when
// reading fails.
std::size_t forEachStdinLine(const std::string &command,
                             const std::function<void(std::string &line, const std::string &where)> &handle);

} // namespace mizan::cli
