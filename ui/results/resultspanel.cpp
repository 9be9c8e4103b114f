#include "ui/results/resultspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/utf8.h"
#include "ui/annotate/sentenceview.h"
#include "ui/annotate/textpanel.h"
#include "ui/annotation/learningcurveview.h"
#include "ui/common/problemtext.h"
#include "ui/common/textoffsets.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/results/confusionview.h"
#include "ui/training/displaynames.h"
#include "ui/training/modelhub.h"
#include "ui/common/bidi.h"

namespace mizan::ui {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
QString pct(double v) { return QString::number(v, 'f', 3); }

enum ErrorColumn { ErrSentence, ErrGold, ErrPredicted, ErrSpan, ErrText, ErrColumnCount };
constexpr int kErrorIndexRole = Qt::UserRole + 1;

// The error browser's colours: a span the model predicted that gold does not have, a gold
// span the model missed, and a span both have with different labels.
const QColor kPredictedColor(0xff, 0xc1, 0x07, 160);
const QColor kMissedColor(0xef, 0x9a, 0x9a);
const QColor kWrongLabelColor(0x90, 0xca, 0xf9);

QColor errorColor(const PredictionError &e)
{
    return e.gold.empty() ? kPredictedColor : e.predicted.empty() ? kMissedColor : kWrongLabelColor;
}

QString swatch(const QColor &color, const QString &text)
{
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
        .arg(color.name(), text.toHtmlEscaped());
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ResultsPanel::ResultsPanel(CorpusDocument *document, MainWindow *window, QWidget *parent)
    : QWidget(parent), m_document(document), m_window(window)
{
    setObjectName(QStringLiteral("resultsPanel"));
    buildUi();
    retranslate();
    refreshModels();
    connect(&m_evaluation, &BackgroundTaskBase::finished, this, [this] {
        Evaluation e = m_evaluation.result();
        if (!m_evaluation.error().isEmpty())  // threw past evaluateNow's own catch
            e.error = m_evaluation.error();
        m_run->setEnabled(true);
        if (!e.ok) {
            m_status->setText(ProblemText::failure(tr("Evaluation failed."), e.error));
            Q_EMIT evaluationFinished(false);
            return;
        }
        showEvaluation(e);
        Q_EMIT evaluationFinished(true);
    });
    connect(ModelHub::instance(), &ModelHub::modelsChanged, this, &ResultsPanel::refreshModels);
    connect(ModelHub::instance(), &ModelHub::evaluationRequested, this, [this](const QString &dir) {
        if (QWidget *dock = parentWidget())
            dock->raise();
        evaluate(dir);
    });
}

void ResultsPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("resultsModel"));
    m_model->setEditable(true);
    m_model->setMinimumContentsLength(30);
    m_browse = new QPushButton(this);
    m_devOnly = new QCheckBox(this);
    m_devOnly->setChecked(true);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("evaluate"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resultsStatus"));
    m_status->setWordWrap(true);
    top->addWidget(m_model, 2);
    top->addWidget(m_browse);
    top->addWidget(m_devOnly);
    top->addWidget(m_run);
    top->addWidget(m_status, 3);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultsTabs"));
    // Metrics: headline, per-label table and confusion heatmap of the chosen task.
    auto *metrics = new QWidget(m_tabs);
    auto *metricsLayout = new QVBoxLayout(metrics);
    auto *taskRow = new QHBoxLayout;
    m_task = new QComboBox(metrics);
    m_task->setObjectName(QStringLiteral("resultsTask"));
    m_task->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_headline = new QLabel(metrics);
    m_headline->setObjectName(QStringLiteral("resultsHeadline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    taskRow->addWidget(m_task);
    taskRow->addWidget(m_headline, 1);
    metricsLayout->addLayout(taskRow);
    auto *split = new QSplitter(Qt::Horizontal, metrics);
    m_labels = new QTableWidget(0, 5, split);
    m_labels->setObjectName(QStringLiteral("perLabelTable"));
    m_labels->verticalHeader()->hide();
    m_labels->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *confusionBox = new QWidget(split);
    auto *confusionLayout = new QVBoxLayout(confusionBox);
    confusionLayout->setContentsMargins(0, 0, 0, 0);
    m_normalized = new QCheckBox(confusionBox);
    m_confusion = new ConfusionView(confusionBox);
    m_confusion->setObjectName(QStringLiteral("confusionView"));
    auto *scroll = new QScrollArea(confusionBox);
    scroll->setWidget(m_confusion);
    scroll->setWidgetResizable(false);
    confusionLayout->addWidget(m_normalized);
    confusionLayout->addWidget(scroll, 1);
    split->addWidget(m_labels);
    split->addWidget(confusionBox);
    metricsLayout->addWidget(split, 1);
    m_tabs->addTab(metrics, QString());

    // Errors: every wrong prediction of the task, filterable.
    auto *errors = new QWidget(m_tabs);
    auto *errorsLayout = new QVBoxLayout(errors);
    auto *filters = new QHBoxLayout;
    m_goldFilter = new QComboBox(errors);
    m_goldFilter->setObjectName(QStringLiteral("goldFilter"));
    m_predFilter = new QComboBox(errors);
    m_predFilter->setObjectName(QStringLiteral("predictedFilter"));
    auto *goldLabel = new QLabel(errors);
    goldLabel->setObjectName(QStringLiteral("goldFilterLabel"));
    auto *predLabel = new QLabel(errors);
    predLabel->setObjectName(QStringLiteral("predictedFilterLabel"));
    filters->addWidget(goldLabel);
    filters->addWidget(m_goldFilter);
    filters->addWidget(predLabel);
    filters->addWidget(m_predFilter);
    filters->addStretch();
    errorsLayout->addLayout(filters);
    m_errorLegend = new QLabel(errors);
    m_errorLegend->setObjectName(QStringLiteral("errorLegend"));
    m_errorLegend->setTextFormat(Qt::RichText);
    m_errorLegend->setWordWrap(true);
    errorsLayout->addWidget(m_errorLegend);
    m_errors = new QTableWidget(0, ErrColumnCount, errors);
    m_errors->setObjectName(QStringLiteral("errorTable"));
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setStretchLastSection(true);
    errorsLayout->addWidget(m_errors, 1);
    m_tabs->addTab(errors, QString());

    // Compare two evaluated models.
    auto *comparePage = new QWidget(m_tabs);
    auto *compareLayout = new QVBoxLayout(comparePage);
    auto *choose = new QHBoxLayout;
    m_compareA = new QComboBox(comparePage);
    m_compareB = new QComboBox(comparePage);
    choose->addWidget(m_compareA, 1);
    choose->addWidget(m_compareB, 1);
    compareLayout->addLayout(choose);
    m_compare = new QTableWidget(0, 4, comparePage);
    m_compare->setObjectName(QStringLiteral("compareTable"));
    m_compare->verticalHeader()->hide();
    m_compare->horizontalHeader()->setStretchLastSection(true);
    compareLayout->addWidget(m_compare, 1);
    m_tabs->addTab(comparePage, QString());
    m_curve = new LearningCurveView(m_document, m_tabs);  // the user's own annotation rounds
    m_tabs->addTab(m_curve, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { evaluate(m_model->currentText().trimmed()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Model folder"), m_model->currentText());
        if (!dir.isEmpty())
            m_model->setCurrentText(dir);
    });
    connect(m_task, &QComboBox::currentIndexChanged, this, &ResultsPanel::showTask);
    connect(m_normalized, &QCheckBox::toggled, m_confusion, &ConfusionView::setNormalized);
    connect(m_goldFilter, &QComboBox::currentIndexChanged, this, &ResultsPanel::applyErrorFilter);
    connect(m_predFilter, &QComboBox::currentIndexChanged, this, &ResultsPanel::applyErrorFilter);
    connect(m_errors, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openError(row); });
    auto recompare = [this] { compare(m_compareA->currentData().toString(), m_compareB->currentData().toString()); };
    connect(m_compareA, &QComboBox::activated, this, recompare);
    connect(m_compareB, &QComboBox::activated, this, recompare);
}

void ResultsPanel::retranslate()
{
    m_model->lineEdit()->setPlaceholderText(tr("Model folder (a run's best model)"));
    m_browse->setText(tr("Browse..."));
    m_devOnly->setText(tr("Dev split only"));
    m_devOnly->setToolTip(tr("Score only the documents the training run held out (same seed and share)"));
    m_run->setText(tr("Evaluate"));
    m_tabs->setTabText(0, tr("Metrics"));
    m_tabs->setTabText(1, tr("Errors"));
    m_tabs->setTabText(2, tr("Compare runs"));
    m_tabs->setTabText(3, tr("Learning curve"));
    m_normalized->setText(tr("Row-normalised"));
    m_labels->setHorizontalHeaderLabels({tr("Label"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support")});
    m_errors->setHorizontalHeaderLabels({tr("Sentence"), tr("Gold"), tr("Predicted"), tr("Span"), tr("Text")});
    m_compare->setHorizontalHeaderLabels({tr("Metric"), tr("Run A"), tr("Run B"), tr("B - A")});
    if (auto *l = findChild<QLabel *>(QStringLiteral("goldFilterLabel")))
        l->setText(tr("Gold:"));
    if (auto *l = findChild<QLabel *>(QStringLiteral("predictedFilterLabel")))
        l->setText(tr("Predicted:"));
    if (m_status->text().isEmpty())
        m_status->setText(tr("Choose a model and evaluate it on the open corpus."));
    m_errorLegend->setText(
        tr("Double-click an error to open its sentence; the Text view then marks every error of that sentence:") +
        QStringLiteral("<br>") +
        QStringList{swatch(kPredictedColor, tr("predicted by the model, not in gold")),
                    swatch(kMissedColor, tr("gold, missed by the model")),
                    swatch(kWrongLabelColor, tr("same span, wrong label"))}
            .join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    for (int i = 0; i < m_task->count(); ++i)
        m_task->setItemText(i, taskDisplayName(m_task->itemData(i).toString()));
    if (m_current.ok)
        showTask();
}

void ResultsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultsPanel::refreshModels()
{
    const QString current = m_model->currentText();
    m_model->clear();
    m_model->addItems(ModelHub::instance()->models());
    m_model->setCurrentText(current.isEmpty() && m_model->count() > 0 ? m_model->itemText(0) : current);
}

bool ResultsPanel::evaluate(const QString &modelDir)
{
    if (isBusy() || modelDir.isEmpty())
        return false;
    if (m_document->corpus().sentenceCount() == 0) {
        m_status->setText(tr("Open a corpus to evaluate on."));
        return false;
    }
    // The evaluator reads files: the open corpus as saved, or a snapshot of what is on screen.
    QString path = m_document->fileName();
    if (path.isEmpty() || m_document->isModified()) {
        if (m_snapshotDir.isEmpty())
            m_snapshotDir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                .filePath(QStringLiteral("mizan-results-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(m_snapshotDir);
        path = QDir(m_snapshotDir).filePath(QStringLiteral("corpus-snapshot.xml"));
        const Status st = m_document->exportTo(path, CorpusFormat::SemEvalXml);
        if (!st) {
            m_status->setText(tr("Cannot write a snapshot of the open corpus: %1").arg(q(st.message())));
            return false;
        }
    }
    m_model->setCurrentText(modelDir);
    m_run->setEnabled(false);
    m_status->setText(
        tr("Evaluating %1 on %2...").arg(ltr(QDir::toNativeSeparators(modelDir)), QFileInfo(path).fileName()));
    m_evaluation.start(
        [modelDir, path, devOnly = m_devOnly->isChecked()] { return evaluateNow(modelDir, {path}, devOnly); });
    return true;
}

void ResultsPanel::showEvaluation(const Evaluation &evaluation)
{
    m_current = evaluation;
    m_done[evaluation.modelDir] = evaluation;
    m_status->setText(
        tr("%1 on %2%3")
            .arg(ltr(QFileInfo(evaluation.modelDir).fileName()),
                 evaluation.corpora.isEmpty() ? QString() : ltr(QFileInfo(evaluation.corpora.front()).fileName()),
                 evaluation.devSplitOnly ? tr(" (dev split)") : QString()));
    const QString task = m_task->currentData().toString();
    m_task->blockSignals(true);
    m_task->clear();
    for (const QString &name : evaluation.taskNames())
        m_task->addItem(taskDisplayName(name), name);
    const int keep = m_task->findData(task);
    m_task->setCurrentIndex(keep >= 0 ? keep : 0);
    m_task->blockSignals(false);
    showTask();
    refreshCompareChoices();
}

void ResultsPanel::showTask()
{
    const QString task = m_task->currentData().toString();
    const QString kind = m_current.kind(task);
    QStringList parts;
    auto add = [&](const QString &name, const char *key) {
        if (auto v = m_current.metric(task, key))
            parts << QStringLiteral("%1 <b>%2</b>").arg(name, pct(*v));
    };
    const auto *categories = std::get_if<CategoryReport>(m_current.report(task));
    if (categories) {
        // SemEval-2016: slot 1 over unique (sentence, category) pairs, slot 1+2 with the target.
        auto slot = [&](const QString &name, const Prf &p) {
            parts << QStringLiteral("%1: %2 <b>%3</b> · %4 <b>%5</b> · %6 <b>%7</b>")
                         .arg(name, tr("precision"), pct(p.precision), tr("recall"), pct(p.recall), tr("F1"),
                              pct(p.f1));
        };
        slot(tr("slot 1 (sentence, category)"), categories->scores.slot1);
        slot(tr("slot 1+2 (with the target)"), categories->scores.slot12);
    } else if (kind == QLatin1String("tagging")) {
        add(tr("entity precision"), "precision");
        add(tr("entity recall"), "recall");
        add(tr("entity F1"), "f1");
        add(tr("token accuracy"), "token_accuracy");
    } else {
        add(tr("accuracy"), "accuracy");
        add(tr("macro-F1"), "macro_f1");
        add(tr("weighted F1"), "weighted_f1");
    }
    const QString separator = categories ? QStringLiteral("<br>") : QStringLiteral(" · ");
    QString headline =
        task.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(taskDisplayName(task), parts.join(separator));
    if (const auto b = m_current.blend(task))
        headline += QStringLiteral("<br>") +
                    (b->tagging ? tr("spans voted with the linear baseline (weight %1); the transformer alone: F1 %2")
                                      .arg(QString::number(b->weight, 'f', 2), pct(b->f1))
                                : tr("polarity blended with the linear baseline (weight %1); the transformer alone: "
                                     "accuracy %2 · macro-F1 %3")
                                      .arg(QString::number(b->weight, 'f', 2), pct(b->accuracy), pct(b->macroF1)));
    m_headline->setText(headline);

    const auto rows = m_current.perLabel(task);
    m_labels->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto &row = rows[std::size_t(r)];
        m_labels->setItem(r, 0, cell(labelDisplayName(row.label)));
        m_labels->setItem(r, 1, cell(pct(row.precision)));
        m_labels->setItem(r, 2, cell(pct(row.recall)));
        m_labels->setItem(r, 3, cell(pct(row.f1)));
        m_labels->setItem(r, 4, cell(QString::number(row.support)));
    }
    const Evaluation::Confusion c = m_current.confusion(task);
    QStringList confusionLabels;
    for (const QString &label : c.labels)
        confusionLabels << labelDisplayName(label);
    m_confusion->setMatrix(confusionLabels, c.counts);
    m_confusion->resize(m_confusion->sizeHint());
    fillErrors();
}

void ResultsPanel::fillErrors()
{
    const std::string task = m_task->currentData().toString().toStdString();
    auto it = m_current.errors.find(task);
    const std::vector<PredictionError> empty;
    const auto &errors = it == m_current.errors.end() ? empty : it->second;
    QStringList golds, preds;
    m_errors->setRowCount(int(errors.size()));
    for (int r = 0; r < int(errors.size()); ++r) {
        const PredictionError &e = errors[std::size_t(r)];
        const QString gold = e.gold.empty() ? tr("(none)") : labelDisplayName(q(e.gold));
        const QString pred = e.predicted.empty() ? tr("(none)") : labelDisplayName(q(e.predicted));
        if (!golds.contains(gold))
            golds << gold;
        if (!preds.contains(pred))
            preds << pred;
        QString text;
        const SentenceRef ref = findSentence(q(e.sentenceId));
        if (ref.isValid()) {
            const std::string &s = m_document->sentence(ref).text;
            text = e.hasSpan ? q(utf8::substr(s, e.start, e.end)) : q(s);
        }
        auto *first = cell(q(e.sentenceId));
        first->setData(kErrorIndexRole, r);
        m_errors->setItem(r, ErrSentence, first);
        first->setBackground(errorColor(e));
        m_errors->setItem(r, ErrGold, cell(gold));
        m_errors->setItem(r, ErrPredicted, cell(pred));
        m_errors->setItem(r, ErrSpan, cell(e.hasSpan ? QStringLiteral("%1-%2").arg(e.start).arg(e.end) : QString()));
        m_errors->setItem(r, ErrText, cell(text));
    }
    golds.sort();
    preds.sort();
    for (QComboBox *box : {m_goldFilter, m_predFilter}) {
        box->blockSignals(true);
        box->clear();
        box->addItem(tr("any"), QString());
        for (const QString &l : box == m_goldFilter ? golds : preds)
            box->addItem(l, l);
        box->blockSignals(false);
    }
    m_tabs->setTabText(1, tr("Errors (%1)").arg(errors.size()));
    applyErrorFilter();
}

void ResultsPanel::applyErrorFilter()
{
    const QString gold = m_goldFilter->currentData().toString();
    const QString pred = m_predFilter->currentData().toString();
    for (int r = 0; r < m_errors->rowCount(); ++r) {
        const bool show = (gold.isEmpty() || m_errors->item(r, ErrGold)->text() == gold) &&
                          (pred.isEmpty() || m_errors->item(r, ErrPredicted)->text() == pred);
        m_errors->setRowHidden(r, !show);
    }
}

SentenceRef ResultsPanel::findSentence(const QString &id) const
{
    const std::string key = id.toStdString();
    const Corpus &corpus = m_document->corpus();
    for (int d = 0; d < int(corpus.documents.size()); ++d)
        for (int s = 0; s < int(corpus.documents[std::size_t(d)].sentences.size()); ++s)
            if (corpus.documents[std::size_t(d)].sentences[std::size_t(s)].id == key)
                return {d, s};
    return {};
}

bool ResultsPanel::openError(int row)
{
    QTableWidgetItem *item = m_errors->item(row, ErrSentence);
    auto it = m_current.errors.find(m_task->currentData().toString().toStdString());
    if (!item || it == m_current.errors.end())
        return false;
    const int index = item->data(kErrorIndexRole).toInt();
    if (index < 0 || index >= int(it->second.size()))
        return false;
    const PredictionError &e = it->second[std::size_t(index)];
    const SentenceRef ref = findSentence(q(e.sentenceId));
    if (!ref.isValid() || !m_window) {
        m_status->setText(tr("Sentence %1 is not in the open corpus.").arg(q(e.sentenceId)));
        return false;
    }
    m_window->showSentence(ref);
    const QString gold = e.gold.empty() ? tr("(none)") : labelDisplayName(q(e.gold));
    const QString pred = e.predicted.empty() ? tr("(none)") : labelDisplayName(q(e.predicted));
    // The Text view already shows the gold annotations; every error of this sentence is drawn
    // on top, in the legend's colours, so a predicted span shows next to the gold one it missed.
    SentenceView *raw = m_window->textPanel()->rawView();
    const Utf16Map map(raw->text());
    QVector<Highlight> all = raw->highlights();
    for (const PredictionError &other : it->second) {
        if (other.sentenceId != e.sentenceId || !other.hasSpan)
            continue;
        Highlight h;
        h.start = map.toUtf16(other.start);
        h.end = map.toUtf16(other.end);
        h.background = errorColor(other);
        h.underline = &other == &e ? QColor(0x6a, 0x1b, 0x9a) : QColor();
        h.toolTip = tr("gold: %1 / predicted: %2 (%3-%4)")
                        .arg(other.gold.empty() ? tr("(none)") : labelDisplayName(q(other.gold)),
                             other.predicted.empty() ? tr("(none)") : labelDisplayName(q(other.predicted)))
                        .arg(other.start)
                        .arg(other.end);
        h.spanId = -2;
        all.push_back(h);
    }
    raw->setHighlights(all);
    m_status->setText(tr("%1: gold %2, predicted %3").arg(q(e.sentenceId), gold, pred));
    return true;
}

void ResultsPanel::refreshCompareChoices()
{
    for (QComboBox *box : {m_compareA, m_compareB}) {
        const QString keep = box->currentData().toString();
        box->clear();
        for (auto it = m_done.cbegin(); it != m_done.cend(); ++it)
            box->addItem(QFileInfo(it.key()).dir().dirName() + QLatin1Char('/') + QFileInfo(it.key()).fileName(),
                         it.key());
        const int i = box->findData(keep);
        if (i >= 0)
            box->setCurrentIndex(i);
    }
    if (m_compareB->count() > 1 && m_compareA->currentIndex() == m_compareB->currentIndex())
        m_compareB->setCurrentIndex((m_compareA->currentIndex() + 1) % m_compareB->count());
    compare(m_compareA->currentData().toString(), m_compareB->currentData().toString());
}

bool ResultsPanel::compare(const QString &modelA, const QString &modelB)
{
    auto a = m_done.constFind(modelA);
    auto b = m_done.constFind(modelB);
    if (a == m_done.cend() || b == m_done.cend()) {
        m_compare->setRowCount(0);
        return false;
    }
    QStringList tasks = a->taskNames();
    for (const QString &t : b->taskNames())
        if (!tasks.contains(t))
            tasks << t;
    struct Row {
        QString name;
        std::optional<double> a, b;
    };
    std::vector<Row> rows;
    for (const QString &t : tasks)
        for (const char *m : {"accuracy", "macro_f1", "precision", "recall", "f1", "slot12_f1", "token_accuracy"}) {
            auto va = a->metric(t, m), vb = b->metric(t, m);
            if (va || vb)
                rows.push_back({taskDisplayName(t) + QLatin1Char(' ') + metricDisplayName(QLatin1String(m)), va, vb});
        }
    m_compare->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const Row &row = rows[std::size_t(r)];
        m_compare->setItem(r, 0, cell(row.name));
        m_compare->setItem(r, 1, cell(row.a ? pct(*row.a) : QStringLiteral("-")));
        m_compare->setItem(r, 2, cell(row.b ? pct(*row.b) : QStringLiteral("-")));
        auto *delta = cell(row.a && row.b ? QString::asprintf("%+.3f", *row.b - *row.a) : QStringLiteral("-"));
        if (row.a && row.b && *row.b != *row.a)
            delta->setForeground(*row.b > *row.a ? QColor(0x1b, 0x7a, 0x3a) : QColor(0xb0, 0x00, 0x20));
        m_compare->setItem(r, 3, delta);
    }
    return true;
}

} // namespace mizan::ui
