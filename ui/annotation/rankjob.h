#pragma once
// Ranks sentences to annotate next off the GUI thread (a BackgroundTask): with a model folder, or
// with a linear baseline retrained on the sentences annotated so far (kept in memory for the
// next rankings; a retrain also scores the round for the learning curve, scoreAnnotated).
// Progress and the result come back by signal on the GUI thread; the job can be stopped, and
// its destructor stops and waits.
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "annotation/learningcurve.h"
#include "annotation/ranker.h"
#include "baseline/baselinemodel.h"
#include "corpus/corpus.h"
#include "ui/common/backgroundtask.h"

namespace mizan::ui {

struct RankRequest {
    enum class Model { Folder, Baseline, Retrain };
    Model model = Model::Baseline;
    QString modelDir;                          // Folder
    std::shared_ptr<const BaselineModel> baseline;  // Baseline (the last retrained one)
    Corpus corpus;                             // a copy of the open corpus
    RankOptions options;                       // stop and progress are set by the job
};

struct RankOutcome {
    bool ok = false;
    QString error;
    std::vector<RankedSentence> ranked;  // corpus index 0: the request's corpus
    std::shared_ptr<const BaselineModel> retrained;  // set after Retrain
    std::size_t trainedOn = 0;                       // sentences the retrained model saw
    // After Retrain: the learning-curve round (scoreAnnotated), or why there is none.
    std::optional<LearningRound> round;
    QString roundError;
};

class RankJob : public QObject {
    Q_OBJECT
public:
    explicit RankJob(QObject *parent = nullptr);
    ~RankJob() override;

    // Starts `request`; false (and nothing started) while another job runs.
    bool start(RankRequest request);
    void stop();
    bool isRunning() const { return m_task.isRunning(); }

    // The annotated sentences a retrain learns from: any with an opinion or an entity, or
    // marked reviewed (pointers into `corpus`).
    static std::vector<const Sentence *> annotatedSentences(const Corpus &corpus);

Q_SIGNALS:
    void progress(int done, int total, const QString &stage);
    void finished(std::shared_ptr<mizan::ui::RankOutcome> outcome);

private:
    std::shared_ptr<RankOutcome> run(RankRequest request);

    BackgroundTask<std::shared_ptr<RankOutcome>> m_task;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace mizan::ui
