#include "ui/playground/playgroundpanel.h"

#include <algorithm>


#include <QDir>
#include <QProgressBar>
#include <QScrollArea>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QTextOption>
#include <QTreeView>
#include <QVBoxLayout>

#include <exception>
#include <utility>

#include "common/errortext.h"
#include "common/resources.h"

#include "ui/annotate/annotationcommands.h"
#include "ui/annotate/renderings.h"
#include "ui/annotate/sentenceview.h"
#include "ui/common/fonts.h"
#include "ui/common/guide.h"
#include "ui/common/problemtext.h"
#include "ui/corpus/corpusbrowser.h"
#include "ui/corpus/corpusmodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/playground/predictionconvert.h"
#include "ui/playground/suggestionsdialog.h"
#include "ui/training/displaynames.h"
#include "ui/training/modelhub.h"
#include "ui/common/bidi.h"
#include "ui/common/progressbar.h"

namespace mizan::ui {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

enum SpanColumn { ColKind, ColText, ColLabel, ColConfidence, ColOffsets, ColCategory, ColCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

bool unannotated(const Sentence &s) { return s.opinions.empty() && s.entities.empty(); }

// The polarity badge: the polarity's colour behind its name, white text.
QTableWidgetItem *polarityBadge(const std::string &name)
{
    const auto polarity = parsePolarity(name);
    auto *badge = cell(polarity ? polarityText(*polarity) : PlaygroundPanel::tr("(no sentiment head)"));
    if (polarity && polarityColor(*polarity).isValid()) {
        badge->setBackground(polarityColor(*polarity));
        badge->setForeground(Qt::white);
    }
    return badge;
}

} // namespace

PlaygroundPanel::PlaygroundPanel(CorpusDocument *document, MainWindow *window, QWidget *parent)
    : QWidget(parent), m_document(document), m_window(window)
{
    setObjectName(QStringLiteral("playgroundPanel"));
    buildUi();
    retranslate();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kTypingPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &PlaygroundPanel::predictNow);
    connect(m_input, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_predictTask, &BackgroundTaskBase::finished, this, &PlaygroundPanel::onPredicted);
    connect(&m_loadTask, &BackgroundTaskBase::finished, this, &PlaygroundPanel::onModelLoaded);
    connect(&m_preTask, &BackgroundTaskBase::finished, this, [this] {
        PredictOutcome out = m_preTask.result();
        if (!m_preTask.error().isEmpty())  // threw past the work's own catch
            out.error = m_preTask.error();
        m_preAnnotate->setEnabled(true);
        m_preAnnotateAll->setEnabled(true);
        m_preTimer.stop();
        m_preProgress->hide();
        m_preCancel->hide();
        if (!out.error.isEmpty()) {
            setStatus([error = out.error] { return ProblemText::failure(tr("Pre-annotation failed."), error); });
            Q_EMIT preAnnotated(0, 0);
            return;
        }
        // Only real suggestions are offered: a sentence where the model found nothing is left out.
        out.suggestions.erase(std::remove_if(out.suggestions.begin(), out.suggestions.end(),
                                             [](const auto &s) { return unannotated(s.second); }),
                              out.suggestions.end());
        QList<int> keep;
        if (m_accept) {
            keep = m_accept(out.suggestions);
        } else if (!out.suggestions.empty()) {
            SuggestionsDialog dialog(out.suggestions, this);
            if (dialog.exec() == QDialog::Accepted)
                keep = dialog.accepted();
        }
        m_accept = {};
        if (!keep.isEmpty()) {
            m_document->undoStack()->beginMacro(tr("Pre-annotate %n sentence(s)", nullptr, int(keep.size())));
            for (int i : keep)
                if (i >= 0 && i < int(out.suggestions.size())) {
                    const auto &[ref, sentence] = out.suggestions[std::size_t(i)];
                    // The corpus may have changed while the model ran: only untouched sentences.
                    if (m_document->contains(ref) && m_document->sentence(ref).text == sentence.text &&
                        unannotated(m_document->sentence(ref)))
                        m_document->undoStack()->push(
                            new SentenceEditCommand(m_document, ref, sentence, [] { return tr("Pre-annotate"); }));
                }
            m_document->undoStack()->endMacro();
        }
        setStatus([found = out.suggestions.size(), accepted = keep.size()] {
            return tr("%1 suggestion(s), %2 accepted.").arg(found).arg(accepted);
        });
        Q_EMIT preAnnotated(int(out.suggestions.size()), int(keep.size()));
    });
    // The user's first trained (or evaluated) model replaces the shipped default; later ones
    // are offered (one click), the model in use stays until then.
    connect(ModelHub::instance(), &ModelHub::modelsChanged, this, [this] {
        const QStringList models = ModelHub::instance()->models();
        if (models.isEmpty())
            return;
        if (usingDefaultModel() || (!m_predictor && !m_loadTask.isRunning()))
            loadModel(models.front());
        else
            offerNewest();
    });
    connect(ModelHub::instance(), &ModelHub::playgroundRequested, this, [this](const QString &dir) {
        if (QWidget *dock = parentWidget())
            dock->raise();
        loadModel(dir);
    });
}

PlaygroundPanel::~PlaygroundPanel()
{
    // Background work holds its own reference to the predictor; wait so no result arrives late.
    m_predictTask.waitForFinished();
    m_preTask.waitForFinished();
    m_loadTask.waitForFinished();
}

void PlaygroundPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_modelLabel = new QLabel(this);
    m_modelLabel->setObjectName(QStringLiteral("playgroundModel"));
    m_loadButton = new QPushButton(this);
    m_useNewest = new QPushButton(this);
    m_useNewest->setObjectName(QStringLiteral("useNewestModel"));
    m_useNewest->hide();
    top->addWidget(m_modelLabel, 1);
    top->addWidget(m_useNewest);
    top->addWidget(m_loadButton);
    layout->addLayout(top);
    // The shipped model has no entity labels (no NER corpus here may be redistributed in a model).
    m_entityNote = new QLabel(this);
    m_entityNote->setObjectName(QStringLiteral("playgroundEntityNote"));
    m_entityNote->setWordWrap(true);
    m_entityNote->setOpenExternalLinks(true);
    m_entityNote->hide();
    layout->addWidget(m_entityNote);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_input = new QPlainTextEdit(split);
    m_input->setObjectName(QStringLiteral("playgroundInput"));
    m_input->setFont(arabicFont(14));
    m_input->setMinimumHeight(60);
    // Arabic input reads right to left whatever the UI language.
    QTextOption option = m_input->document()->defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    m_input->document()->setDefaultTextOption(option);
    // The output: the highlighted text above, the summary and the table below, split so the
    // table has room for several rows (a long review scrolls in its own area).
    auto *output = new QSplitter(Qt::Vertical, split);
    output->setObjectName(QStringLiteral("playgroundOutputSplit"));
    output->setChildrenCollapsible(false);
    auto *tablePart = new QWidget(output);
    auto *outLayout = new QVBoxLayout(tablePart);
    outLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new SentenceView(output);
    m_view->setObjectName(QStringLiteral("playgroundView"));
    m_view->setFont(arabicFont(16));
    m_summary = new QLabel(tablePart);
    m_summary->setObjectName(QStringLiteral("playgroundSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColCount, tablePart);
    m_table->setObjectName(QStringLiteral("playgroundSpans"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A long review wraps into many lines: the highlighted output scrolls.
    auto *viewArea = new QScrollArea(output);
    viewArea->setObjectName(QStringLiteral("playgroundViewArea"));
    viewArea->setWidget(m_view);
    viewArea->setWidgetResizable(true);
    viewArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewArea->setMinimumHeight(40);
    outLayout->addWidget(m_summary);
    outLayout->addWidget(m_table, 1);
    output->addWidget(viewArea);
    output->addWidget(tablePart);
    output->setStretchFactor(0, 2);
    output->setStretchFactor(1, 3);
    m_outputSplit = output;
    connect(output, &QSplitter::splitterMoved, this, [this] { m_outputSplitMoved = true; });
    split->addWidget(m_input);
    split->addWidget(output);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addToCorpus"));
    m_preAnnotate = new QPushButton(this);
    m_preAnnotate->setObjectName(QStringLiteral("preAnnotate"));
    m_preAnnotateAll = new QPushButton(this);
    m_preAnnotateAll->setObjectName(QStringLiteral("preAnnotateAll"));
    m_preCancel = new QPushButton(this);
    m_preCancel->setObjectName(QStringLiteral("preAnnotateCancel"));
    m_preCancel->hide();
    m_preProgress = new ProgressBar(this);
    m_preProgress->setObjectName(QStringLiteral("preAnnotateProgress"));
    m_preProgress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("playgroundStatus"));
    bottom->addWidget(m_add);
    bottom->addWidget(m_preAnnotate);
    bottom->addWidget(m_preAnnotateAll);
    bottom->addWidget(m_preProgress);
    bottom->addWidget(m_preCancel);
    bottom->addWidget(m_status, 1);
    layout->addLayout(bottom);
    m_add->setEnabled(false);
    m_preAnnotate->setEnabled(false);
    m_preAnnotateAll->setEnabled(false);
    m_preTimer.setInterval(100);
    connect(&m_preTimer, &QTimer::timeout, this, [this] {
        if (m_preDone)
            m_preProgress->setValue(m_preDone->load());
    });
    connect(m_preCancel, &QPushButton::clicked, this, &PlaygroundPanel::cancelPreAnnotation);
    connect(m_preAnnotateAll, &QPushButton::clicked, this, [this] {
        const QList<SentenceRef> refs = allUnannotated();
        if (refs.isEmpty()) {
            setStatus([] { return tr("Every sentence is annotated already."); });
            return;
        }
        preAnnotate(refs);
    });

    connect(m_loadButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Model folder"), modelDir());
        if (!dir.isEmpty())
            loadModel(dir);
    });
    connect(m_useNewest, &QPushButton::clicked, this, [this] {
        const QStringList models = ModelHub::instance()->models();
        m_useNewest->hide();
        if (!models.isEmpty())
            loadModel(models.front());
    });
    connect(m_add, &QPushButton::clicked, this, &PlaygroundPanel::addToCorpus);
    connect(m_preAnnotate, &QPushButton::clicked, this, [this] {
        const QList<SentenceRef> refs = selectedUnannotated();
        if (refs.isEmpty()) {
            setStatus([] {
                return tr("Select sentences or documents in the Corpus panel; only unannotated sentences are "
                          "pre-annotated.");
            });
            return;
        }
        preAnnotate(refs);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { m_view->setCurrentSpan(row); });
}

void PlaygroundPanel::setStatus(std::function<QString()> describe)
{
    m_statusText = std::move(describe);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void PlaygroundPanel::updateModelLabel()
{
    if (!m_predictor) {
        m_modelLabel->setText(tr("No model loaded: train one, or load a model folder."));
        return;
    }
    QStringList tasks;
    for (const std::string &t : m_predictor->tasks())
        tasks << taskDisplayName(q(t));
    if (usingDefaultModel())
        m_modelLabel->setText(tr("Default model: %1 (%2). Train on your data or load a model to use your own.")
                                  .arg(tr("hotel reviews, trained on SemEval-2016"), tasks.join(QStringLiteral(", "))));
    else
        m_modelLabel->setText(
            tr("Model: %1 (%2)").arg(ltr(QDir::toNativeSeparators(modelDir())), tasks.join(QStringLiteral(", "))));
}

void PlaygroundPanel::retranslate()
{
    // Everything on show is worded again: the model line, the status line and the last
    // prediction (its table, badges and summary).
    updateModelLabel();
    setStatus(m_statusText);
    m_loadButton->setText(tr("Load model..."));
    offerNewest();
    m_entityNote->setText(tr("This model finds no entities: entities need a model trained on an entity corpus (for "
                             "example ANERcorp in CoNLL format). See <a href=\"%1\">Train on your data</a> in the user "
                             "guide.").arg(guideUrl(QStringLiteral("train-on-your-data")).toString()));
    m_input->setPlaceholderText(tr("Type or paste Arabic text; predictions appear when you stop typing."));
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Text"), tr("Label / polarity"), tr("Confidence"), tr("Code points"), tr("Category")});
    if (!m_prediction.text.empty())
        showPrediction(m_prediction);
    m_add->setText(tr("Add to corpus"));
    m_add->setToolTip(tr("Add this text with the predicted annotations to the open corpus, to correct them"));
    m_preAnnotate->setText(tr("Pre-annotate selected"));
    m_preAnnotateAll->setText(tr("Pre-annotate all unannotated"));
    m_preAnnotateAll->setToolTip(tr("Suggest annotations for every unannotated sentence of the corpus"));
    m_preCancel->setText(tr("Cancel"));
    m_preAnnotate->setToolTip(tr("Suggest annotations for the unannotated sentences selected in the Corpus panel"));
}

void PlaygroundPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaygroundPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_outputSplitMoved || !m_outputSplit)
        return;
    const QList<int> sizes = m_outputSplit->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    // Up to two fifths for the highlighted text, as long as the table keeps room for its
    // summary, its header and five rows.
    const int tableNeed = m_summary->sizeHint().height() + m_table->horizontalHeader()->sizeHint().height() +
                          5 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 8;
    const int view = std::max(40, std::min(total * 2 / 5, total - tableNeed));
    m_outputSplit->setSizes({view, std::max(0, total - view)});
}

void PlaygroundPanel::onModelLoaded()
{
    LoadOutcome out = m_loadTask.result();
    if (!m_loadTask.error().isEmpty())
        out.error = m_loadTask.error();
    m_loadButton->setEnabled(true);
    if (!m_nextModel.isEmpty()) {  // superseded while it loaded
        loadModel(std::exchange(m_nextModel, QString()));
        return;
    }
    if (!out.predictor) {
        setStatus([error = out.error] { return ProblemText::failure(tr("Cannot load the model."), error); });
        Q_EMIT modelLoaded(false);
        return;
    }
    m_predictor = out.predictor;
    QSettings().setValue(QLatin1String(kModelSetting), modelDir());
    offerNewest();
    updateModelLabel();
    const auto taskIds = m_predictor->tasks();
    m_entityNote->setVisible(std::find(taskIds.begin(), taskIds.end(), "ner") == taskIds.end());
    setStatus([] { return tr("Model loaded."); });
    m_preAnnotate->setEnabled(true);
    m_preAnnotateAll->setEnabled(true);
    Q_EMIT modelLoaded(true);
    predictNow();
}

bool PlaygroundPanel::loadDefaultModel()
{
    const QString dir = q(defaultModelDir());
    if (dir.isEmpty() || m_predictor || m_loadTask.isRunning())
        return false;
    loadModel(dir);
    return true;
}

bool PlaygroundPanel::restoreModel()
{
    const QString last = QSettings().value(QLatin1String(kModelSetting)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir() && !m_predictor && !m_loadTask.isRunning()) {
        loadModel(last);
        return true;
    }
    return loadDefaultModel();
}

void PlaygroundPanel::offerNewest()
{
    const QStringList models = ModelHub::instance()->models();
    const bool offer = !models.isEmpty() && m_predictor && QFileInfo(models.front()) != QFileInfo(modelDir());
    if (offer)
        m_useNewest->setText(tr("Use the newest model (%1)")
                                 .arg(ltr(QFileInfo(models.front()).dir().dirName() + QLatin1Char('/') +
                                          QFileInfo(models.front()).fileName())));
    m_useNewest->setVisible(offer);
}

bool PlaygroundPanel::usingDefaultModel() const
{
    const std::string dir = defaultModelDir();
    return m_predictor && !dir.empty() && QFileInfo(modelDir()) == QFileInfo(q(dir));
}

QString PlaygroundPanel::modelDir() const { return m_predictor ? q(m_predictor->modelDir()) : QString(); }

void PlaygroundPanel::loadModel(const QString &dir)
{
    if (m_loadTask.isRunning()) {
        m_nextModel = dir;
        return;
    }
    m_loadButton->setEnabled(false);
    setStatus([dir] { return tr("Loading %1...").arg(ltr(QDir::toNativeSeparators(dir))); });
    m_loadTask.start([dir] {
        LoadOutcome out;
        try {
            auto loaded = Predictor::load(dir.toStdString());
            if (loaded)
                out.predictor = std::shared_ptr<Predictor>(std::move(*loaded));
            else
                out.error = q(loaded.error());
        } catch (const std::exception &e) {
            out.error = QString::fromStdString(mizan::errorText(e));
        }
        return out;
    });
}

void PlaygroundPanel::setText(const QString &text) { m_input->setPlainText(text); }

void PlaygroundPanel::predictNow()
{
    if (!m_predictor)
        return;
    if (m_predictTask.isRunning()) {
        m_pending = true;  // predict the newest text once this one is back
        return;
    }
    m_pending = false;
    const std::string text = m_input->toPlainText().toStdString();
    if (m_input->toPlainText().trimmed().isEmpty()) {
        showPrediction(Prediction{});
        return;
    }
    std::shared_ptr<const Predictor> predictor = m_predictor;
    std::shared_ptr<std::mutex> lock = m_predictLock;
    m_predictTask.start([predictor, lock, text] {
        PredictOutcome out;
        try {
            const std::lock_guard<std::mutex> guard(*lock);
            auto p = predictor->predict(text);
            if (p)
                out.prediction = std::move(*p);
            else
                out.error = q(p.error());
        } catch (const std::exception &e) {
            out.error = QString::fromStdString(mizan::errorText(e));
        }
        return out;
    });
}

void PlaygroundPanel::onPredicted()
{
    PredictOutcome out = m_predictTask.result();
    if (!m_predictTask.error().isEmpty())
        out.error = m_predictTask.error();
    if (m_pending) {
        predictNow();
        return;
    }
    if (!out.error.isEmpty()) {
        setStatus([error = out.error] { return ProblemText::failure(tr("Prediction failed."), error); });
        return;
    }
    showPrediction(out.prediction);
    setStatus({});
    Q_EMIT predicted();
}

void PlaygroundPanel::showPrediction(const Prediction &p)
{
    m_prediction = p;
    m_view->setText(q(p.text));
    m_view->setHighlights(predictionHighlights(p));
    m_summary->setText(predictionSummary(p));
    m_table->clearContents();  // not every row fills the category column
    m_table->setRowCount(int(p.entities.size() + p.targets.size() + p.sentenceOpinions.size()));
    int row = 0;
    for (const PredictedEntity &e : p.entities) {
        m_table->setItem(row, ColKind, cell(tr("entity")));
        m_table->setItem(row, ColText, cell(q(e.text)));
        auto *label = cell(q(e.label));
        label->setBackground(labelColor(q(e.label)));
        m_table->setItem(row, ColLabel, label);
        m_table->setItem(row, ColConfidence, cell(QStringLiteral("%1%").arg(e.score * 100, 0, 'f', 0)));
        m_table->setItem(row, ColOffsets, cell(QStringLiteral("%1-%2").arg(e.start).arg(e.end)));
        ++row;
    }
    for (const PredictedTarget &t : p.targets) {
        m_table->setItem(row, ColKind, cell(tr("target")));
        m_table->setItem(row, ColText, cell(q(t.text)));
        m_table->setItem(row, ColLabel, polarityBadge(t.polarity));
        const auto score = t.scores.find(t.polarity);
        m_table->setItem(row, ColConfidence,
                         cell(score != t.scores.end() ? QStringLiteral("%1%").arg(score->second * 100, 0, 'f', 0)
                                                      : QStringLiteral("-")));
        m_table->setItem(row, ColOffsets, cell(QStringLiteral("%1-%2").arg(t.start).arg(t.end)));
        if (!t.category.empty())
            m_table->setItem(row, ColCategory,
                             cell(QStringLiteral("%1 (%2%)").arg(q(t.category)).arg(t.categoryScore * 100, 0, 'f', 0)));
        ++row;
    }
    // Sentence-level (NULL-target) opinions: a category with the polarity of the pair.
    for (const PredictedOpinion &o : p.sentenceOpinions) {
        m_table->setItem(row, ColKind, cell(tr("sentence")));
        m_table->setItem(row, ColText, cell(tr("(no target)")));
        m_table->setItem(row, ColLabel, polarityBadge(o.polarity));
        m_table->setItem(row, ColConfidence, cell(QStringLiteral("%1%").arg(o.score * 100, 0, 'f', 0)));
        m_table->setItem(row, ColOffsets, cell(QStringLiteral("-")));
        m_table->setItem(row, ColCategory, cell(q(o.category)));
        ++row;
    }
    m_add->setEnabled(!p.text.empty());
}

bool PlaygroundPanel::addToCorpus()
{
    if (m_prediction.text.empty())
        return false;
    Document doc;
    doc.id = "playground-" + std::to_string(++m_added);
    Sentence s;
    s.id = doc.id + ":0";
    s.text = m_prediction.text;
    doc.sentences.push_back(sentenceWithPrediction(std::move(s), m_prediction));
    const int index = int(m_document->corpus().documents.size());
    m_document->undoStack()->push(
        new ImportDocumentsCommand(m_document, {doc}, [] { return tr("Add playground text"); }));
    if (m_window)
        m_window->showSentence({index, 0});
    setStatus([id = q(doc.id)] { return tr("Added as %1 for correction.").arg(id); });
    return true;
}

QList<SentenceRef> PlaygroundPanel::allUnannotated() const
{
    QList<SentenceRef> refs;
    const Corpus &corpus = m_document->corpus();
    for (int d = 0; d < int(corpus.documents.size()); ++d)
        for (int i = 0; i < int(corpus.documents[std::size_t(d)].sentences.size()); ++i)
            if (unannotated(corpus.documents[std::size_t(d)].sentences[std::size_t(i)]))
                refs << SentenceRef{d, i};
    return refs;
}

void PlaygroundPanel::cancelPreAnnotation()
{
    if (m_preCancelled && m_preTask.isRunning()) {
        m_preCancelled->store(true);
        setStatus([] { return tr("Stopping pre-annotation..."); });
    }
}

QList<SentenceRef> PlaygroundPanel::selectedUnannotated() const
{
    QList<SentenceRef> refs;
    CorpusBrowser *browser = m_window ? m_window->corpusBrowser() : nullptr;
    if (!browser || !browser->view()->selectionModel())
        return refs;
    QSet<QPair<int, int>> seen;
    const Corpus &corpus = m_document->corpus();
    auto add = [&](SentenceRef ref) {
        if (m_document->contains(ref) && unannotated(m_document->sentence(ref)) &&
            !seen.contains({ref.document, ref.sentence})) {
            seen.insert({ref.document, ref.sentence});
            refs << ref;
        }
    };
    for (const QModelIndex &index : browser->view()->selectionModel()->selectedRows()) {
        const int d = index.data(CorpusModel::DocumentRole).toInt();
        const int s = index.data(CorpusModel::SentenceRole).toInt();
        if (d < 0 || d >= int(corpus.documents.size()))
            continue;
        if (s >= 0)
            add({d, s});
        else
            for (int i = 0; i < int(corpus.documents[std::size_t(d)].sentences.size()); ++i)
                add({d, i});
    }
    return refs;
}

void PlaygroundPanel::preAnnotate(
    const QList<SentenceRef> &refs,
    std::function<QList<int>(const std::vector<std::pair<SentenceRef, Sentence>> &)> accept)
{
    if (!m_predictor || m_preTask.isRunning())
        return;
    std::vector<std::pair<SentenceRef, Sentence>> todo;
    for (const SentenceRef &ref : refs)
        if (m_document->contains(ref) && unannotated(m_document->sentence(ref)))
            todo.emplace_back(ref, m_document->sentence(ref));
    m_accept = std::move(accept);
    m_preAnnotate->setEnabled(false);
    m_preAnnotateAll->setEnabled(false);
    setStatus([n = int(todo.size())] { return tr("Pre-annotating %n sentence(s)...", nullptr, n); });
    // Progress and cancel: the worker counts and checks a flag; the GUI polls the counter.
    auto done = std::make_shared<std::atomic<int>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_preDone = done;
    m_preCancelled = cancelled;
    m_preProgress->setRange(0, std::max(1, int(todo.size())));
    m_preProgress->setValue(0);
    m_preProgress->show();
    m_preCancel->show();
    m_preTimer.start();
    std::shared_ptr<const Predictor> predictor = m_predictor;
    std::shared_ptr<std::mutex> lock = m_predictLock;
    m_preTask.start([predictor, lock, todo, done, cancelled] {
        PredictOutcome out;
        try {
            for (const auto &[ref, sentence] : todo) {
                if (cancelled->load())
                    break;
                const std::lock_guard<std::mutex> guard(*lock);
                auto p = predictor->predict(sentence.text);
                if (!p) {
                    out.error = q(p.error());  // the sentence's id is data, not part of core's message
                    return out;
                }
                out.suggestions.emplace_back(ref, sentenceWithPrediction(sentence, *p));
                ++*done;
            }
        } catch (const std::exception &e) {
            out.error = QString::fromStdString(mizan::errorText(e));
        }
        return out;
    });
}

} // namespace mizan::ui
