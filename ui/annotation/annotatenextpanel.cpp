#include "ui/annotation/annotatenextpanel.h"
#include "ui/common/progressbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "common/sha256.h"
#include "ui/mainwindow/mainwindow.h"

namespace mizan::ui {
namespace {

enum Column { RankColumn, ScoreColumn, IdColumn, TextColumn, ColumnCount };
constexpr int kRefRole = Qt::UserRole + 1;
enum SourceIndex { BaselineSource, FolderSource };

QString strategyTitle(RankStrategy s)
{
    switch (s) {
    case RankStrategy::Random: return AnnotateNextPanel::tr("Random");
    case RankStrategy::LeastConfidence: return AnnotateNextPanel::tr("Least confident polarity");
    case RankStrategy::Margin: return AnnotateNextPanel::tr("Smallest polarity margin");
    case RankStrategy::Entropy: return AnnotateNextPanel::tr("Polarity entropy");
    case RankStrategy::SpanPosterior: return AnnotateNextPanel::tr("Least sure target span");
    case RankStrategy::TokenEntropy: return AnnotateNextPanel::tr("Tagger token entropy");
    }
    return {};
}

} // namespace

AnnotateNextPanel::AnnotateNextPanel(CorpusDocument *document, MainWindow *window, QWidget *parent)
    : QWidget(parent), m_document(document), m_window(window), m_source(new QComboBox(this)),
      m_strategy(new QComboBox(this)), m_pool(new QComboBox(this)), m_top(new QSpinBox(this)),
      m_folderButton(new QPushButton(this)), m_rankButton(new QPushButton(this)),
      m_retrainButton(new QPushButton(this)), m_withTransformer(new QCheckBox(this)),
      m_stopButton(new QPushButton(this)), m_modelLabel(new QLabel(this)), m_status(new QLabel(this)),
      m_progress(new ProgressBar(this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_curveView(new LearningCurveView(document, this))
{
    setObjectName(QStringLiteral("AnnotateNextPanel"));
    for (QLabel *&l : m_labels)
        l = new QLabel(this);
    m_top->setRange(1, 100000);
    m_top->setValue(50);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(200);
    m_modelLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    layOut();

    retranslate();
    m_strategy->setCurrentIndex(int(RankStrategy::Entropy));
    connect(m_folderButton, &QPushButton::clicked, this, &AnnotateNextPanel::chooseFolder);
    connect(m_rankButton, &QPushButton::clicked, this, &AnnotateNextPanel::rank);
    connect(m_retrainButton, &QPushButton::clicked, this, &AnnotateNextPanel::retrain);
    connect(m_stopButton, &QPushButton::clicked, this, &AnnotateNextPanel::stop);
    connect(&m_transformer, &TransformerRetrain::progress, m_status, &QLabel::setText);
    connect(&m_transformer, &TransformerRetrain::done, this, &AnnotateNextPanel::onTransformerDone);
    connect(m_source, &QComboBox::currentIndexChanged, this, &AnnotateNextPanel::updateButtons);
    connect(&m_job, &RankJob::progress, this, [this](int done, int total, const QString &stage) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(stage);
    });
    connect(&m_job, &RankJob::finished, this, &AnnotateNextPanel::onFinished);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const SentenceRef ref = sentenceAt(index.row());
        if (ref.isValid() && m_window)
            m_window->showSentence(ref);
    });
    connect(m_document, &CorpusDocument::corpusReset, this, [this] {
        m_model->removeRows(0, m_model->rowCount());
        m_baseline.reset();
        m_status->clear();
        updateButtons();
    });
    updateButtons();
}

AnnotateNextPanel::~AnnotateNextPanel() = default;

// Source and model on the first row, ranking on the second, then the status, and the table
// over the learning curve.
void AnnotateNextPanel::layOut()
{
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_labels[0]);
    row1->addWidget(m_source);
    row1->addWidget(m_folderButton);
    row1->addWidget(m_modelLabel, 1);
    row1->addWidget(m_retrainButton);
    row1->addWidget(m_withTransformer);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_labels[1]);
    row2->addWidget(m_strategy);
    row2->addWidget(m_labels[2]);
    row2->addWidget(m_pool);
    row2->addWidget(m_labels[3]);
    row2->addWidget(m_top);
    row2->addWidget(m_rankButton);
    row2->addWidget(m_stopButton);
    row2->addWidget(m_progress);
    row2->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_curveView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
}

void AnnotateNextPanel::retranslate()
{
    m_labels[0]->setText(tr("Model:"));
    m_labels[1]->setText(tr("Strategy:"));
    m_labels[2]->setText(tr("Candidates:"));
    m_labels[3]->setText(tr("Show:"));
    const int source = std::max(0, m_source->currentIndex());
    m_source->clear();
    m_source->addItems({tr("Baseline retrained here"), tr("Model folder")});
    m_source->setCurrentIndex(source);
    const int strategy = m_strategy->currentIndex();
    m_strategy->clear();
    for (RankStrategy s : allRankStrategies())
        m_strategy->addItem(strategyTitle(s), int(s));
    m_strategy->setCurrentIndex(strategy);
    const int pool = std::max(0, m_pool->currentIndex());
    m_pool->clear();
    m_pool->addItem(tr("Unannotated"), int(RankPool::Unannotated));
    m_pool->addItem(tr("Not reviewed"), int(RankPool::Unreviewed));
    m_pool->addItem(tr("All sentences"), int(RankPool::All));
    m_pool->setCurrentIndex(pool);
    m_folderButton->setText(tr("Choose…"));
    m_rankButton->setText(tr("Rank"));
    m_retrainButton->setText(tr("Retrain baseline"));
    m_retrainButton->setToolTip(tr("Train the linear baseline on the sentences annotated so far, then rank again"));
    m_withTransformer->setText(tr("Also retrain the transformer"));
    m_withTransformer->setToolTip(tr("After the baseline, train a transformer on the annotated sentences (minutes; "
                                     "Stop keeps the last good model) and rank with it"));
    m_stopButton->setText(tr("Stop"));
    m_model->setHorizontalHeaderLabels({tr("#"), tr("Score"), tr("Sentence"), tr("Text")});
    updateButtons();
}

void AnnotateNextPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnnotateNextPanel::updateButtons()
{
    const bool busy = isBusy();
    const bool folder = m_source->currentIndex() == FolderSource;
    m_folderButton->setVisible(folder);
    m_modelLabel->setText(folder ? (m_modelDir.isEmpty() ? tr("no folder chosen") : m_modelDir)
                                 : (m_baseline ? tr("trained on this corpus") : tr("not trained yet: press Retrain")));
    m_rankButton->setEnabled(!busy);
    m_retrainButton->setEnabled(!busy);
    m_withTransformer->setEnabled(!busy);
    m_stopButton->setEnabled(busy);
    m_progress->setVisible(busy);
}

void AnnotateNextPanel::setModelFolder(const QString &dir)
{
    m_modelDir = dir;
    m_source->setCurrentIndex(FolderSource);
    updateButtons();
}

void AnnotateNextPanel::setStrategy(RankStrategy strategy)
{
    m_strategy->setCurrentIndex(m_strategy->findData(int(strategy)));
}

void AnnotateNextPanel::setPool(RankPool pool) { m_pool->setCurrentIndex(m_pool->findData(int(pool))); }

void AnnotateNextPanel::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Model folder (a training run or a baseline)"), m_modelDir);
    if (!dir.isEmpty())
        setModelFolder(dir);
}

bool AnnotateNextPanel::rank()
{
    if (m_source->currentIndex() == FolderSource)
        return startJob(RankRequest::Model::Folder);
    if (!m_baseline && RankStrategy(m_strategy->currentData().toInt()) != RankStrategy::Random)
        return retrain();
    return startJob(RankRequest::Model::Baseline);
}

bool AnnotateNextPanel::retrain()
{
    if (isBusy())
        return false;
    m_source->setCurrentIndex(BaselineSource);
    m_transformerNext = m_withTransformer->isChecked();
    return startJob(RankRequest::Model::Retrain);
}

void AnnotateNextPanel::stop()
{
    m_transformerNext = false;
    m_job.stop();
    m_transformer.stop();
}

void AnnotateNextPanel::startTransformer()
{
    const QString corpus = m_document->fileName();
    const QString key = corpus.isEmpty()
                            ? QStringLiteral("unsaved")
                            : QString::fromStdString(sha256Hex(QFileInfo(corpus).absoluteFilePath().toStdString()));
    QString error;
    if (!m_transformer.start(m_document->corpus(), key, &error))
        m_status->setText(m_status->text() + QLatin1Char(' ') + tr("The transformer is not retrained: %1").arg(error));
    updateButtons();
}

void AnnotateNextPanel::onTransformerDone(bool replaced, const QString &message)
{
    if (replaced)
        setModelFolder(m_transformer.modelDir());
    updateButtons();
    m_status->setText(message);
    Q_EMIT transformerDone(replaced);
    if (replaced)
        startJob(RankRequest::Model::Folder);  // the queue re-ranks with the new model
}

bool AnnotateNextPanel::startJob(RankRequest::Model model)
{
    if (model == RankRequest::Model::Folder && m_modelDir.isEmpty()) {
        m_status->setText(tr("Choose a model folder first."));
        return false;
    }
    RankRequest r;
    r.model = model;
    r.modelDir = m_modelDir;
    r.baseline = m_baseline;
    r.corpus = m_document->corpus();
    r.options.strategy = RankStrategy(m_strategy->currentData().toInt());
    r.options.pool = RankPool(m_pool->currentData().toInt());
    r.options.top = std::size_t(m_top->value());
    if (!m_job.start(std::move(r)))
        return false;
    m_progress->setRange(0, 0);
    updateButtons();
    return true;
}

void AnnotateNextPanel::onFinished(const std::shared_ptr<RankOutcome> &outcome)
{
    if (outcome->retrained)
        m_baseline = outcome->retrained;
    if (outcome->round)
        m_curveView->addRound(*outcome->round);
    else if (!outcome->roundError.isEmpty())
        m_curveView->setProblem(tr("No learning-curve point this time: %1").arg(outcome->roundError));
    updateButtons();
    const bool transformerNext = m_transformerNext && outcome->ok;
    m_transformerNext = false;
    if (!outcome->ok) {
        m_status->setText(tr("Could not rank: %1").arg(outcome->error));
        Q_EMIT ranked(false);
        return;
    }
    m_model->removeRows(0, m_model->rowCount());
    int row = 0;
    for (const RankedSentence &s : outcome->ranked) {
        QList<QStandardItem *> items;
        items << new QStandardItem(QString::number(row + 1)) << new QStandardItem(QString::number(s.score, 'f', 4))
              << new QStandardItem(QString::fromStdString(s.id)) << new QStandardItem(QString::fromStdString(s.text));
        items[0]->setData(QVariant::fromValue(SentenceRef{int(s.document), int(s.sentence)}), kRefRole);
        if (items[TextColumn]->text().isRightToLeft())
            items[TextColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        m_model->appendRow(items);
        ++row;
    }
    m_table->resizeColumnsToContents();
    QString status = tr("%n sentence(s) to annotate next, most useful first.", nullptr, row);
    if (outcome->retrained)
        status +=
            QLatin1Char(' ') + tr("Baseline retrained on %n annotated sentence(s).", nullptr, int(outcome->trainedOn));
    m_status->setText(status);
    Q_EMIT ranked(true);
    if (transformerNext)
        startTransformer();
}

SentenceRef AnnotateNextPanel::sentenceAt(int row) const
{
    const QModelIndex index = m_model->index(row, RankColumn);
    return index.isValid() ? index.data(kRefRole).value<SentenceRef>() : SentenceRef{};
}

} // namespace mizan::ui
