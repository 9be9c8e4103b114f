#include "ui/annotation/transformerretrain.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include "common/resources.h"
#include "corpus/corpusio.h"
#include "train/preset.h"
#include "ui/annotation/rankjob.h"

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
    connect(&m_job, &TrainingJob::failed, this, [this](const QString &message) { m_failure = message; });
    connect(&m_job, &TrainingJob::stopped, this, &TransformerRetrain::onStopped);
}

TransformerRetrain::~TransformerRetrain()
{
    if (!m_job.isRunning())
        return;
    m_job.requestStop();
    m_job.wait(-1);
    QDir(m_stageDir).removeRecursively();  // a run that never completed, written by start()
}

bool TransformerRetrain::start(const Corpus &corpus, const QString &key, QString *error)
{
    if (m_job.isRunning()) {
        *error = tr("A transformer retrain is running.");
        return false;
    }
    const Corpus annotated = annotatedOnly(corpus);
    if (annotated.documents.empty()) {
        *error = tr("Nothing is annotated yet.");
        return false;
    }
    const QString root = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("active-models/%1").arg(key));
    const QString stage =
        QDir(root).filePath(QStringLiteral("run-%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    if (!QDir().mkpath(stage)) {
        *error = tr("Cannot create the folder %1.").arg(stage);
        return false;
    }
    const QString corpusFile = QDir(stage).filePath(QStringLiteral("annotated.jsonl"));
    const Status written = exportCorpus(annotated, corpusFile.toStdString(), CorpusFormat::JsonlMizan);
    if (!written.isOk()) {
        QDir(stage).removeRecursively();
        *error = QString::fromStdString(written.message());
        return false;
    }
    TrainParams p = m_params;
    p.trainCorpora = {corpusFile.toStdString()};
    p.devCorpora.clear();
    p.resumeDir.clear();
    p.outDir = QDir(stage).filePath(QStringLiteral("model")).toStdString();
    m_finished.reset();
    m_failure.clear();
    m_stageDir = stage;
    if (!m_job.start(std::move(p))) {
        QDir(stage).removeRecursively();
        m_stageDir.clear();
        *error = tr("A transformer retrain is running.");
        return false;
    }
    Q_EMIT progress(tr("Training the transformer on %n annotated sentence(s)", nullptr,
                       int(RankJob::annotatedSentences(annotated).size())));
    return true;
}

void TransformerRetrain::stop() { m_job.requestStop(); }

void TransformerRetrain::onStopped()
{
    const bool completed = m_failure.isEmpty() && m_finished && m_finished->reason != StopReason::Cancelled &&
                           !m_finished->modelDir.empty() && QDir(QString::fromStdString(m_finished->modelDir)).exists();
    if (!completed) {
        QDir(m_stageDir).removeRecursively();  // ours: written by start()
        m_stageDir.clear();
        const QString why = !m_failure.isEmpty() ? m_failure : tr("the training was stopped");
        Q_EMIT done(false, m_modelDir.isEmpty() ? tr("No transformer: %1.").arg(why)
                                                : tr("The transformer was not replaced (%1); the last good model is kept.").arg(why));
        return;
    }
    if (!m_runDir.isEmpty())
        QDir(m_runDir).removeRecursively();  // the model it replaces, also written here
    m_runDir = m_stageDir;
    m_stageDir.clear();
    m_modelDir = QString::fromStdString(m_finished->modelDir);
    Q_EMIT done(true, tr("Transformer retrained (best score %1).").arg(m_finished->bestScore, 0, 'f', 3));
}

} // namespace mizan::ui
