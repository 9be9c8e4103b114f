#pragma once
// The Training panel: settings (TrainingForm), Start / Stop / Resume, a progress line with
// step, epoch, tokens/s and ETA, live charts (loss per task, dev metrics, learning rate), a
// bounded event log exportable as CSV, and the list of remembered runs. The trainer runs on a
// worker thread (TrainingJob); closing the window during a run asks, then stops cleanly.
#include <QElapsedTimer>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <deque>
#include <functional>

#include "ui/corpus/corpusdocument.h"
#include "ui/training/runhistory.h"
#include "ui/training/trainingworker.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QScrollArea;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace mizan::ui {

class LiveChart;
class TrainingForm;

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    // `history`: the run list to use (nullptr: the application's runs.json).
    explicit TrainingPanel(CorpusDocument *document, RunHistory *history = nullptr, QWidget *parent = nullptr);
    ~TrainingPanel() override;

    // Watches `window` so that closing it during a run asks first, then stops the run and
    // closes once the trainer has saved its checkpoint.
    void watchWindow(QWidget *window);
    // Replaces the "stop training and close?" question (tests answer without a dialog).
    void setCloseQuestion(std::function<bool()> ask) { m_askClose = std::move(ask); }

    // Starts a run from the form; false (with the reason in the log and status) when the form
    // is incomplete or a run is going. `resumeDir`: a previous run's output folder.
    bool startTraining(const QString &resumeDir = {});
    // Asks the run to stop after the current step (the last good checkpoint is kept).
    void stopTraining();
    bool isTraining() const { return m_job->isRunning(); }

    TrainingForm *form() const { return m_form; }
    TrainingJob *job() const { return m_job; }
    LiveChart *lossChart() const { return m_loss; }
    LiveChart *evalChart() const { return m_eval; }
    LiveChart *rateChart() const { return m_rate; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *logView() const { return m_log; }
    QTableWidget *runTable() const { return m_runs; }
    QScrollArea *formScrollArea() const { return m_formScroll; }
    RunHistory *history() const { return m_history; }
    // The best (or last usable) model of the latest run, "" before one exists.
    QString lastModelDir() const { return m_current.modelDir; }
    // Checkpoints reported in the latest run (paths).
    QStringList checkpoints() const { return m_checkpoints; }

    // Writes every recorded event (bounded) as CSV; false when it cannot be written.
    bool exportLogCsv(const QString &path) const;
    // Saves the visible chart as PNG.
    bool exportChartPng(const QString &path) const;

    static constexpr int kLogLines = 2000;        // lines kept in the log view
    static constexpr std::size_t kCsvRows = 200000;  // events kept for the CSV export

Q_SIGNALS:
    // A run ended (any reason); modelDir is its usable model ("" if none).
    void runEnded(const QString &modelDir);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct CsvRow {
        QString time, event, task, metric, detail;
        qint64 step = 0;
        double value = 0;
    };
    void buildUi();
    void retranslate();
    void setRunning(bool running);
    // The status line, rebuilt from `text` when the language changes.
    void setStatus(std::function<QString()> text);
    // Keeps the form's scroll area as wide as the form's widest row.
    void fitFormWidth();
    void record(const EventTime &time, const QString &event, qint64 step, const QString &task, const QString &metric,
                double value, const QString &detail = {});
    void log(const QString &line);
    void refreshRuns();
    QString selectedRunModel() const;
    void chooseResume();

    void onStarted(const StartedEvent &e);
    void onStep(const StepEvent &e);
    void onSkipped(const SkippedStepEvent &e);
    void onEval(const EvalEvent &e);
    void onCheckpoint(const CheckpointEvent &e);
    void onFinished(const FinishedEvent &e);
    void onFailed(const QString &message);
    void onStopped();

    CorpusDocument *m_document;
    RunHistory *m_history;
    TrainingJob *m_job;
    TrainingForm *m_form = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_resume = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    LiveChart *m_loss = nullptr;
    LiveChart *m_eval = nullptr;
    LiveChart *m_rate = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTableWidget *m_runs = nullptr;
    QPushButton *m_toPlayground = nullptr;
    QPushButton *m_toResults = nullptr;
    QPushButton *m_forget = nullptr;

    RunRecord m_current;
    QStringList m_checkpoints;
    std::deque<CsvRow> m_rows;
    QElapsedTimer m_progressThrottle;
    QPointer<QWidget> m_window;
    bool m_closeWhenStopped = false;
    std::function<bool()> m_askClose;
    std::function<QString()> m_statusText;
};

} // namespace mizan::ui
