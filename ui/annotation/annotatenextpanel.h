#pragma once
// "Annotate next": the active learning queue. Pick a model (a model folder, or the linear
// baseline retrained here on what is annotated so far), a strategy and the candidates; the
// ranked sentences appear with their scores, and a double-click opens one in the annotation
// view. Retraining and ranking run off the GUI thread (RankJob). With "Also retrain the
// transformer" ticked, a retrain then trains a transformer on the annotated sentences
// (TransformerRetrain: its own thread, Stop keeps the last good model) and the queue re-ranks
// with it once it completes. Each retrain adds a round to
// the corpus's learning curve (scores of a baseline trained on the annotated reviews, on
// reviews held out of them), drawn under the queue (LearningCurveView) and kept per corpus file.
#include <QWidget>

#include <memory>
#include <vector>

#include "annotation/learningcurve.h"
#include "annotation/ranker.h"
#include "ui/annotation/learningcurveview.h"
#include "ui/annotation/rankjob.h"
#include "ui/annotation/transformerretrain.h"
#include "ui/corpus/corpusdocument.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace mizan::ui {

class LiveChart;
class MainWindow;

class AnnotateNextPanel : public QWidget {
    Q_OBJECT
public:
    AnnotateNextPanel(CorpusDocument *document, MainWindow *window, QWidget *parent = nullptr);
    ~AnnotateNextPanel() override;

    // Ranks with the model folder `dir` from now on (Rank follows).
    void setModelFolder(const QString &dir);
    void setStrategy(RankStrategy strategy);
    void setPool(RankPool pool);
    // Starts ranking / retraining then ranking; false while a job runs.
    bool rank();
    bool retrain();
    // Stops the running ranking / retrain (a transformer retrain keeps the last good model).
    void stop();
    bool isBusy() const { return m_job.isRunning() || m_transformer.isRunning(); }
    // "Also retrain the transformer", and the retrain it drives (its params() are the
    // transformer's training settings).
    QCheckBox *transformerCheck() const { return m_withTransformer; }
    TransformerRetrain *transformerRetrain() { return &m_transformer; }
    const QString &modelFolder() const { return m_modelDir; }

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    // The sentence of a table row (invalid for a bad row).
    SentenceRef sentenceAt(int row) const;
    // The learning curve: the rounds so far (oldest first), its chart and note, and the file
    // it is kept in ("" for a corpus never saved).
    const std::vector<LearningRound> &rounds() const { return m_curveView->rounds(); }
    LiveChart *learningCurve() const { return m_curveView->chart(); }
    QLabel *curveNote() const { return m_curveView->note(); }
    QString curveFileName() const { return m_curveView->fileName(); }

Q_SIGNALS:
    // A ranking finished (ok or not); the table and status show the outcome.
    void ranked(bool ok);
    // A transformer retrain ended: `replaced` when the queue now ranks with its model.
    void transformerDone(bool replaced);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool startJob(RankRequest::Model model);
    void onFinished(const std::shared_ptr<RankOutcome> &outcome);
    void startTransformer();
    void onTransformerDone(bool replaced, const QString &message);
    void chooseFolder();
    void layOut();
    void retranslate();
    void updateButtons();

    CorpusDocument *m_document;
    MainWindow *m_window;
    RankJob m_job;
    TransformerRetrain m_transformer;
    bool m_transformerNext = false;  // the running retrain goes on with the transformer
    std::shared_ptr<const BaselineModel> m_baseline;  // the last retrained one
    QString m_modelDir;
    QComboBox *m_source;
    QComboBox *m_strategy;
    QComboBox *m_pool;
    QSpinBox *m_top;
    QPushButton *m_folderButton;
    QPushButton *m_rankButton;
    QPushButton *m_retrainButton;
    QCheckBox *m_withTransformer;
    QPushButton *m_stopButton;
    QLabel *m_modelLabel;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QLabel *m_labels[4] = {};
    LearningCurveView *m_curveView;
};

} // namespace mizan::ui
