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
#include <vector>

#include "corpus/importreport.h"
#include "corpus/lineindex.h"

namespace mizan::detail {

// Thrown to stop an import (strict mode's first error, or a fatal one); the issue is
// already in the report when it is thrown.
struct ImportStopped : std::runtime_error {
    ImportStopped() : std::runtime_error("import stopped") {}
};

template <class Make>
using IfArgsMaker = std::enable_if_t<std::is_invocable_r_v<std::vector<std::string>, Make>>;
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
    // mode, an error that stops the import in strict mode. Each takes the problem's code (its
    // kind, see corpus/issuecode.h) and its arguments; `make` (a function giving the arguments)
    // is only called when the warning is listed, and `where` (a position, or a function giving
    // one) only when it is needed.
    void problem(TextPosition pos, IssueCode code, std::vector<std::string> args = {}) {
        problem([pos] { return pos; }, code, [&args] { return std::move(args); });
    }
    template <class Make, class = IfArgsMaker<Make>>
    void problem(TextPosition where, IssueCode code, Make &&make) {
        problem([where] { return where; }, code, std::forward<Make>(make));
    }
    template <class Where, class Make, class = IfPositionMaker<Where>, class = IfArgsMaker<Make>>
    void problem(Where &&where, IssueCode code, Make &&make) {
        if (m_strict)
            fatal(where(), code, make());
        note(std::forward<Where>(where), code, std::forward<Make>(make));
    }
    // A remark that never stops an import (format detected, DOCTYPE ignored...).
    void note(TextPosition pos, IssueCode code, std::vector<std::string> args = {}) {
        note([pos] { return pos; }, code, [&args] { return std::move(args); });
    }
    template <class Make, class = IfArgsMaker<Make>>
    void note(TextPosition where, IssueCode code, Make &&make) {
        note([where] { return where; }, code, std::forward<Make>(make));
    }
    template <class Where, class Make, class = IfPositionMaker<Where>, class = IfArgsMaker<Make>>
    void note(Where &&where, IssueCode code, Make &&make) {
        // IssueCode::Other has no kind but its message, so its arguments are its key.
        std::vector<std::string> args;
        if (code == IssueCode::Other)
            args = make();
        KindCount &kind = count(code, code == IssueCode::Other && !args.empty() ? args.front() : std::string());
        if (kind.seen <= kListedPerKind) {
            const TextPosition pos = where();
            m_report.add(Severity::Warning, m_file, pos.line, pos.column, code,
                         code == IssueCode::Other ? std::move(args) : make());
        } else if (kind.seen == kListedPerKind + 1) {
            kind.firstUnlisted = where();
            kind.example = issueMessage(code, code == IssueCode::Other ? args : make());
        }
    }
    // The file cannot be read as the format at all.
    [[noreturn]] void fatal(TextPosition pos, IssueCode code, std::vector<std::string> args = {}) {
        m_report.add(Severity::Error, m_file, pos.line, pos.column, code, std::move(args));
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
        std::string example;  // the first unlisted warning's message
    };
    // Counts one more warning of `code` (`key` tells IssueCode::Other's apart).
    KindCount &count(IssueCode code, const std::string &key);

    std::string m_file;
    bool m_strict;
    ImportReport &m_report;
    std::optional<LineIndex> m_index;
    std::map<std::pair<IssueCode, std::string>, KindCount> m_kinds;
};

} // namespace mizan::detail
