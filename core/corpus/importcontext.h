#pragma once
// Internal to the importers: where problems go and what strict mode does with them.
#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "corpus/importreport.h"
#include "corpus/lineindex.h"

namespace mizan::detail {

// Thrown to stop an import (strict mode's first error, or a fatal one); the issue is
// already in the report when it is thrown.
struct ImportStopped : std::runtime_error {
    ImportStopped() : std::runtime_error("import stopped") {}
};

template <class Make>
using IfMessageMaker = std::enable_if_t<std::is_invocable_r_v<std::string, Make>>;
template <class Where>
using IfPositionMaker = std::enable_if_t<std::is_invocable_r_v<TextPosition, Where>>;

class ImportContext {
public:
    // Warnings listed per kind; the rest of a kind are counted and summed up by finish(), so a
    // file with 100,000 bad elements costs a counter, not 100,000 messages.
    static constexpr std::size_t kListedPerKind = 100;

    ImportContext(std::string file, bool strict, ImportReport &report)
        : m_file(std::move(file)), m_strict(strict), m_report(report) {}

    // Starts position lookups in `text` (call again after replacing the buffer).
    void setText(std::string_view text) { m_index.emplace(text); }
    TextPosition at(std::size_t byteOffset) const {
        return m_index ? m_index->position(byteOffset) : TextPosition{};
    }

    // Something wrong with the data that lenient mode repairs or skips: a warning in lenient
    // mode, an error that stops the import in strict mode. `kind` names the check (its
    // messages differ in names and numbers); `make` builds the message only when it is listed,
    // and `where` (a position, or a function giving one) is only asked when it is needed.
    template <class Make, class = IfMessageMaker<Make>>
    void problem(TextPosition where, std::string_view kind, Make &&make) {
        problem([where] { return where; }, kind, std::forward<Make>(make));
    }
    template <class Where, class Make, class = IfPositionMaker<Where>, class = IfMessageMaker<Make>>
    void problem(Where &&where, std::string_view kind, Make &&make) {
        if (m_strict)
            fatal(where(), make());
        note(std::forward<Where>(where), kind, std::forward<Make>(make));
    }
    // A remark that never stops an import (format detected, DOCTYPE ignored...).
    template <class Make, class = IfMessageMaker<Make>>
    void note(TextPosition where, std::string_view kind, Make &&make) {
        note([where] { return where; }, kind, std::forward<Make>(make));
    }
    template <class Where, class Make, class = IfPositionMaker<Where>, class = IfMessageMaker<Make>>
    void note(Where &&where, std::string_view kind, Make &&make) {
        const std::size_t seen = count(kind);
        if (seen <= kListedPerKind) {
            const TextPosition pos = where();
            m_report.warn(m_file, pos.line, pos.column, make());
        } else if (seen == kListedPerKind + 1) {
            m_kinds.find(kind)->second.firstUnlisted = where();
        }
    }
    // The same for a fixed message, which is its own kind.
    void problem(TextPosition pos, const std::string &message) {
        problem(pos, message, [&] { return message; });
    }
    void note(TextPosition pos, const std::string &message) {
        note(pos, message, [&] { return message; });
    }
    // The file cannot be read as the format at all.
    [[noreturn]] void fatal(TextPosition pos, const std::string &message) {
        m_report.error(m_file, pos.line, pos.column, message);
        throw ImportStopped();
    }

    // One warning per kind that had more than kListedPerKind, saying how many were not listed.
    void finish();

    bool strict() const { return m_strict; }
    const std::string &file() const { return m_file; }

private:
    struct KindCount {
        std::size_t seen = 0;
        TextPosition firstUnlisted;
    };
    // How many warnings of `kind` so far, this one included.
    std::size_t count(std::string_view kind);

    std::string m_file;
    bool m_strict;
    ImportReport &m_report;
    std::optional<LineIndex> m_index;
    std::map<std::string, KindCount, std::less<>> m_kinds;
};

} // namespace mizan::detail
