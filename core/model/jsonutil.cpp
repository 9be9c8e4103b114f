#include "model/jsonutil.h"

#include "common/utf8.h"

namespace mizan::jsonutil {

std::string location(std::string_view text, std::size_t byte)
{
    byte = std::min(byte, text.size());
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < byte; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const std::size_t column = utf8::length(text.substr(lineStart, byte - lineStart)) + 1;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

Result<nlohmann::json> parse(std::string_view text, const std::string &fileName)
{
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        // nlohmann's byte is 1-based and points just past the offending character.
        const std::size_t byte = e.byte > 0 ? e.byte - 1 : 0;
        std::string what = e.what();
        const auto pos = what.find("syntax error");
        if (pos != std::string::npos)
            what = what.substr(pos);
        return Status(ErrorCode::ParseError,
                      fileName + ": " + location(text, byte) + ": invalid JSON: " + what);
    }
}

} // namespace mizan::jsonutil
