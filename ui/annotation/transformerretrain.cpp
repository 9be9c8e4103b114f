#include "ui/annotation/transformerretrain.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include "common/resources.h"
#include "corpus/corpusio.h"
#include "train/preset.h"
#include "ui/annotation/rankjob.h"
#include "ui/common/problemtext.h"

namespace mizan::ui {
namespace {

// The sentences a retrain learns from, in their documents (documents left empty dropped).
Corpus annotatedOnly(const Corpus &corpus)
{
    Corpus out = corpus;
    out.documents.clear();
    for (const Document &d : corpus.documents) {
        Document kept = d;
        kept.sentences.clear();
        for (const Sentence &s : d.sentences)
            if (s.reviewed || !s.opinions.empty() || !s.entities.empty())
                kept.sentences.push_back(s);
        if (!kept.sentences.empty())
            out.documents.push_back(std::move(kept));
    }
    return out;
}

} // namespace

TransformerRetrain::TransformerRetrain(QObject *parent) : QObject(parent)
{
    const std::string fast = findResource("presets/fast.json");
    if (auto preset = loadPreset(fast.empty() ? "fast" : fast, {}))
        m_params.preset = *preset;
    m_params.threads = 1;
    connect(&m_job, &TrainingJob::stepped, this, [this](const StepEvent &e) {
        Q_EMIT progress(tr("Training the transformer: step %1 of %2").arg(e.step).arg(e.totalSteps));
    });
    connect(&m_job, &TrainingJob::finished, this, [this](const FinishedEvent &e) { m_finished = e; });
    connect(&m_job, &TrainingJob::failed, this, [this](const QString &message) {
        // Worded in the UI language where core's message has a code; otherwise a short lead and
        // core's English account as a separate Details line.
        const QString worded = ProblemText::message(parseProblem(message.toStdString()).value_or(Problem{}));
        m_failure = worded.isEmpty() ? tr("the training failed") : worded;
        m_failureDetails = worded.isEmpty() ? message : QString();
    });
    connect(&m_job, &TrainingJob::stopped, this, &TransformerRetrain::onStopped);
    connect(&m_export, &BackgroundTaskBase::finished, this, &TransformerRetrain::onExported);
}

TransformerRetrain::~TransformerRetrain()
{
    if (!m_busy)
        return;
    m_export.waitForFinished();
    m_job.requestStop();
    m_job.wait(-1);
    QDir(m_stageDir).removeRecursively();  // a run that never completed, written by start()
}

bool TransformerRetrain::start(const Corpus &corpus, const QString &key, QString *error)
{
    if (m_busy) {
        *error = tr("A transformer retrain is running.");
        return false;
    }
    Corpus annotated = annotatedOnly(corpus);
    if (annotated.documents.empty()) {
        *error = tr("Nothing is annotated yet.");
        return false;
    }
    const QString root = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("active-models/%1").arg(key));
    const QString stage = QDir(root).filePath(
        QStringLiteral("run-%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    if (!QDir().mkpath(stage)) {
        *error = tr("Cannot create the folder %1.").arg(stage);
        return false;
    }
    const QString corpusFile = QDir(stage).filePath(QStringLiteral("annotated.jsonl"));
    m_run = m_params;
    m_run.trainCorpora = {corpusFile.toStdString()};
    m_run.devCorpora.clear();
    m_run.resumeDir.clear();
    m_run.outDir = QDir(stage).filePath(QStringLiteral("model")).toStdString();
    m_finished.reset();
    m_failure.clear();
    m_failureDetails.clear();
    m_stageDir = stage;
    m_busy = true;
    m_stopRequested = false;
    const int sentences = int(RankJob::annotatedSentences(annotated).size());
    m_export.start([a = std::move(annotated), path = corpusFile.toStdString()] {
        const Status written = exportCorpus(a, path, CorpusFormat::JsonlMizan);
        return written.isOk() ? QString() : QString::fromStdString(written.message());
    });
    Q_EMIT progress(tr("Training the transformer on %n annotated sentence(s)", nullptr, sentences));
    return true;
}

void TransformerRetrain::onExported()
{
    const QString written = m_export.error().isEmpty() ? m_export.result() : m_export.error();
    if (m_stopRequested)
        return fail(tr("the training was stopped"));
    if (!written.isEmpty())
        return fail(written);
    if (!m_job.start(m_run))
        return fail(tr("A transformer retrain is running."));
}

void TransformerRetrain::fail(const QString &why)
{
    QDir(m_stageDir).removeRecursively();  // ours: written by start()
    m_stageDir.clear();
    m_busy = false;
    const QString text = m_modelDir.isEmpty()
                             ? tr("No transformer: %1.").arg(why)
                             : tr("The transformer was not replaced (%1); the last good model is kept.").arg(why);
    Q_EMIT done(false, m_failureDetails.isEmpty() ? text
                                                  : text + QLatin1Char('\n') + ProblemText::details(m_failureDetails));
}

void TransformerRetrain::stop()
{
    if (!m_busy)
        return;
    m_stopRequested = true;
    m_job.requestStop();
}

void TransformerRetrain::onStopped()
{
    const bool completed = m_failure.isEmpty() && m_finished && m_finished->reason != StopReason::Cancelled &&
                           !m_finished->modelDir.empty() && QDir(QString::fromStdString(m_finished->modelDir)).exists();
    if (!completed)
        return fail(!m_failure.isEmpty() ? m_failure : tr("the training was stopped"));
    if (!m_runDir.isEmpty())
        QDir(m_runDir).removeRecursively();  // the model it replaces, also written here
    m_runDir = m_stageDir;
    m_stageDir.clear();
    m_modelDir = QString::fromStdString(m_finished->modelDir);
    m_busy = false;
    Q_EMIT done(true, tr("Transformer retrained (best score %1).").arg(m_finished->bestScore, 0, 'f', 3));
}

} // namespace mizan::ui
