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

bool ImportReport::hasErrors() const
{
    return errorCount() > 0;
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

void ImportReport::warn(const std::string &file, std::size_t line, std::size_t column, std::string message)
{
    issues.push_back({Severity::Warning, file, line, column, std::move(message)});
}

void ImportReport::error(const std::string &file, std::size_t line, std::size_t column, std::string message)
{
    issues.push_back({Severity::Error, file, line, column, std::move(message)});
}

} // namespace mizan
