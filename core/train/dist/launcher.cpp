#include "train/dist/launcher.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

#include "common/errortext.h"
#include "train/dist/torchlog.h"

extern char **environ;

namespace mizan {

namespace {

std::vector<pid_t> g_children;  // written before the handlers are installed

void forward(int sig)
{
    for (pid_t p : g_children)
        if (p > 0)
            kill(p, sig);
}

// This program's own arguments, as it was started.
std::vector<std::string> ownArguments()
{
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> args;
    std::string cur;
    for (char c : all) {
        if (c == '\0') {
            args.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return args;
}

std::vector<std::string> rankEnvironment(int rank, int nproc, int port)
{
    static const char *ours[] = {"RANK=", "WORLD_SIZE=", "LOCAL_RANK=", "LOCAL_WORLD_SIZE=", "MASTER_ADDR=",
                                 "MASTER_PORT=", "TORCHELASTIC_USE_AGENT_STORE="};
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e) {
        bool replaced = false;
        for (const char *o : ours)
            replaced = replaced || std::strncmp(*e, o, std::strlen(o)) == 0;
        if (!replaced)
            env.emplace_back(*e);
    }
    env.push_back("RANK=" + std::to_string(rank));
    env.push_back("LOCAL_RANK=" + std::to_string(rank));
    env.push_back("WORLD_SIZE=" + std::to_string(nproc));
    env.push_back("LOCAL_WORLD_SIZE=" + std::to_string(nproc));
    env.push_back("MASTER_ADDR=127.0.0.1");
    env.push_back("MASTER_PORT=" + std::to_string(port));
    env.push_back("TORCHELASTIC_USE_AGENT_STORE=True");
    return env;
}

std::vector<char *> pointers(std::vector<std::string> &strings)
{
    std::vector<char *> p;
    for (auto &s : strings)
        p.push_back(s.data());
    p.push_back(nullptr);
    return p;
}

int exitStatus(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

std::string howItEnded(int rank, int status)
{
    if (WIFSIGNALED(status))
        return "rank " + std::to_string(rank) + " was killed by signal " + std::to_string(WTERMSIG(status));
    return "rank " + std::to_string(rank) + " failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
}

} // namespace

Result<int> launchLocalRanks(int nproc, double graceSeconds, const std::function<void(const std::string &)> &say)
{
    const TorchLogRoute quiet;  // the store's own log lines stay off stderr
    c10::intrusive_ptr<c10d::TCPStore> store;
    try {
        c10d::TCPStoreOptions o;
        o.port = 0;  // the system picks a free port
        o.isServer = true;
        o.waitWorkers = false;
        store = c10::make_intrusive<c10d::TCPStore>("127.0.0.1", o);
    } catch (const std::exception &e) {
        return Result<int>(ErrorCode::IoError,
                           "cannot open a local port for the ranks to meet at (" + errorText(e) + ")");
    }
    std::vector<std::string> args = ownArguments();
    std::vector<char *> argv = pointers(args);
    g_children.assign(std::size_t(nproc), 0);
    for (int r = 0; r < nproc; ++r) {
        std::vector<std::string> env = rankEnvironment(r, nproc, store->getPort());
        std::vector<char *> envp = pointers(env);
        const pid_t pid = fork();
        if (pid == 0) {
            execve("/proc/self/exe", argv.data(), envp.data());
            _exit(127);
        }
        if (pid < 0) {
            forward(SIGTERM);
            return Result<int>(ErrorCode::IoError, "cannot start rank " + std::to_string(r));
        }
        g_children[std::size_t(r)] = pid;
    }
    auto oldInt = signal(SIGINT, forward);
    auto oldTerm = signal(SIGTERM, forward);
    int result = 0, running = nproc;
    std::chrono::steady_clock::time_point firstFailure;
    bool stopping = false;
    while (running > 0) {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid > 0) {
            for (int r = 0; r < nproc; ++r)
                if (g_children[std::size_t(r)] == pid) {
                    g_children[std::size_t(r)] = 0;
                    --running;
                    if (exitStatus(status) != 0) {
                        say(howItEnded(r, status));
                        if (result == 0) {
                            result = exitStatus(status);
                            firstFailure = std::chrono::steady_clock::now();
                        }
                    }
                }
            continue;
        }
        if (pid < 0 && errno != EINTR)
            break;
        if (result != 0 && !stopping &&
            std::chrono::steady_clock::now() - firstFailure > std::chrono::duration<double>(graceSeconds)) {
            say("stopping the remaining ranks");
            forward(SIGTERM);
            stopping = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    signal(SIGINT, oldInt);
    signal(SIGTERM, oldTerm);
    g_children.clear();
    return result;
}

} // namespace mizan
