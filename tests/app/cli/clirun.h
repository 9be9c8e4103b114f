#pragma once
// Runs the built `mizan` binary for CLI tests: its exit code and what it printed.
#include <cstdio>
#include <string>

#include <sys/wait.h>

namespace mizan::testing {

inline const std::string kMizanBinary = std::string(MIZAN_BINARY_DIR) + "/app/cli/mizan";

// 'text' for a shell command line.
inline std::string quote(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct CliRun {
    int exitCode = -1;
    std::string out;  // stdout, and stderr unless left out
};

// `mizan ARGS` with `stdinText` on its standard input; stderr joins stdout when `withStderr`.
inline CliRun runMizan(const std::string &args, const std::string &stdinText = "", bool withStderr = true)
{
    std::string cmd = kMizanBinary + " " + args + (withStderr ? " 2>&1" : " 2>/dev/null");
    if (!stdinText.empty())
        cmd = "printf '%s' " + quote(stdinText) + " | " + cmd;
    CliRun r;
    FILE *p = ::popen(cmd.c_str(), "r");
    if (!p)
        return r;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0)
        r.out.append(buf, n);
    const int status = ::pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

} // namespace mizan::testing
