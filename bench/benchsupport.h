#pragma once
// What the bench/ programs share: timing a piece of work, the process's CPU time and peak
// memory (measured as the Python peers measure theirs), running the peer and reading the
// numbers it prints.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace mizan::bench {

// Wall seconds `f()` takes.
template <typename F>
double seconds(F &&f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

inline double medianMs(std::vector<double> secondsEach)
{
    std::sort(secondsEach.begin(), secondsEach.end());
    return secondsEach[secondsEach.size() / 2] * 1000.0;
}

// The fastest run: on a shared machine the least disturbed estimate of the real cost.
inline double minMs(const std::vector<double> &secondsEach)
{
    return *std::min_element(secondsEach.begin(), secondsEach.end()) * 1000.0;
}

// CPU seconds (user + system) this process has used so far, all threads.
inline double cpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Peak resident set size of this process so far, in MB (ru_maxrss, as the peers read theirs).
inline double peakRssMb()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// Runs `command` through the shell: what it printed on standard output, or nothing when it
// could not start or exited with a non-zero status.
inline std::optional<std::string> runPeer(const std::string &command)
{
    FILE *pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return std::nullopt;
    std::string out;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;)
        out.append(buf, n);
    if (::pclose(pipe) != 0)
        return std::nullopt;
    return out;
}

// "key": number from a peer's one-line JSON; -1 when the key is missing.
inline double jsonNumber(const std::string &json, const std::string &key)
{
    const auto pos = json.find("\"" + key + "\":");
    return pos == std::string::npos ? -1.0 : std::atof(json.c_str() + pos + key.size() + 3);
}

} // namespace mizan::bench
