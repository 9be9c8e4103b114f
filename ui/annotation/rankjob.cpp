#include "ui/annotation/rankjob.h"

#include <QCoreApplication>
#include <QMetaObject>

#include "common/errortext.h"
#include "annotation/baselinesignals.h"
#include "annotation/predictorsignals.h"

namespace mizan::ui {

RankJob::RankJob(QObject *parent) : QObject(parent)
{
    connect(&m_task, &BackgroundTaskBase::finished, this, [this] {
        std::shared_ptr<RankOutcome> outcome = m_task.result();
        if (!outcome) {  // run() threw before its own try (out of memory)
            outcome = std::make_shared<RankOutcome>();
            outcome->error = m_task.error();
        }
        Q_EMIT finished(outcome);
    });
}

RankJob::~RankJob()
{
    stop();
    m_task.waitForFinished();
}

void RankJob::stop()
{
    if (m_stop)
        m_stop->store(true);
}

std::vector<const Sentence *> RankJob::annotatedSentences(const Corpus &corpus)
{
    std::vector<const Sentence *> out;
    for (const Document &d : corpus.documents)
        for (const Sentence &s : d.sentences)
            if (s.reviewed || !s.opinions.empty() || !s.entities.empty())
                out.push_back(&s);
    return out;
}

bool RankJob::start(RankRequest request)
{
    if (m_task.isRunning())
        return false;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    request.options.stop = m_stop.get();
    m_task.start([this, r = std::move(request)]() mutable { return run(std::move(r)); });
    return true;
}

std::shared_ptr<RankOutcome> RankJob::run(RankRequest request)
{
    auto out = std::make_shared<RankOutcome>();
    // Emitted on this worker thread: receivers on the GUI thread get it queued (as TrainingJob's
    // events), with no functor object shared by the two threads.
    const auto report = [this](int done, int total, const QString &stage) { Q_EMIT progress(done, total, stage); };
    const QString scoring = QCoreApplication::translate("RankJob", "Scoring sentences");
    request.options.progress = [&](std::size_t done, std::size_t total) {
        if (done % 25 == 0 || done == total)
            report(int(done), int(total), scoring);
    };
    try {
        std::unique_ptr<SignalSource> source;
        std::unique_ptr<PredictorSignals> folder;
        std::shared_ptr<const BaselineModel> baseline = request.baseline;
        if (request.model == RankRequest::Model::Retrain) {
            report(0, 0, QCoreApplication::translate("RankJob", "Training the baseline"));
            const std::vector<const Sentence *> annotated = annotatedSentences(request.corpus);
            auto trained = BaselineModel::train(annotated, BaselineOptions{}, {}, request.options.stop);
            if (!trained) {
                out->error = QString::fromStdString(trained.error());
                return out;
            }
            baseline = std::make_shared<const BaselineModel>(std::move(*trained));
            out->retrained = baseline;
            out->trainedOn = annotated.size();
            report(0, 0, QCoreApplication::translate("RankJob", "Scoring this round on held-out reviews"));
            auto round = scoreAnnotated(request.corpus, BaselineOptions{}, request.options.stop);
            if (round) {
                out->round = std::move(*round);
                out->round->strategy = rankStrategyName(request.options.strategy);
            } else if (round.status().code() == ErrorCode::Cancelled) {
                out->error = QString::fromStdString(round.error());
                return out;  // stopped: no ranking either
            } else {
                out->roundError = QString::fromStdString(round.error());
            }
        }
        if (request.model == RankRequest::Model::Folder && request.options.strategy != RankStrategy::Random) {
            report(0, 0, QCoreApplication::translate("RankJob", "Loading the model"));
            auto loaded = PredictorSignals::load(request.modelDir.toStdString());
            if (!loaded) {
                out->error = QString::fromStdString(loaded.error());
                return out;
            }
            source = std::move(*loaded);
        } else if (baseline) {
            source = std::make_unique<BaselineSignals>(*baseline);
        }
        auto ranked = rankCorpora({&request.corpus}, source.get(), request.options);
        if (!ranked) {
            out->error = QString::fromStdString(ranked.error());
            return out;
        }
        out->ranked = std::move(*ranked);
        out->ok = true;
    } catch (const std::exception &e) {
        out->error = QString::fromStdString(mizan::errorText(e));
    }
    return out;
}

} // namespace mizan::ui
