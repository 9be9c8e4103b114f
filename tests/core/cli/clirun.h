#pragma once
// Runs the built `mizan` binary (MIZAN_CLI) and captures its output and exit status.
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace mizan::test {

struct CliRun {
    int status = -1;
    std::string out;
};

// `mizan <args>` through the shell; `stderrTo` is appended ("2>&1" merges it into out,
// "2>/dev/null" drops it).
inline CliRun runMizan(const std::string &args, const std::string &stderrTo = "2>&1")
{
    CliRun r;
    const std::string cmd = std::string(MIZAN_CLI) + " " + args + " " + stderrTo;
    FILE *pipe = popen(cmd.c_str(), "r");
    if (!pipe)
        return r;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0)
        r.out.append(buf, n);
    const int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

} // namespace mizan::test
