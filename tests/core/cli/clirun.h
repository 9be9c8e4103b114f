#pragma once
// Runs the built `mizan` binary for the CLI tests: exit code and stdout + stderr.
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace mizan::test {

struct CliResult {
    int exitCode = -1;  // -1: killed by a signal
    std::string out;    // stdout and stderr
};

inline std::string shellQuote(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline CliResult runMizan(const std::string &args)
{
    const std::string cmd = std::string(MIZAN_CLI) + " " + args + " 2>&1";
    CliResult r;
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

} // namespace mizan::test
