#include "ui/common/problemtext.h"

#include <QDir>

#include "ui/common/bidi.h"

namespace mizan::ui {

namespace {

// The argument, isolated left-to-right (a path with native separators).
QString arg(const Problem &p, std::size_t i)
{
    const QString text = i < p.args.size() ? QString::fromStdString(p.args[i]) : QString();
    return ltr(text.contains(QLatin1Char('/')) ? QDir::toNativeSeparators(text) : text);
}

// The argument holding core's English explanation for `code`, if the wording leaves it out.
int explanationArg(ProblemCode code)
{
    switch (code) {
    case ProblemCode::CannotOpen: return 1;
    case ProblemCode::ConfigFieldInvalid: return 2;
    case ProblemCode::CorpusUnreadable: return 1;
    case ProblemCode::DeviceOutOfMemory: return 0;
    default: return -1;
    }
}

} // namespace

QString ProblemText::message(const Problem &p)
{
    const auto a = [&p](std::size_t i) { return arg(p, i); };
    switch (p.code) {
    case ProblemCode::None: return {};
    case ProblemCode::NotAModel:
        return tr("%1 is not a Mizan model: neither it nor %2 holds %3.")
            .arg(a(0), a(1), ltr(QStringLiteral("labels.json")));
    case ProblemCode::NotAFolder: return tr("%1 is not a folder.").arg(a(0));
    case ProblemCode::FileMissing: return tr("The folder %1 has no %2.").arg(a(0), a(1));
    case ProblemCode::VocabularyMissing:
    case ProblemCode::CheckpointVocabularyMissing:
        return tr("The folder %1 has no vocab.txt; a WordPiece vocabulary is required.").arg(a(0));
    case ProblemCode::CannotOpen: return tr("%1 cannot be opened.").arg(a(0));
    case ProblemCode::ConfigFieldMissing: return tr("%1 lacks the field %2.").arg(a(0), a(1));
    case ProblemCode::ConfigFieldInvalid:
        return tr("The field %2 of %1 has a value this version does not support.").arg(a(0), a(1));
    case ProblemCode::TensorMissing:
        return tr("%1 lacks the tensor %2: these weights do not belong to this model.").arg(a(0), a(1));
    case ProblemCode::TensorShape:
        return tr("In %1 the tensor %2 has the shape %3 where the model expects %4.").arg(a(0), a(1), a(2), a(3));
    case ProblemCode::TensorUnexpected:
        return tr("%1 holds the tensor %2, which the model does not have (labels.json and the weights disagree).")
            .arg(a(0), a(1));
    case ProblemCode::VocabularyTooLarge:
        return tr("The vocabulary of %1 has %2 entries but its config.json allows %3: the vocabulary does not belong "
                  "to this model.")
            .arg(a(0), a(1), a(2));
    case ProblemCode::CorpusUnreadable: return tr("The corpus %1 cannot be read.").arg(a(0));
    case ProblemCode::TaskNotAvailable:
        return tr("The training corpora have no labels for the task %1 (SemEval files give targets, sentiment and "
                  "categories; CoNLL files give named entities).")
            .arg(a(0));
    case ProblemCode::NothingToLearn:
        return tr("The training corpora have nothing to learn: no opinion targets and no entity spans.");
    case ProblemCode::TaskWithoutExamples: return tr("The task %1 has no training examples in the corpora.").arg(a(0));
    case ProblemCode::BaselineNoData:
        return tr("The baseline has nothing to learn: it needs sentences with explicit opinion targets, or with "
                  "entities.");
    case ProblemCode::OutOfMemory: return tr("Out of memory.");
    case ProblemCode::OutOfMemoryAtStep:
        return tr("Out of memory at step %1 on a batch of %2 sequences of %3 pieces: lower the batch size (now %4) or "
                  "the maximum length (now %5).")
            .arg(a(1), a(2), a(3), a(4), a(5));
    case ProblemCode::DeviceOutOfMemory: return tr("Out of memory on the GPU.");
    case ProblemCode::TrainingCancelled: return tr("The training was cancelled.");
    case ProblemCode::Count: break;
    }
    return {};
}

QString ProblemText::details(const QString &english) { return tr("Details: %1").arg(ltr(english)); }

QString ProblemText::failure(const QString &lead, const QString &english)
{
    const Problem p = parseProblem(english.toStdString()).value_or(Problem{});
    const QString worded = message(p);
    if (worded.isEmpty())
        return english.isEmpty() ? lead : lead + QLatin1Char('\n') + details(english);
    const int explanation = explanationArg(p.code);
    QString out = lead + QLatin1Char(' ') + worded;
    if (explanation >= 0 && std::size_t(explanation) < p.args.size() && !p.args[std::size_t(explanation)].empty())
        out += QLatin1Char('\n') + details(QString::fromStdString(p.args[std::size_t(explanation)]));
    return out;
}

} // namespace mizan::ui
