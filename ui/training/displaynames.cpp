#include "ui/training/displaynames.h"

#include <QCoreApplication>

#include <iterator>

#include "ui/annotate/renderings.h"

namespace mizan::ui {

namespace {

struct Name {
    const char *id;
    const char *text;
};

const Name kTasks[] = {
    {"targets", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "targets")},
    {"sentiment", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "sentiment")},
    {"ner", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "entities")},
    {"categories", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "aspect categories")},
    {"target_categories", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "target categories")},
    {"mlm", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "masked words")},
    {"encoder", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "encoder")},
};
const Name kMetrics[] = {
    {"f1", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "F1")},
    {"accuracy", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "accuracy")},
    {"macro_f1", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "macro-F1")},
    {"weighted_f1", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "weighted F1")},
    {"precision", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "precision")},
    {"recall", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "recall")},
    {"token_accuracy", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "token accuracy")},
    {"slot12_f1", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "slot 1+2 F1")},
    {"score", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "score")},
};
const Name kStopReasons[] = {
    {"completed", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "completed")},
    {"cancelled", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "stopped by you")},
    {"time-budget", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "time budget reached")},
    {"early-stopping", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "early stopping")},
    {"too-many-bad-steps", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "too many bad steps")},
    {"failed", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "failed")},
};
// Why the trainer skipped a step (core/train/trainloop, pretrainer): a diverging run's NaN.
const Name kSkipReasons[] = {
    {"loss is NaN", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "the loss is not a number (NaN)")},
    {"loss is infinite", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "the loss is infinite")},
    {"loss is not finite", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "the loss is not finite")},
    {"gradient norm is not finite", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "the gradient norm is not finite")},
};
// Span labels the evaluation uses for opinion targets, and the confusions' "nothing".
const Name kSpanLabels[] = {
    {"target", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "target")},
    {"TARGET", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "target")},
    // A confusion's missed / spurious row and column (the Results panel; eval/categoryscore.h).
    {"(none)", QT_TRANSLATE_NOOP("mizan::ui::DisplayNames", "(none)")},
};

template <std::size_t N>
QString lookUp(const Name (&names)[N], const QString &id)
{
    for (const Name &n : names)
        if (id == QLatin1String(n.id))
            return QCoreApplication::translate("mizan::ui::DisplayNames", n.text);
    return id;
}

} // namespace

QString taskDisplayName(const QString &task) { return lookUp(kTasks, task); }
QString metricDisplayName(const QString &metric) { return lookUp(kMetrics, metric); }
QString stopReasonDisplayName(const QString &reason) { return lookUp(kStopReasons, reason); }
QString skipReasonDisplayName(const QString &reason) { return lookUp(kSkipReasons, reason); }

QString labelDisplayName(const QString &label)
{
    const auto polarity = parsePolarity(label.toStdString());
    return polarity ? polarityText(*polarity) : lookUp(kSpanLabels, label);
}

} // namespace mizan::ui
