#pragma once
// A core error in the UI language. A message core built from a problem code
// (core/common/problem: parseProblem finds the code and arguments again) is worded by its
// code, its arguments (paths, names, numbers) isolated left-to-right; core's English
// explanation, where one is among the arguments or where the message has no code at all, goes
// in a separate, isolated "Details" line after the translated sentence, never inside it.
#include <QCoreApplication>
#include <QString>

#include "common/problem.h"

namespace mizan::ui {

class ProblemText {
    Q_DECLARE_TR_FUNCTIONS(ProblemText)
public:
    // The problem worded in the UI language; empty for ProblemCode::None.
    static QString message(const Problem &problem);
    // `lead` (a translated sentence: "Cannot load the model.") followed by core's message
    // `english` worded by its code, or by a Details line holding `english` where it has none.
    static QString failure(const QString &lead, const QString &english);
    // "Details: <english>" with the English isolated left-to-right.
    static QString details(const QString &english);
};

} // namespace mizan::ui
