#pragma once
// The Results panel: evaluates a model (off the GUI thread) on the open corpus and shows, per
// task, the headline metrics, a per-label table, a confusion heatmap (counts or row-normalised)
// and an error browser filterable by gold and predicted label; double-clicking an error opens
// its sentence in the Text view with the gold and predicted spans shown. Two evaluated runs
// can be compared side by side. A "Learning curve" tab shows the rounds of the open corpus
// (the user's own retrains in "Annotate next", LearningCurveView).
#include <QMap>
#include <QWidget>

#include "ui/common/backgroundtask.h"
#include "ui/corpus/corpusdocument.h"
#include "ui/results/evaluation.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace mizan::ui {

class ConfusionView;
class LearningCurveView;
class MainWindow;

class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    ResultsPanel(CorpusDocument *document, MainWindow *window, QWidget *parent = nullptr);

    // Evaluates `modelDir` on the open corpus (dev split only when ticked) in the background;
    // evaluationFinished() follows. False when one is already running or no corpus is open.
    bool evaluate(const QString &modelDir);
    // Shows an evaluation computed elsewhere (also what evaluate() ends with).
    void showEvaluation(const Evaluation &evaluation);
    bool isBusy() const { return m_evaluation.isRunning(); }

    const Evaluation &current() const { return m_current; }
    QComboBox *taskCombo() const { return m_task; }
    QLabel *headline() const { return m_headline; }
    QTableWidget *labelTable() const { return m_labels; }
    ConfusionView *confusionView() const { return m_confusion; }
    QTableWidget *errorTable() const { return m_errors; }
    // The colour legend of the error browser.
    QLabel *errorLegend() const { return m_errorLegend; }
    QComboBox *goldFilter() const { return m_goldFilter; }
    QComboBox *predictedFilter() const { return m_predFilter; }
    QTableWidget *compareTable() const { return m_compare; }
    QCheckBox *devOnlyBox() const { return m_devOnly; }
    QTabWidget *tabs() const { return m_tabs; }
    LearningCurveView *learningCurve() const { return m_curve; }
    // Opens error row `row` of the (filtered) error table in the Text view; false when the
    // sentence is not in the open corpus.
    bool openError(int row);
    // Fills the comparison of two evaluated models (by folder); false if either is unknown.
    bool compare(const QString &modelA, const QString &modelB);

Q_SIGNALS:
    void evaluationFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void showTask();
    void fillErrors();
    void applyErrorFilter();
    void refreshModels();
    void refreshCompareChoices();
    SentenceRef findSentence(const QString &id) const;

    CorpusDocument *m_document;
    MainWindow *m_window;
    Evaluation m_current;
    QMap<QString, Evaluation> m_done;  // model folder -> its latest evaluation
    BackgroundTask<Evaluation> m_evaluation;
    QString m_snapshotDir;

    QComboBox *m_model = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_devOnly = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_task = nullptr;
    QLabel *m_headline = nullptr;
    QTableWidget *m_labels = nullptr;
    ConfusionView *m_confusion = nullptr;
    QCheckBox *m_normalized = nullptr;
    QComboBox *m_goldFilter = nullptr;
    QComboBox *m_predFilter = nullptr;
    QTableWidget *m_errors = nullptr;
    QLabel *m_errorLegend = nullptr;
    QComboBox *m_compareA = nullptr;
    QComboBox *m_compareB = nullptr;
    QTableWidget *m_compare = nullptr;
    LearningCurveView *m_curve = nullptr;
};

} // namespace mizan::ui
