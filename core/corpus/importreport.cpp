#include "corpus/importreport.h"

#include <algorithm>

namespace mizan {

std::string ImportIssue::toString() const
{
    std::string s = file;
    if (line > 0) {
        s += ':' + std::to_string(line);
        if (column > 0)
            s += ':' + std::to_string(column);
    }
    s += severity == Severity::Error ? ": error: " : ": warning: ";
    s += message;
    return s;
}

std::size_t ImportReport::warningCount() const
{
    const auto listed = static_cast<std::size_t>(std::count_if(issues.begin(), issues.end(), [](const ImportIssue &i) {
        return i.severity == Severity::Warning;
    }));
    return listed + unlistedWarnings - summaryWarnings;
}

std::size_t ImportReport::errorCount() const
{
    return static_cast<std::size_t>(std::count_if(issues.begin(), issues.end(), [](const ImportIssue &i) {
        return i.severity == Severity::Error;
    }));
}

void ImportReport::add(Severity severity, const std::string &file, std::size_t line, std::size_t column,
                       IssueCode code, std::vector<std::string> args)
{
    std::string message = issueMessage(code, args);
    issues.push_back({severity, file, line, column, std::move(message), code, std::move(args)});
}

void ImportReport::warn(const std::string &file, std::size_t line, std::size_t column, std::string message)
{
    add(Severity::Warning, file, line, column, IssueCode::Other, {std::move(message)});
}

void ImportReport::error(const std::string &file, std::size_t line, std::size_t column, std::string message)
{
    add(Severity::Error, file, line, column, IssueCode::Other, {std::move(message)});
}

} // namespace mizan
