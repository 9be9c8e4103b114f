#pragma once
// The queue's optional transformer retrain: writes the sentences annotated so far to a file (on
// a thread of its own) and trains a model on them (TrainingJob: its own thread, stoppable) into a
// fresh folder under the application data folder (active-models/<key>/run-<time>), and only a
// run that completes replaces the model the queue ranks with: a stopped or failed run is
// removed and the last good model is kept. The folder of the model it replaces is removed too
// when this class wrote it.
#include <QObject>
#include <QString>

#include <optional>

#include "corpus/corpus.h"
#include "train/trainer.h"
#include "ui/common/backgroundtask.h"
#include "ui/training/trainingworker.h"

namespace mizan::ui {

class TransformerRetrain : public QObject {
    Q_OBJECT
public:
    explicit TransformerRetrain(QObject *parent = nullptr);
    ~TransformerRetrain() override;

    // The settings of every retrain (preset, steps, encoder); the corpora and the output
    // folder are set here. Default: the "fast" preset, one thread.
    void setParams(const TrainParams &params) { m_params = params; }
    const TrainParams &params() const { return m_params; }
    // Starts a run on the annotated sentences of `corpus` (RankJob::annotatedSentences), kept
    // under a folder named by `key` (e.g. a hash of the corpus path). False with `error` set
    // when nothing is annotated, a folder cannot be written, or a run is going.
    bool start(const Corpus &corpus, const QString &key, QString *error);
    void stop();
    bool isRunning() const { return m_busy; }
    // The last model a completed run left ("" before the first).
    const QString &modelDir() const { return m_modelDir; }

Q_SIGNALS:
    void progress(const QString &text);
    // The run ended: `replaced` when it completed and modelDir() is its model; otherwise
    // `message` says why and the previous model (if any) is kept.
    void done(bool replaced, const QString &message);

private:
    void onExported();
    void onStopped();
    void fail(const QString &why);

    BackgroundTask<QString> m_export;  // the annotated sentences written: "" or the error
    TrainingJob m_job;
    TrainParams m_run;  // the running retrain's params (corpus and output set)
    bool m_busy = false;
    bool m_stopRequested = false;
    TrainParams m_params;
    QString m_modelDir;  // the last good model
    QString m_runDir;    // the folder holding it (written here), removed when replaced
    QString m_stageDir;  // the running run's folder
    std::optional<FinishedEvent> m_finished;
    QString m_failure;         // in the UI language
    QString m_failureDetails;  // core's English account where it has no code
};

} // namespace mizan::ui
