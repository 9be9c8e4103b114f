#pragma once
// A WordPiece vocabulary: one token per line, id = 0-based line number (vocab.txt).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/result.h"

namespace mizan {

class Vocab {
public:
    Vocab() = default;
    // Builds a vocabulary from tokens in id order. A duplicate keeps its last id, as HF does.
    explicit Vocab(std::vector<std::string> tokens);

    // Parses vocab.txt text: lines end in LF, CRLF or CR; a final line ending is optional.
    // Fails with ParseError naming `sourceName` and the line when a line is not valid UTF-8.
    static Result<Vocab> parse(std::string_view text, const std::string &sourceName);

    // Reads and parses a vocab.txt file (IoError when unreadable, else as parse()).
    static Result<Vocab> load(const std::string &path);

    std::size_t size() const { return m_tokens.size(); }
    bool contains(std::string_view token) const;
    // The id of `token`, or nothing when absent.
    std::optional<std::int64_t> find(std::string_view token) const;
    std::optional<std::int64_t> find(const std::string &token) const;  // no copy
    std::optional<std::int64_t> find(const char *token) const { return find(std::string_view(token)); }
    // The token of `id`; throws std::out_of_range when id is not in [0, size()).
    const std::string &token(std::int64_t id) const;
    const std::vector<std::string> &tokens() const { return m_tokens; }

    // The vocabulary as vocab.txt text (LF line ends).
    std::string toText() const;

private:
    std::vector<std::string> m_tokens;
    std::unordered_map<std::string, std::int64_t> m_ids;
};

} // namespace mizan
