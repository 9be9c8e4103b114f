#include "tokenize/vocab.h"

#include <stdexcept>

#include "common/atomicfile.h"
#include "common/utf8.h"

namespace mizan {

Vocab::Vocab(std::vector<std::string> tokens) : m_tokens(std::move(tokens))
{
    m_ids.reserve(m_tokens.size() * 2);
    for (std::size_t i = 0; i < m_tokens.size(); ++i)
        m_ids[m_tokens[i]] = static_cast<std::int64_t>(i);  // a duplicate keeps its last id
}

Result<Vocab> Vocab::parse(std::string_view text, const std::string &sourceName)
{
    std::vector<std::string> tokens;
    std::size_t pos = 0;
    std::size_t line = 1;
    // Python's universal newlines: LF, CRLF and a lone CR all end a line.
    while (pos < text.size()) {
        std::size_t end = text.find_first_of("\r\n", pos);
        const std::size_t stop = end == std::string_view::npos ? text.size() : end;
        std::string_view token = text.substr(pos, stop - pos);
        if (auto bad = utf8::findInvalid(token))
            return Status(ErrorCode::ParseError,
                          sourceName + ":" + std::to_string(line) + ":" + std::to_string(bad->codePoint + 1)
                              + ": invalid UTF-8 in vocabulary entry (expected UTF-8 text, one token per line)");
        tokens.emplace_back(token);
        if (end == std::string_view::npos)
            break;
        pos = end + 1;
        if (text[end] == '\r' && pos < text.size() && text[pos] == '\n')
            ++pos;
        ++line;
    }
    if (tokens.empty())
        return Status(ErrorCode::ParseError, sourceName + ":1:1: empty vocabulary (expected one token per line)");
    return Vocab(std::move(tokens));
}

Result<Vocab> Vocab::load(const std::string &path)
{
    Result<std::string> data = readFile(path);
    if (!data)
        return data.status();
    return parse(*data, path);
}

bool Vocab::contains(std::string_view token) const { return find(token).has_value(); }

std::optional<std::int64_t> Vocab::find(std::string_view token) const { return find(std::string(token)); }

std::optional<std::int64_t> Vocab::find(const std::string &token) const
{
    auto it = m_ids.find(token);
    if (it == m_ids.end())
        return std::nullopt;
    return it->second;
}

const std::string &Vocab::token(std::int64_t id) const
{
    if (id < 0 || static_cast<std::size_t>(id) >= m_tokens.size())
        throw std::out_of_range("vocabulary id " + std::to_string(id) + " outside [0, "
                                + std::to_string(m_tokens.size()) + ")");
    return m_tokens[static_cast<std::size_t>(id)];
}

std::string Vocab::toText() const
{
    std::string out;
    for (const std::string &t : m_tokens) {
        out += t;
        out += '\n';
    }
    return out;
}

} // namespace mizan
