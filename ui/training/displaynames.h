#pragma once
// What the UI shows for the identifiers training and evaluation use (tasks, metrics, stop
// reasons, polarity labels): translated names. Files, the log's CSV and runs.json keep the
// identifiers; an identifier without a name here is shown as it is.
#include <QString>

namespace mizan::ui {

QString taskDisplayName(const QString &task);          // "sentiment" -> "sentiment" / "المشاعر"
QString metricDisplayName(const QString &metric);      // "macro_f1" -> "macro-F1"
QString stopReasonDisplayName(const QString &reason);  // "early-stopping" -> "early stopping"
QString skipReasonDisplayName(const QString &reason);  // "loss is NaN" (a skipped step's reason), translated
// Polarity labels ("positive", ...) and the target span label translated; any other label
// (categories, entity types) unchanged.
QString labelDisplayName(const QString &label);

} // namespace mizan::ui
