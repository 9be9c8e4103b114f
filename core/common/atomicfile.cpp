#include "common/atomicfile.h"

#include "common/problem.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace mizan {

Status writeFileAtomic(const std::string &path, std::string_view data)
{
    std::random_device rd;
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Status(ErrorCode::IoError, path + ": cannot create temporary file: " + std::strerror(errno));
    std::size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            return Status(ErrorCode::IoError, path + ": write failed: " + why);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        return Status(ErrorCode::IoError, path + ": flush failed: " + why);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        return Status(ErrorCode::IoError, path + ": rename failed: " + why);
    }
    return Status::ok();
}

Result<std::string> readFile(const std::string &path, std::size_t maxBytes)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Status(ErrorCode::IoError, problemMessage({ProblemCode::CannotOpen, {path, std::strerror(errno)}}));
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return Status(ErrorCode::IoError, path + ": is a folder, expected a file");
    }
    if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > maxBytes) {
        ::close(fd);
        return Status(ErrorCode::IoError, path + ": the file is over the limit of " + std::to_string(maxBytes) +
                                              " bytes; not read");
    }
    std::string data;
    if (S_ISREG(st.st_mode))
        data.reserve(static_cast<std::size_t>(st.st_size));
    char chunk[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const std::string why = std::strerror(errno);
            ::close(fd);
            return Status(ErrorCode::IoError, path + ": read failed: " + why);
        }
        if (n == 0)
            break;
        if (data.size() + static_cast<std::size_t>(n) > maxBytes) {
            ::close(fd);
            return Status(ErrorCode::IoError, path + ": more than " + std::to_string(maxBytes) +
                                                  " bytes (the read limit); stopped reading");
        }
        data.append(chunk, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return data;
}

} // namespace mizan
