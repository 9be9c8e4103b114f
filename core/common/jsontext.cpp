#include "common/jsontext.h"

#include <algorithm>

#include "common/brieftext.h"
#include "common/utf8.h"

namespace mizan {
namespace {

// First byte where brackets nest deeper than kMaxJsonDepth (outside strings), or npos.
std::size_t tooDeepAt(std::string_view text)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

std::string withoutPrefix(std::string what)
{
    if (what.rfind("[json.exception.", 0) == 0) {
        const auto close = what.find("] ");
        if (close != std::string::npos)
            what.erase(0, close + 2);
    }
    // "parse error at line 1, column 5: syntax error ..." -> "syntax error ..."
    if (what.rfind("parse error", 0) == 0) {
        const auto colon = what.find(": ");
        if (colon != std::string::npos)
            what.erase(0, colon + 2);
    }
    return utf8::brief(what, 120);
}

} // namespace

bool parseJson(std::string_view text, nlohmann::json &out, JsonError &error)
{
    if (const std::size_t deep = tooDeepAt(text); deep != std::string_view::npos) {
        error = {deep, "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"};
        return false;
    }
    try {
        out = nlohmann::json::parse(text.begin(), text.end());
        return true;
    } catch (const nlohmann::json::parse_error &e) {
        // nlohmann's byte is 1-based and points just past the offending character.
        error = {e.byte > 0 ? std::min<std::size_t>(e.byte - 1, text.size()) : 0, withoutPrefix(e.what())};
    } catch (const nlohmann::json::exception &e) {
        // out_of_range 406 ("number overflow parsing '1e400'"): find the number it names.
        std::string what = e.what();
        std::size_t byte = 0;
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        if (open != std::string::npos && close > open + 1) {
            const auto at = text.find(std::string_view(what).substr(open + 1, close - open - 1));
            byte = at == std::string_view::npos ? 0 : at;
        }
        error = {byte, e.id == 406 ? "number out of range (" + withoutPrefix(what) + ")" : withoutPrefix(what)};
    } catch (const std::exception &) {
        error = {0, "out of memory"};
    }
    return false;
}

Result<nlohmann::json> parseJsonFile(std::string_view text, const std::string &fileName)
{
    nlohmann::json j;
    JsonError error;
    if (!parseJson(text, j, error))
        return Status(ErrorCode::ParseError,
                      fileName + ": " + jsonLocation(text, error.byte) + ": invalid JSON: " + error.message);
    return j;
}

std::string jsonLocation(std::string_view text, std::size_t byte)
{
    byte = std::min(byte, text.size());
    const std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + byte, '\n'));
    const std::size_t lastNl = text.substr(0, byte).rfind('\n');
    const std::size_t lineStart = lastNl == std::string_view::npos ? 0 : lastNl + 1;
    const std::size_t column = utf8::length(text.substr(lineStart, byte - lineStart)) + 1;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string describeJson(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::array:
        return "an array of " + std::to_string(value.size()) + " value(s)";
    case nlohmann::json::value_t::object:
        return "an object with " + std::to_string(value.size()) + " key(s)";
    case nlohmann::json::value_t::string:
        return "the string \"" + utf8::brief(value.get_ref<const std::string &>(), 40) + "\"";
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
        return std::string("a ") + value.type_name();
    default:
        return "the number " + value.dump();  // scalars only: bounded
    }
}

std::string jsonErrorText(const std::exception &e)
{
    return withoutPrefix(e.what());
}

} // namespace mizan
