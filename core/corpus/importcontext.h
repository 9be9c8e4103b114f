#pragma once
// Internal to the importers: where problems go and what strict mode does with them.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/importreport.h"
#include "corpus/lineindex.h"

namespace mizan::detail {

// Thrown to stop an import (strict mode's first error, or a fatal one); the issue is
// already in the report when it is thrown.
struct ImportStopped : std::runtime_error {
    ImportStopped() : std::runtime_error("import stopped") {}
};

class ImportContext {
public:
    ImportContext(std::string file, bool strict, ImportReport &report)
        : m_file(std::move(file)), m_strict(strict), m_report(report) {}

    // Starts position lookups in `text` (call again after replacing the buffer).
    void setText(std::string_view text) { m_index.emplace(text); }
    TextPosition at(std::size_t byteOffset) const {
        return m_index ? m_index->position(byteOffset) : TextPosition{};
    }

    // Something wrong with the data that lenient mode repairs or skips: a warning in lenient
    // mode, an error that stops the import in strict mode.
    // Each takes the problem's code and its arguments (see corpus/issuecode.h).
    void problem(TextPosition pos, IssueCode code, std::vector<std::string> args = {}) {
        if (m_strict)
            fatal(pos, code, std::move(args));
        m_report.add(Severity::Warning, m_file, pos.line, pos.column, code, std::move(args));
    }
    // A remark that never stops an import (format detected, DOCTYPE ignored...).
    void note(TextPosition pos, IssueCode code, std::vector<std::string> args = {}) {
        m_report.add(Severity::Warning, m_file, pos.line, pos.column, code, std::move(args));
    }
    // The file cannot be read as the format at all.
    [[noreturn]] void fatal(TextPosition pos, IssueCode code, std::vector<std::string> args = {}) {
        m_report.add(Severity::Error, m_file, pos.line, pos.column, code, std::move(args));
        throw ImportStopped();
    }

    bool strict() const { return m_strict; }
    const std::string &file() const { return m_file; }

private:
    std::string m_file;
    bool m_strict;
    ImportReport &m_report;
    std::optional<LineIndex> m_index;
};

} // namespace mizan::detail
