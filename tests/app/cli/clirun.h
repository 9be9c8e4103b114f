#pragma once
// Runs the built `mizan` binary for CLI tests: its exit code and what it printed.
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

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

// `mizan ARGS` started in the background (fork + exec, no shell), stdout and stderr to
// `outputPath` (truncated); `inChild` runs in the child before exec (e.g. setenv). The caller
// waits for the returned pid.
inline pid_t startMizan(const std::vector<std::string> &args, const std::string &outputPath = "/dev/null",
                        const std::function<void()> &inChild = {})
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (inChild)
            inChild();
        std::vector<char *> argv;
        static const std::string program = kMizanBinary;
        argv.push_back(const_cast<char *>(program.c_str()));
        for (const std::string &a : args)
            argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        const int fd = ::open(outputPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    return pid;
}

} // namespace mizan::testing
