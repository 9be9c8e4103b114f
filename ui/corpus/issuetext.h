#pragma once
// An import issue's message in the UI language: its code's wording (translated like every
// other UI string) with the issue's arguments filled in, each isolated so a Latin name keeps
// its order inside Arabic text and an Arabic target inside English text. File, line and column
// stay in the issue; IssueCode::Other (text with no code) is shown as it is.
#include <QCoreApplication>
#include <QString>

#include "corpus/importreport.h"

namespace mizan::ui {

class IssueText {
    Q_DECLARE_TR_FUNCTIONS(IssueText)
public:
    static QString message(const ImportIssue &issue);
    static QString message(IssueCode code, const std::vector<std::string> &args);
    // The code's wording with %1..%9 still in it.
    static QString wording(IssueCode code);
    // "file:line:column: message" in the UI language (for a status line or a dialog).
    static QString located(const ImportIssue &issue);
};

} // namespace mizan::ui
