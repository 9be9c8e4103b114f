#pragma once
// The Playground: type or paste Arabic text; when typing pauses, the loaded model predicts off
// the GUI thread and the raw text shows entities and targets highlighted (each target with its
// polarity and confidence), a summary line and a table of spans. "Add to corpus" turns the
// prediction into annotations to correct; "Pre-annotate" does the same for the unannotated
// sentences selected in the Corpus panel, as suggestions the user accepts or rejects.
#include <QTimer>
#include <QWidget>

#include <functional>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "common/result.h"
#include "predict/predictor.h"
#include "ui/common/backgroundtask.h"
#include "ui/corpus/corpusdocument.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace mizan::ui {

class MainWindow;
class SentenceView;

// What a background prediction or model load hands back (default-constructible for BackgroundTask).
struct PredictOutcome {
    QString error;  // empty on success: core's English account
    Prediction prediction;
    std::vector<std::pair<SentenceRef, Sentence>> suggestions;  // pre-annotation only
};
struct LoadOutcome {
    std::shared_ptr<Predictor> predictor;
    QString error;  // core's English account
};

class PlaygroundPanel : public QWidget {
    Q_OBJECT
public:
    PlaygroundPanel(CorpusDocument *document, MainWindow *window, QWidget *parent = nullptr);
    ~PlaygroundPanel() override;

    // Loads a model folder off the GUI thread; modelLoaded() follows.
    // A load asked for while another runs waits for it, then replaces it.
    void loadModel(const QString &modelDir);
    // Loads the shipped default model (hotel reviews, SemEval-2016) when no model is loaded
    // yet; false when this installation has none.
    bool loadDefaultModel();
    // Loads the model used last (remembered across restarts in the settings) when its folder
    // still exists, else the shipped default; false when neither is there.
    bool restoreModel();
    // Shown when a newer model than the loaded one is known (just trained, evaluated or opened).
    QPushButton *useNewestButton() const { return m_useNewest; }
    static constexpr const char *kModelSetting = "playground/model";
    bool hasModel() const { return bool(m_predictor); }
    // Whether the loaded model is the shipped default (until the user trains or loads one).
    bool usingDefaultModel() const;
    QLabel *modelLabel() const { return m_modelLabel; }
    QLabel *entityNote() const { return m_entityNote; }
    QString modelDir() const;

    // Replaces the input text (a prediction follows after the typing pause).
    void setText(const QString &text);
    // Shows `p` as if the model had just predicted it (highlights, summary, table).
    void showPrediction(const Prediction &p);
    const Prediction &prediction() const { return m_prediction; }

    QPlainTextEdit *input() const { return m_input; }
    SentenceView *resultView() const { return m_view; }
    QTableWidget *spanTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

    // Appends the shown prediction to the open corpus as a new document (one undo step);
    // false when there is nothing to add.
    bool addToCorpus();
    // Predicts every unannotated sentence among `refs` (off the GUI thread) and offers the
    // suggestions for accepting; accepted ones become one undo step. `accept` (tests) decides
    // instead of the dialog: it gets the suggested sentences and returns the indices to keep.
    void preAnnotate(const QList<SentenceRef> &refs,
                     std::function<QList<int>(const std::vector<std::pair<SentenceRef, Sentence>> &)> accept = {});
    // The unannotated sentences under the Corpus panel's selection (whole documents count).
    QList<SentenceRef> selectedUnannotated() const;
    // Every unannotated sentence of the open corpus.
    QList<SentenceRef> allUnannotated() const;
    // Stops a running pre-annotation; what was predicted so far is still offered.
    void cancelPreAnnotation();
    // Sentences predicted so far by the running pre-annotation.
    int preAnnotationDone() const { return m_preDone ? m_preDone->load() : 0; }

    static constexpr int kTypingPauseMs = 350;

Q_SIGNALS:
    void modelLoaded(bool ok);
    void predicted();
    // Pre-annotation finished: how many suggestions were made and accepted.
    void preAnnotated(int suggested, int accepted);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void retranslate();
    // The status line, worded by `describe` now and again after a language switch (empty: none).
    void setStatus(std::function<QString()> describe);
    void updateModelLabel();
    void predictNow();
    void onPredicted();
    void onModelLoaded();
    void offerNewest();

    CorpusDocument *m_document;
    MainWindow *m_window;
    std::shared_ptr<const Predictor> m_predictor;
    // One prediction at a time per model: typing and pre-annotation may overlap.
    std::shared_ptr<std::mutex> m_predictLock = std::make_shared<std::mutex>();
    BackgroundTask<LoadOutcome> m_loadTask;
    BackgroundTask<PredictOutcome> m_predictTask;
    BackgroundTask<PredictOutcome> m_preTask;
    std::function<QList<int>(const std::vector<std::pair<SentenceRef, Sentence>> &)> m_accept;
    QTimer m_debounce;
    bool m_pending = false;  // text changed while a prediction was running
    Prediction m_prediction;
    int m_added = 0;
    QString m_nextModel;  // asked for while a load was running

    // The highlighted output over the table: up to two fifths of their height (the table keeps
    // five rows) until the user drags the handle (a splitter alone gives the output one line).
    QSplitter *m_outputSplit = nullptr;
    bool m_outputSplitMoved = false;
    QLabel *m_entityNote = nullptr;
    QLabel *m_modelLabel = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_useNewest = nullptr;
    QPlainTextEdit *m_input = nullptr;
    SentenceView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_preAnnotate = nullptr;
    QPushButton *m_preAnnotateAll = nullptr;
    QPushButton *m_preCancel = nullptr;
    QProgressBar *m_preProgress = nullptr;
    QTimer m_preTimer;  // polls the worker's counter for the progress bar
    std::shared_ptr<std::atomic<int>> m_preDone;
    std::shared_ptr<std::atomic<bool>> m_preCancelled;
    QLabel *m_status = nullptr;
    std::function<QString()> m_statusText;
};

} // namespace mizan::ui
