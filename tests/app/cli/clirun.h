#pragma once
// Runs the built `mizan` binary for CLI tests: its exit code and what it printed. The one
// runner of the binary for every test under tests/app/cli (namespace mizan::test, beside
// tests/support/testsupport.h).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

namespace mizan::test {

inline const std::string kMizanBinary = std::string(MIZAN_BINARY_DIR) + "/app/cli/mizan";

// 'text' for a shell command line.
inline std::string quote(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Where the binary's standard error goes.
enum class Stderr {
    WithStdout,  // joined with stdout in CliRun::out
    Discarded,
    Apart,       // in CliRun::err
};

struct CliRun {
    int exitCode = -1;
    std::string out;  // stdout (and stderr with Stderr::WithStdout)
    std::string err;  // stderr with Stderr::Apart
};

struct CliOptions {
    std::string stdinText;  // standard input, fed from a temporary file (any bytes, any size)
    Stderr stderrTo = Stderr::WithStdout;
};

namespace detail {

// A fresh temporary file holding `content`; its path.
inline std::string tempFileWith(const std::string &content)
{
    std::string path = std::filesystem::temp_directory_path() / "mizan_cli_XXXXXX";
    const int fd = ::mkstemp(path.data());
    if (fd < 0)
        return "/dev/null";
    for (std::size_t done = 0; done < content.size();) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n <= 0)
            break;
        done += std::size_t(n);
    }
    ::close(fd);
    return path;
}

inline std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace detail

// `mizan ARGS` (a shell command line: quote what needs it) run through the shell.
inline CliRun runMizan(const std::string &args, const CliOptions &options)
{
    const std::string in = detail::tempFileWith(options.stdinText);
    const std::string err = options.stderrTo == Stderr::Apart ? detail::tempFileWith("") : "";
    std::string cmd = kMizanBinary + " " + args + " < " + quote(in);
    if (options.stderrTo == Stderr::WithStdout)
        cmd += " 2>&1";
    else
        cmd += " 2> " + quote(err.empty() ? "/dev/null" : err);
    CliRun r;
    if (FILE *p = ::popen(cmd.c_str(), "r")) {
        char buf[65536];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0)
            r.out.append(buf, n);
        const int status = ::pclose(p);
        r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    if (!err.empty()) {
        r.err = detail::readAll(err);
        ::unlink(err.c_str());
    }
    if (in != "/dev/null")
        ::unlink(in.c_str());
    return r;
}

// `mizan ARGS` with `stdinText` on its standard input; stderr joins stdout when `withStderr`,
// else it is discarded.
inline CliRun runMizan(const std::string &args, const std::string &stdinText = "", bool withStderr = true)
{
    return runMizan(args, CliOptions{stdinText, withStderr ? Stderr::WithStdout : Stderr::Discarded});
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

} // namespace mizan::test
