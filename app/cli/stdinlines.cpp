#include "stdinlines.h"

#include <cstdio>
#include <iostream>

#include "commands.h"

namespace mizan::cli {

std::size_t forEachStdinLine(const std::string &command,
                             const std::function<void(std::string &line, const std::string &where)> &handle)
{
    std::string line;
    std::size_t lineNo = 0, skipped = 0;
    bool tooLong = false, afterCr = false;
    auto finish = [&] {
        ++lineNo;
        const std::string where = "<stdin>:" + std::to_string(lineNo);
        if (tooLong) {
            std::cerr << command << ": " << where << ": the line is longer than " << (kMaxLineBytes >> 20)
                      << " MB; skipped (split long text into lines)\n";
            ++skipped;
        } else {
            handle(line, where);
        }
        line.clear();
        tooLong = false;
    };
    char buf[1 << 16];
    std::size_t n;
    bool pending = false;  // a line has started
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
        for (std::size_t i = 0; i < n; ++i) {
            const char c = buf[i];
            if (c == '\n' && afterCr) {  // the LF of a CRLF
                afterCr = false;
                continue;
            }
            afterCr = c == '\r';
            if (c == '\n' || c == '\r') {
                finish();
                pending = false;
                continue;
            }
            pending = true;
            if (tooLong)
                continue;
            if (line.size() >= kMaxLineBytes) {
                tooLong = true;
                line.clear();
                line.shrink_to_fit();
                continue;
            }
            line += c;
        }
    }
    if (std::ferror(stdin)) {
        std::cerr << command << ": <stdin>: read error after line " << lineNo << '\n';
        throw CLI::RuntimeError(1);
    }
    if (pending)
        finish();
    return skipped;
}

} // namespace mizan::cli
