#include "ui/corpus/exportwarning.h"

#include <QCoreApplication>

namespace mizan::ui {

namespace {
// lupdate files free-function tr() calls in this namespace under the context "mizan::ui".
QString tr(const char *text, const char *comment, int n)
{
    return QCoreApplication::translate("mizan::ui", text, comment, n);
}
} // namespace

QString exportLossMessage(const ExportLoss &loss)
{
    const int n = static_cast<int>(loss.count);
    switch (loss.kind) {
    case LossKind::TargetCategories:
        return tr("%n target category(ies): the SemEval 2014 layout has no category on aspect terms.", nullptr, n);
    case LossKind::ReviewOpinions: return tr("%n review-level opinion(s) would be lost.", nullptr, n);
    case LossKind::EmptyCategories:
        return tr("%n opinion(s) without a category would be written with category=\"\", which SemEval tools reject.",
                  nullptr, n);
    case LossKind::OpinionTargets:
        return tr("%n opinion target(s) (with category and polarity) would be lost.", nullptr, n);
    case LossKind::SentenceOpinions: return tr("%n sentence-level opinion(s) would be lost.", nullptr, n);
    case LossKind::ReviewMarks: return tr("%n review mark(s) would be lost.", nullptr, n);
    case LossKind::OutOfScopeMarks: return tr("%n out-of-scope mark(s) would be lost.", nullptr, n);
    case LossKind::ExtraAttributes: return tr("%n sentence(s) or review(s) would lose extra attributes.", nullptr, n);
    case LossKind::Spacing:
        return tr("%n sentence(s) would have their spacing rewritten as single spaces.", nullptr, n);
    }
    return QString::fromStdString(loss.message);
}

QStringList exportLossMessages(const Corpus &corpus, CorpusFormat format)
{
    QStringList out;
    for (const ExportLoss &loss : exportLosses(corpus, format))
        out << exportLossMessage(loss);
    return out;
}

} // namespace mizan::ui
