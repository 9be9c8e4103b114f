#pragma once
// Problems found while reading a corpus file, each with the file, 1-based line and column.
#include <cstddef>
#include <string>
#include <vector>

#include "corpus/issuecode.h"

namespace mizan {

// Warning: something was repaired, skipped or noted and the import went on (lenient mode).
// Error: the import stopped: the file could not be read as its format (unreadable, empty,
// not well-formed, wrong root), or strict mode met its first problem. An ImportReport with
// an error always comes with ImportResult::ok == false.
enum class Severity { Warning, Error };

struct ImportIssue {
    Severity severity = Severity::Warning;
    std::string file;
    std::size_t line = 0;    // 1-based; 0 when unknown
    std::size_t column = 0;  // 1-based; 0 when unknown
    std::string message;     // English, built from code and args
    IssueCode code = IssueCode::Other;
    std::vector<std::string> args;

    // "file:line:column: error: message"
    std::string toString() const;
};

struct ImportReport {
    std::vector<ImportIssue> issues;
    // Warnings counted but not listed (past ImportContext's limit per kind), and the listed
    // warnings that each say how many of one kind were not listed (not problems themselves).
    std::size_t unlistedWarnings = 0;
    std::size_t summaryWarnings = 0;

    std::size_t warningCount() const;  // the problems found: listed and unlisted, not the summaries
    std::size_t errorCount() const;
    // Issues with a code: the message is issueMessage(code, args).
    void add(Severity severity, const std::string &file, std::size_t line, std::size_t column, IssueCode code,
             std::vector<std::string> args);
    // Issues without a code (IssueCode::Other, the message its one argument).
    void warn(const std::string &file, std::size_t line, std::size_t column, std::string message);
    void error(const std::string &file, std::size_t line, std::size_t column, std::string message);
};

} // namespace mizan
