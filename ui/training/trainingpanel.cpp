#include "ui/training/trainingpanel.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextStream>
#include <QTime>
#include <QFileInfo>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

#include "common/atomicfile.h"

#include "ui/common/bidi.h"
#include "ui/common/problemtext.h"
#include "ui/common/progressbar.h"
#include "ui/training/displaynames.h"
#include "ui/training/livechart.h"
#include "ui/training/modelhub.h"
#include "ui/training/trainingform.h"

namespace mizan::ui {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QString clock(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("--:--");
    const qint64 s = qint64(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Whole tokens per second: digits only, no unit letter to translate.
QString rate(double tokensPerSecond) { return QString::number(tokensPerSecond, 'f', 0); }

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

// Metrics drawn on the dev chart and shown in the Runs table.
const char *const kChartMetrics[] = {"f1", "accuracy", "macro_f1"};

// Dev chart series are keyed "task/metric"; the legend shows both names translated.
QString evalSeriesLabel(const QString &key)
{
    const int slash = key.indexOf(QLatin1Char('/'));
    return slash < 0 ? taskDisplayName(key)
                     : taskDisplayName(key.left(slash)) + QLatin1Char(' ') + metricDisplayName(key.mid(slash + 1));
}

enum RunColumn { RunDate, RunSettings, RunSteps, RunBest, RunStop, RunModel, RunColumnCount };

} // namespace

TrainingPanel::TrainingPanel(CorpusDocument *document, RunHistory *history, QWidget *parent)
    : QWidget(parent), m_document(document), m_history(history ? history : new RunHistory(QString(), this)),
      m_job(new TrainingJob(this))
{
    setObjectName(QStringLiteral("trainingPanel"));
    buildUi();
    retranslate();
    connect(m_job, &TrainingJob::started, this, &TrainingPanel::onStarted);
    connect(m_job, &TrainingJob::stepped, this, &TrainingPanel::onStep);
    connect(m_job, &TrainingJob::skippedStep, this, &TrainingPanel::onSkipped);
    connect(m_job, &TrainingJob::evaluated, this, &TrainingPanel::onEval);
    connect(m_job, &TrainingJob::checkpointed, this, &TrainingPanel::onCheckpoint);
    connect(m_job, &TrainingJob::finished, this, &TrainingPanel::onFinished);
    connect(m_job, &TrainingJob::failed, this, &TrainingPanel::onFailed);
    connect(m_job, &TrainingJob::message, this, [this](const QString &text) {
        log(text);
        record(std::chrono::system_clock::now(), QStringLiteral("message"), 0, {}, {}, 0, text);
    });
    connect(m_job, &TrainingJob::stopped, this, &TrainingPanel::onStopped);
    connect(m_history, &RunHistory::changed, this, &TrainingPanel::refreshRuns);
    refreshRuns();
    setRunning(false);
}

TrainingPanel::~TrainingPanel()
{
    // The job's destructor stops and joins the worker; disconnect first so no queued event
    // reaches a half-destroyed panel.
    disconnect(m_job, nullptr, this, nullptr);
}

void TrainingPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *controls = new QHBoxLayout;
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startTraining"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stopTraining"));
    m_resume = new QPushButton(this);
    m_resume->setObjectName(QStringLiteral("resumeTraining"));
    m_progress = new ProgressBar(this);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setMinimumWidth(280);
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    controls->addWidget(m_resume);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_status, 1);
    layout->addLayout(controls);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    // The form scrolls up and down when the panel is short; it never scrolls sideways (the
    // splitter keeps it at least as wide as its widest row, see fitFormWidth()).
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setObjectName(QStringLiteral("trainingFormScroll"));
    m_formScroll = scroll;
    m_form = new TrainingForm(m_document, scroll);
    m_form->installEventFilter(this);  // its rows change with the corpus: fitFormWidth() again
    scroll->setWidget(m_form);
    splitter->addWidget(scroll);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    auto *chartPage = new QWidget(m_tabs);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartTabs = new QTabWidget(chartPage);
    m_chartTabs->setTabPosition(QTabWidget::South);
    m_loss = new LiveChart(LiveChart::Style::SmoothedOverRaw, m_chartTabs);
    m_loss->setObjectName(QStringLiteral("lossChart"));
    m_eval = new LiveChart(LiveChart::Style::LineWithPoints, m_chartTabs);
    m_eval->setObjectName(QStringLiteral("evalChart"));
    m_rate = new LiveChart(LiveChart::Style::LineWithPoints, m_chartTabs);
    m_rate->setObjectName(QStringLiteral("rateChart"));
    m_loss->setLabeler(taskDisplayName);
    m_eval->setLabeler(evalSeriesLabel);
    m_rate->setLabeler(taskDisplayName);
    m_chartTabs->addTab(m_loss, QString());
    m_chartTabs->addTab(m_eval, QString());
    m_chartTabs->addTab(m_rate, QString());
    chartLayout->addWidget(m_chartTabs, 1);
    auto *exportRow = new QHBoxLayout;
    m_exportPng = new QPushButton(chartPage);
    m_exportCsv = new QPushButton(chartPage);
    exportRow->addStretch();
    exportRow->addWidget(m_exportPng);
    exportRow->addWidget(m_exportCsv);
    chartLayout->addLayout(exportRow);
    m_tabs->addTab(chartPage, QString());

    m_log = new QPlainTextEdit(m_tabs);
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_log, QString());

    auto *runsPage = new QWidget(m_tabs);
    auto *runsLayout = new QVBoxLayout(runsPage);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    m_runs = new QTableWidget(0, RunColumnCount, runsPage);
    m_runs->setObjectName(QStringLiteral("runTable"));
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    // Long settings and folders are elided in the middle (whole in the tooltip), never cut.
    m_runs->setWordWrap(false);
    m_runs->setTextElideMode(Qt::ElideMiddle);
    m_runs->setColumnWidth(RunSettings, 300);  // room for the settings before the folder stretches
    m_runs->setColumnWidth(RunBest, 240);
    m_runs->verticalHeader()->hide();
    runsLayout->addWidget(m_runs, 1);
    auto *runButtons = new QHBoxLayout;
    m_toPlayground = new QPushButton(runsPage);
    m_toResults = new QPushButton(runsPage);
    m_forget = new QPushButton(runsPage);
    runButtons->addWidget(m_toPlayground);
    runButtons->addWidget(m_toResults);
    runButtons->addStretch();
    runButtons->addWidget(m_forget);
    runsLayout->addLayout(runButtons);
    m_tabs->addTab(runsPage, QString());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { startTraining(); });
    connect(m_stop, &QPushButton::clicked, this, &TrainingPanel::stopTraining);
    connect(m_resume, &QPushButton::clicked, this, &TrainingPanel::chooseResume);
    connect(m_exportPng, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QStringLiteral("chart.png"),
                                                          tr("PNG image (*.png)"));
        if (!path.isEmpty() && !exportChartPng(path))
            QMessageBox::warning(this, tr("Export chart"), tr("Cannot write %1.").arg(path));
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export log"), QStringLiteral("training-log.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportLogCsv(path))
            QMessageBox::warning(this, tr("Export log"), tr("Cannot write %1.").arg(path));
    });
    connect(m_toPlayground, &QPushButton::clicked, this, [this] {
        const QString dir = selectedRunModel();
        if (!dir.isEmpty())
            ModelHub::instance()->openInPlayground(dir);
    });
    connect(m_toResults, &QPushButton::clicked, this, [this] {
        const QString dir = selectedRunModel();
        if (!dir.isEmpty())
            ModelHub::instance()->evaluate(dir);
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const int row = m_runs->currentRow();
        if (row >= 0 && row < m_history->runs().size())
            m_history->remove(m_history->runs()[row].id);
    });
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool has = !selectedRunModel().isEmpty();
        m_toPlayground->setEnabled(has);
        m_toResults->setEnabled(has);
        m_forget->setEnabled(m_runs->currentRow() >= 0);
    });
}

void TrainingPanel::retranslate()
{
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stops after the current step and keeps the last good checkpoint"));
    m_resume->setText(tr("Resume..."));
    m_resume->setToolTip(tr("Continue a previous run from its last checkpoint"));
    m_tabs->setTabText(0, tr("Charts"));
    m_tabs->setTabText(1, tr("Log"));
    m_tabs->setTabText(2, tr("Runs"));
    m_chartTabs->setTabText(0, tr("Training loss"));
    m_chartTabs->setTabText(1, tr("Dev metrics"));
    m_chartTabs->setTabText(2, tr("Learning rate"));
    m_loss->setTitles(tr("Training loss per task (raw points, smoothed line)"), tr("step"), tr("loss"));
    m_eval->setTitles(tr("Dev metrics per task"), tr("step"), tr("value"));
    m_rate->setTitles(tr("Learning rate (encoder)"), tr("step"), tr("learning rate"));
    m_exportPng->setText(tr("Export chart as PNG..."));
    m_exportCsv->setText(tr("Export log as CSV..."));
    m_toPlayground->setText(tr("Load best model into Playground"));
    m_toResults->setText(tr("Evaluate in Results"));
    m_forget->setText(tr("Forget run"));
    m_runs->setHorizontalHeaderLabels(
        {tr("Date"), tr("Settings"), tr("Steps"), tr("Best score"), tr("Stopped"), tr("Model folder")});
    for (LiveChart *chart : {m_loss, m_eval, m_rate})
        chart->relabel();
    if (!m_statusText)
        m_statusText = [] { return tr("Ready"); };
    m_status->setText(m_statusText());
    refreshRuns();
    fitFormWidth();
}

void TrainingPanel::fitFormWidth()
{
    const int frame = 2 * m_formScroll->frameWidth();
    m_formScroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                                  m_formScroll->verticalScrollBar()->sizeHint().width() + frame);
}

void TrainingPanel::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void TrainingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingPanel::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_resume->setEnabled(!running);
    m_stop->setEnabled(running);
    m_form->setEnabled(!running);
}

bool TrainingPanel::startTraining(const QString &resumeDir)
{
    if (isTraining())
        return false;
    TrainParams params;
    QString error;
    if (!m_form->params(params, error)) {
        setStatus([error] { return error; });
        log(tr("Not started: %1").arg(error));
        return false;
    }
    if (!resumeDir.isEmpty())
        params.resumeDir = resumeDir.toStdString();
    m_loss->clear();
    m_eval->clear();
    m_rate->clear();
    m_checkpoints.clear();
    m_rows.clear();
    m_progress->setRange(0, 0);
    m_current = RunRecord{};
    m_current.started = QDateTime::currentDateTime();
    m_current.id = m_current.started.toString(Qt::ISODateWithMs);
    m_current.settings = m_form->settingsJson();
    if (!resumeDir.isEmpty())
        m_current.settings["resumed_from"] = resumeDir.toStdString();
    m_current.outDir = q(params.outDir);
    m_history->upsert(m_current);
    log(tr("Starting: %1 on %2 corpus file(s) into %3")
            .arg(q(m_current.settings.dump()), QString::number(params.trainCorpora.size()), m_current.outDir));
    setStatus([] { return tr("Preparing (reading corpora, building the vocabulary and the model)..."); });
    setRunning(true);
    m_job->start(std::move(params));
    return true;
}

void TrainingPanel::stopTraining()
{
    if (!isTraining())
        return;
    m_job->requestStop();
    m_stop->setEnabled(false);
    setStatus([] { return tr("Stopping after the current step..."); });
    log(tr("Stop requested"));
}

void TrainingPanel::chooseResume()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Resume: the output folder of a previous run"),
                                                          m_form->outputFolder());
    if (dir.isEmpty())
        return;
    m_form->setOutputFolder(dir);
    startTraining(dir);
}

void TrainingPanel::log(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

void TrainingPanel::record(const EventTime &time, const QString &event, qint64 step, const QString &task,
                           const QString &metric, double value, const QString &detail)
{
    m_rows.push_back({q(formatEventTime(time)), event, task, metric, detail, step, value});
    while (m_rows.size() > kCsvRows)
        m_rows.pop_front();
}

void TrainingPanel::onStarted(const StartedEvent &e)
{
    m_progress->setRange(0, int(std::min<std::size_t>(e.totalSteps, std::size_t(INT_MAX))));
    m_progress->setValue(int(e.startStep));
    QStringList tasks;
    for (const auto &[task, n] : e.taskExamples)
        tasks << QStringLiteral("%1 (%2)").arg(q(task)).arg(qulonglong(n));
    log(tr("Started on %1: %2 steps from step %3; examples: %4")
            .arg(e.worldSize > 1 ? tr("%1 over %2 ranks").arg(q(e.device)).arg(e.worldSize) : q(e.device))
            .arg(qulonglong(e.totalSteps))
            .arg(qulonglong(e.startStep))
            .arg(tasks.join(QStringLiteral(", "))));
    record(e.time, QStringLiteral("started"), qint64(e.startStep), {}, QStringLiteral("total_steps"),
           double(e.totalSteps), q(e.device));
    // A data-parallel run says over how many ranks it trains (this process is rank 0).
    setStatus([device = q(e.device), ranks = e.worldSize] {
        return ranks > 1 ? tr("Training on %1 over %2 ranks").arg(ltr(device)).arg(ranks)
                         : tr("Training on %1").arg(ltr(device));
    });
    m_progressThrottle.start();
}

void TrainingPanel::onStep(const StepEvent &e)
{
    const QString task = q(e.task);
    m_loss->addPoint(task, double(e.step), e.loss);
    m_rate->addPoint(QStringLiteral("encoder"), double(e.step), e.learningRate);
    record(e.time, QStringLiteral("step"), qint64(e.step), task, QStringLiteral("loss"), e.loss,
           QStringLiteral("lr=%1 tok/s=%2 epoch=%3")
               .arg(e.learningRate)
               .arg(e.tokensPerSecond, 0, 'f', 0)
               .arg(e.epoch, 0, 'f', 3));
    m_current.steps = qint64(e.step);
    // Text and the bar change at most ten times a second; the charts batch on their own timer.
    if (m_progressThrottle.isValid() && m_progressThrottle.elapsed() < 100 && e.step != e.totalSteps)
        return;
    m_progressThrottle.restart();
    if (m_progress->maximum() != int(e.totalSteps))
        m_progress->setRange(0, int(e.totalSteps));
    m_progress->setValue(int(e.step));
    setStatus([step = qulonglong(e.step), total = qulonglong(e.totalSteps), epoch = e.epoch,
               tokens = rate(e.tokensPerSecond), eta = clock(e.etaSeconds)] {
        return tr("step %1/%2  epoch %3  %4 tok/s  ETA %5").arg(step).arg(total).arg(epoch, 0, 'f', 2).arg(tokens, eta);
    });
}

void TrainingPanel::onSkipped(const SkippedStepEvent &e)
{
    log(tr("Warning: step %1 (%2) skipped: %3 (%4 in a row)")
            .arg(qulonglong(e.step))
            .arg(taskDisplayName(q(e.task)), skipReasonDisplayName(q(e.reason)))
            .arg(qulonglong(e.consecutive)));
    record(e.time, QStringLiteral("skipped"), qint64(e.step), q(e.task), {}, double(e.consecutive), q(e.reason));
}

void TrainingPanel::onEval(const EvalEvent &e)
{
    QStringList parts;
    for (const auto &[task, metrics] : e.metrics) {
        for (const char *key : kChartMetrics) {
            auto it = metrics.find(key);
            if (it != metrics.end())
                m_eval->addPoint(q(task) + QLatin1Char('/') + QLatin1String(key), double(e.step), it->second);
        }
        for (const auto &[name, value] : metrics) {
            parts << QStringLiteral("%1 %2 %3").arg(q(task), q(name)).arg(value, 0, 'f', 3);
            record(e.time, QStringLiteral("eval"), qint64(e.step), q(task), q(name), value);
        }
    }
    record(e.time, QStringLiteral("eval"), qint64(e.step), {}, QStringLiteral("score"), e.score,
           e.best ? QStringLiteral("best") : QString());
    log(tr("Dev at step %1: score %2%3; %4")
            .arg(qulonglong(e.step))
            .arg(e.score, 0, 'f', 4)
            .arg(e.best ? tr(" (best so far)") : QString())
            .arg(parts.join(QStringLiteral(", "))));
    if (e.best) {
        m_current.bestScore = e.score;
        m_current.bestStep = qint64(e.step);
        nlohmann::json best = nlohmann::json::object();
        for (const auto &[task, metrics] : e.metrics)
            for (const auto &[name, value] : metrics)
                best[task][name] = value;
        m_current.bestMetrics = best;
        m_history->upsert(m_current);
    }
}

void TrainingPanel::onCheckpoint(const CheckpointEvent &e)
{
    const QString path = q(e.path);
    m_checkpoints << path;
    log(tr("Checkpoint at step %1: %2%3").arg(qulonglong(e.step)).arg(path, e.best ? tr(" (best)") : QString()));
    record(e.time, QStringLiteral("checkpoint"), qint64(e.step), {}, {}, e.best ? 1 : 0, path);
    if (e.best || m_current.modelDir.isEmpty())
        m_current.modelDir = path;
}

void TrainingPanel::onFinished(const FinishedEvent &e)
{
    m_loss->flush();
    m_eval->flush();
    m_rate->flush();
    m_current.stopReason = QLatin1String(stopReasonName(e.reason));
    m_current.steps = qint64(e.step);
    if (!e.modelDir.empty())
        m_current.modelDir = q(e.modelDir);
    if (e.bestStep > 0) {
        m_current.bestScore = e.bestScore;
        m_current.bestStep = qint64(e.bestStep);
    }
    m_history->upsert(m_current);
    // A run that ended as planned (completed, time budget, early stopping) ends with a full bar
    // and "N/N" at its last step, even where that is before the schedule's total; a stopped or
    // failed one keeps the total it fell short of.
    const bool asPlanned = e.reason != StopReason::Cancelled && e.reason != StopReason::TooManyBadSteps;
    const int total = asPlanned ? std::max(1, int(e.step)) : std::max(m_progress->maximum(), int(e.step));
    m_progress->setRange(0, total);
    m_progress->setValue(int(e.step));
    const QString line = tr("Finished (%1) at step %2 after %3; best score %4 at step %5; model: %6")
                             .arg(stopReasonDisplayName(m_current.stopReason))
                             .arg(qulonglong(e.step))
                             .arg(clock(e.elapsedSeconds))
                             .arg(e.bestScore, 0, 'f', 4)
                             .arg(qulonglong(e.bestStep))
                             .arg(m_current.modelDir);
    log(line);
    record(e.time, QStringLiteral("finished"), qint64(e.step), {}, QStringLiteral("best_score"), e.bestScore,
           m_current.stopReason);
    setStatus([reason = m_current.stopReason, step = qulonglong(e.step), total] {
        return tr("Finished (%1) at step %2/%3").arg(stopReasonDisplayName(reason)).arg(step).arg(total);
    });
    if (!m_current.modelDir.isEmpty())
        ModelHub::instance()->announce(m_current.modelDir);
}

void TrainingPanel::onFailed(const QString &message)
{
    m_current.stopReason = QStringLiteral("failed");
    m_history->upsert(m_current);
    log(ProblemText::failure(tr("Training failed."), message));
    record(std::chrono::system_clock::now(), QStringLiteral("failed"), m_current.steps, {}, {}, 0, message);
    setStatus([message] { return ProblemText::failure(tr("Training failed."), message); });
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
}

void TrainingPanel::onStopped()
{
    setRunning(false);
    Q_EMIT runEnded(m_current.modelDir);
    if (m_closeWhenStopped && m_window) {
        m_closeWhenStopped = false;
        m_window->close();
    }
}

void TrainingPanel::watchWindow(QWidget *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (window)
        window->installEventFilter(this);
}

bool TrainingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_form && event->type() == QEvent::LayoutRequest)
        fitFormWidth();
    if (watched == m_window && event->type() == QEvent::Close && isTraining()) {
        const bool stop =
            m_askClose ? m_askClose()
                       : QMessageBox::question(m_window, tr("Training in progress"),
                                               tr("A model is being trained. Stop it (the last good checkpoint "
                                                  "is kept) and close?"),
                                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        event->ignore();
        if (stop) {
            // Close again once the worker has stopped and saved; the window stays usable meanwhile.
            m_closeWhenStopped = true;
            stopTraining();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TrainingPanel::refreshRuns()
{
    const auto &runs = m_history->runs();
    m_runs->setRowCount(int(runs.size()));
    for (int row = 0; row < runs.size(); ++row) {
        const RunRecord &r = runs[row];
        const auto &s = r.settings;
        QStringList tasks;
        if (s.contains("tasks") && s["tasks"].is_array())
            for (const auto &t : s["tasks"])
                if (t.is_string())
                    tasks << q(t.get<std::string>());
        const QString encoder = q(s.value("encoder", std::string("builtin")));
        QStringList taskNames;
        for (const QString &t : std::as_const(tasks))
            taskNames << taskDisplayName(t);
        const QString settings =
            tr("%1, %2; %3; %4 epochs, batch %5, learning rate %6")
                .arg(encoder == QLatin1String("builtin") ? tr("built-in") : ltr(QFileInfo(encoder).fileName()),
                     ltr(q(s.value("preset", std::string()))), taskNames.join(QStringLiteral(" + ")))
                .arg(s.value("epochs", 0))
                .arg(s.value("batch_size", 0))
                .arg(ltr(QString::number(s.value("learning_rate", 0.0))));
        QStringList best;
        for (auto it = r.bestMetrics.begin(); it != r.bestMetrics.end(); ++it)
            for (const char *key : kChartMetrics)
                if (it.value().contains(key) && it.value()[key].is_number())
                    best << QStringLiteral("%1 %2 %3")
                                .arg(taskDisplayName(q(it.key())), metricDisplayName(QLatin1String(key)))
                                .arg(it.value()[key].get<double>(), 0, 'f', 3);
        const QStringList cells = {
            ltr(r.started.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            settings,
            QString::number(r.steps),
            best.isEmpty() ? QStringLiteral("-")
                           : QStringLiteral("%1 (%2)").arg(r.bestScore, 0, 'f', 4).arg(best.join(QStringLiteral(", "))),
            r.stopReason.isEmpty() ? tr("running") : stopReasonDisplayName(r.stopReason),
            r.modelDir.isEmpty() ? QString() : ltr(QDir::toNativeSeparators(r.modelDir))};
        for (int c = 0; c < RunColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_runs->setItem(row, c, item);
        }
    }
    // Short columns fit their text; the long ones share the rest and elide.
    for (int c : {RunDate, RunSteps, RunStop})
        m_runs->resizeColumnToContents(c);
    m_toPlayground->setEnabled(!selectedRunModel().isEmpty());
    m_toResults->setEnabled(!selectedRunModel().isEmpty());
    m_forget->setEnabled(m_runs->currentRow() >= 0);
}

QString TrainingPanel::selectedRunModel() const
{
    const int row = m_runs->currentRow();
    if (row < 0 || row >= m_history->runs().size())
        return {};
    const QString dir = m_history->runs()[row].modelDir;
    return QDir(dir).exists() ? dir : QString();
}

bool TrainingPanel::exportLogCsv(const QString &path) const
{
    QString text = QStringLiteral("time,event,step,task,metric,value,detail\n");
    for (const CsvRow &r : m_rows)
        text += r.time + QLatin1Char(',') + r.event + QLatin1Char(',') + QString::number(r.step) + QLatin1Char(',') +
                csvField(r.task) + QLatin1Char(',') + csvField(r.metric) + QLatin1Char(',') +
                QString::number(r.value, 'g', 9) + QLatin1Char(',') + csvField(r.detail) + QLatin1Char('\n');
    return bool(writeFileAtomic(path.toStdString(), text.toStdString()));
}

bool TrainingPanel::exportChartPng(const QString &path) const
{
    auto *chart = qobject_cast<LiveChart *>(m_chartTabs->currentWidget());
    return chart && chart->savePng(path);
}

} // namespace mizan::ui
