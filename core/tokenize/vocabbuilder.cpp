#include "tokenize/vocabbuilder.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace mizan {

namespace {

namespace fs = std::filesystem;

bool isExecutable(const fs::path &p)
{
    std::error_code ec;
    return fs::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

fs::path runningExecutableDir()
{
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : self.parent_path();
}

struct ChildOutput {
    int exitCode = -1;
    int signal = 0;
    std::string output;  // stdout and stderr together
};

// Runs argv[0] with argv, its stdout and stderr captured through one pipe. posix_spawn, not
// fork: the parent may hold libtorch/OpenMP threads.
Result<ChildOutput> runChild(const std::vector<std::string> &args)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return Status(ErrorCode::IoError, std::string("cannot create a pipe: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    std::vector<char *> argv;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        return Status(ErrorCode::IoError, "cannot start " + args[0] + ": " + std::strerror(rc));
    }
    ChildOutput out;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n > 0)
            out.output.append(buf, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return Status(ErrorCode::Internal, "lost track of " + args[0] + ": " + std::strerror(errno));
    }
    if (WIFEXITED(status))
        out.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        out.signal = WTERMSIG(status);
    return out;
}

std::string tail(const std::string &s, std::size_t n)
{
    return s.size() <= n ? s : "..." + s.substr(s.size() - n);
}

} // namespace

Result<std::string> findVocabTool()
{
    std::string looked;
    if (const char *env = std::getenv("MIZAN_VOCAB_TOOL"); env && *env) {
        if (isExecutable(env))
            return std::string(env);
        return Status(ErrorCode::NotFound, std::string("MIZAN_VOCAB_TOOL=") + env + " is not an executable file");
    }
    std::vector<fs::path> candidates;
    const fs::path dir = runningExecutableDir();
    if (!dir.empty())
        candidates.push_back(dir / "mizan-vocab");
    candidates.push_back(MIZAN_VOCAB_TOOL_BUILD_PATH);
    candidates.push_back(MIZAN_VOCAB_TOOL_INSTALL_PATH);
    for (const fs::path &p : candidates) {
        if (isExecutable(p))
            return p.string();
        looked += "\n  " + p.string();
    }
    return Status(ErrorCode::NotFound,
                  "cannot find the mizan-vocab tool (set MIZAN_VOCAB_TOOL or build the mizan-vocab target); looked at:"
                      + looked);
}

Result<VocabBuildResult> buildVocab(const VocabBuildOptions &o)
{
    if (o.inputFiles.empty())
        return Status(ErrorCode::InvalidArgument, "no input files for the vocabulary");
    if (o.outputDir.empty())
        return Status(ErrorCode::InvalidArgument, "no output folder for the vocabulary");
    if (o.vocabSize < 8)
        return Status(ErrorCode::InvalidArgument,
                      "vocabulary size " + std::to_string(o.vocabSize) + " is too small (expected at least 8)");
    for (const std::string &f : o.inputFiles) {
        std::error_code ec;
        if (!fs::is_regular_file(f, ec))
            return Status(ErrorCode::NotFound, f + ": no such file (expected a UTF-8 text file)");
    }
    std::string tool = o.toolPath;
    if (tool.empty()) {
        Result<std::string> found = findVocabTool();
        if (!found)
            return found.status();
        tool = *found;
    } else if (!isExecutable(tool)) {
        return Status(ErrorCode::NotFound, tool + " is not an executable file");
    }
    std::vector<std::string> args{tool,
                                  "--output", o.outputDir,
                                  "--vocab-size", std::to_string(o.vocabSize),
                                  "--model-type", o.algorithm == SubwordAlgorithm::Bpe ? "bpe" : "unigram",
                                  "--threads", std::to_string(o.threads < 1 ? 1 : o.threads),
                                  "--max-sentences", std::to_string(o.maxSentences)};
    if (o.lowerCase)
        args.push_back("--lower");
    for (const std::string &f : o.inputFiles)
        args.push_back(f);
    Result<ChildOutput> run = runChild(args);
    if (!run)
        return run.status();
    if (run->signal != 0)
        return Status(ErrorCode::Internal, tool + " was killed by signal " + std::to_string(run->signal) + "\n"
                                               + tail(run->output, 2000));
    if (run->exitCode != 0)
        return Status(ErrorCode::IoError, tool + " failed (exit " + std::to_string(run->exitCode) + "): "
                                              + tail(run->output, 2000));
    VocabBuildResult r;
    r.vocabPath = (fs::path(o.outputDir) / "vocab.txt").string();
    r.modelPath = (fs::path(o.outputDir) / "spm.model").string();
    r.log = std::move(run->output);
    std::ifstream in(r.vocabPath);
    if (!in)
        return Status(ErrorCode::IoError, tool + " finished but wrote no " + r.vocabPath);
    std::string line;
    while (std::getline(in, line))
        ++r.vocabSize;
    return r;
}

} // namespace mizan
