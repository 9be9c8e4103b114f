#include "ui/annotation/comparepanel.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "corpus/corpusio.h"
#include "ui/annotate/annotationcommands.h"
#include "ui/annotate/sentenceview.h"
#include "ui/common/fonts.h"
#include "ui/common/textoffsets.h"
#include "ui/corpus/issuetext.h"
#include "ui/mainwindow/mainwindow.h"

namespace mizan::ui {
namespace {

enum Column { SentenceColumn, LayerColumn, KindColumn, AColumn, BColumn, ColumnCount };
constexpr int kIndexRole = Qt::UserRole + 1;  // index into the pair's disagreements

} // namespace

ComparePanel::ComparePanel(CorpusDocument *document, MainWindow *window, QWidget *parent)
    : QWidget(parent), m_document(document), m_window(window), m_open(new QPushButton(this)), m_file(new QLabel(this)),
      m_summary(new QLabel(this)), m_hideReviewed(new QCheckBox(this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)), m_titleA(new QLabel(this)), m_titleB(new QLabel(this)),
      m_viewA(new SentenceView(this)), m_viewB(new SentenceView(this)), m_takeA(new QPushButton(this)),
      m_takeB(new QPushButton(this)), m_edit(new QPushButton(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("ComparePanel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_hint->setWordWrap(true);
    m_hideReviewed->setChecked(true);
    m_viewA->setFont(arabicFont(15));
    m_viewB->setFont(arabicFont(15));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);

    auto *top = new QHBoxLayout;
    top->addWidget(m_open);
    top->addWidget(m_file, 1);
    top->addWidget(m_hideReviewed);
    auto *versions = new QWidget(this);
    auto *grid = new QGridLayout(versions);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_titleA, 0, 0);
    grid->addWidget(m_viewA, 1, 0);
    grid->addWidget(m_titleB, 2, 0);
    grid->addWidget(m_viewB, 3, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_takeA);
    buttons->addWidget(m_takeB);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    grid->addLayout(buttons, 4, 0);
    grid->addWidget(m_hint, 5, 0);
    grid->setRowStretch(6, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(versions);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    retranslate();

    connect(m_open, &QPushButton::clicked, this, &ComparePanel::chooseFile);
    connect(m_takeA, &QPushButton::clicked, this, &ComparePanel::takeA);
    connect(m_takeB, &QPushButton::clicked, this, &ComparePanel::takeB);
    connect(m_edit, &QPushButton::clicked, this, &ComparePanel::editSelected);
    connect(m_hideReviewed, &QCheckBox::toggled, this, &ComparePanel::fillTable);
    connect(&m_task, &BackgroundTaskBase::finished, this, &ComparePanel::onComputed);
    connect(&m_refresh, &QTimer::timeout, this, &ComparePanel::recompute);
    connect(m_document, &CorpusDocument::contentChanged, this, [this] {
        if (m_b)
            m_refresh.start();
    });
    connect(m_document, &CorpusDocument::corpusReset, this, [this] {
        if (m_b)
            m_refresh.start();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) { showRow(index.row()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelected(); });
    showRow(-1);
}

ComparePanel::~ComparePanel() { m_task.waitForFinished(); }

void ComparePanel::retranslate()
{
    m_open->setText(tr("Open second annotation…"));
    if (m_bPath.isEmpty())
        m_file->setText(tr("Compare this corpus (A) with another annotation of the same sentences (B)."));
    m_hideReviewed->setText(tr("Hide adjudicated sentences"));
    m_hideReviewed->setToolTip(tr("Adjudicating marks a sentence reviewed; reviewed sentences leave the list"));
    m_titleA->setText(tr("A: this corpus"));
    m_titleB->setText(tr("B: %1").arg(m_bPath.isEmpty() ? tr("second annotation") : QFileInfo(m_bPath).fileName()));
    m_takeA->setText(tr("Take A"));
    m_takeB->setText(tr("Take B"));
    m_edit->setText(tr("Edit…"));
    m_hint->setText(tr("Each decision edits this corpus (undo with Ctrl+Z); save it as the merged annotation."));
    m_model->setHorizontalHeaderLabels({tr("Sentence"), tr("Layer"), tr("Kind"), tr("A"), tr("B")});
    if (m_current && m_current->error.isEmpty())
        m_summary->setText(comparisonSummaryHtml(*m_current));
}

void ComparePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparePanel::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Second annotation of this corpus"), QString(),
                                     tr("Corpora (*.xml *.conll *.txt *.jsonl *.json);;All files (*)"));
    if (!path.isEmpty())
        openSecond(path);
}

void ComparePanel::openSecond(const QString &path)
{
    m_file->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    Corpus a = m_document->corpus();
    m_task.start([a = std::move(a), path]() mutable {  // after the previous work, whose result is dropped
        ImportResult r = importCorpus(path.toStdString());
        QStringList warnings;
        for (const ImportIssue &i : r.report.issues)
            warnings << IssueText::located(i);
        if (!r.ok) {
            auto failed = std::make_shared<Comparison>();
            failed->bPath = path;
            failed->error =
                warnings.isEmpty() ? ComparePanel::tr("cannot read %1").arg(path) : warnings.join(QLatin1Char('\n'));
            return failed;
        }
        return computeComparison(std::move(a), std::make_shared<const Corpus>(std::move(r.corpus)), path, warnings);
    });
}

void ComparePanel::recompute()
{
    if (!m_b)
        return;
    if (m_task.isRunning()) {
        m_pending = true;
        return;
    }
    m_task.start([a = m_document->corpus(), b = m_b, path = m_bPath, w = m_importWarnings]() mutable {
        return computeComparison(std::move(a), b, path, w);
    });
}

void ComparePanel::onComputed()
{
    std::shared_ptr<Comparison> c = m_task.result();
    if (!c) {  // the work threw (out of memory)
        c = std::make_shared<Comparison>();
        c->error = m_task.error();
    }
    if (!c->error.isEmpty()) {
        m_file->setText(tr("Could not read the second annotation: %1").arg(c->error));
        Q_EMIT compared(false);
        return;
    }
    const int selected = m_table->currentIndex().row();
    m_current = c;
    m_b = c->b;
    m_bPath = c->bPath;
    m_importWarnings = c->importWarnings;
    m_file->setText(QDir::toNativeSeparators(c->bPath));
    retranslate();
    fillTable();
    selectDisagreement(std::min(std::max(selected, 0), m_model->rowCount() - 1));
    if (m_pending) {
        m_pending = false;
        recompute();
    }
    Q_EMIT compared(true);
}

void ComparePanel::fillTable()
{
    m_model->removeRows(0, m_model->rowCount());
    if (!m_current || m_current->report.pairs.empty())
        return;
    const auto &all = m_current->report.pairs.front().disagreements;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Disagreement &d = all[i];
        const SentenceRef ref = m_current->refs[d.row];
        if (m_hideReviewed->isChecked() && m_document->contains(ref) && m_document->sentence(ref).reviewed)
            continue;
        const Sentence &sa = *m_current->report.alignment.rows[d.row][0];
        const Sentence &sb = *m_current->report.alignment.rows[d.row][1];
        const auto version = [&](const Sentence &s, std::size_t start, std::size_t end, const std::string &value) {
            if (value.empty())
                return QString();
            if (d.layer == "categories")
                return disagreementValueText(value);
            const QString text = QString::fromStdString(s.text);
            const Utf16Map map(text);
            return QStringLiteral("«%1» %2")
                .arg(text.mid(map.toUtf16(start), map.toUtf16(end) - map.toUtf16(start)), disagreementValueText(value));
        };
        QList<QStandardItem *> items;
        items << new QStandardItem(QString::fromStdString(d.sentenceId))
              << new QStandardItem(disagreementLayerText(d.layer)) << new QStandardItem(disagreementKindText(d.kind))
              << new QStandardItem(version(sa, d.startA, d.endA, d.valueA))
              << new QStandardItem(version(sb, d.startB, d.endB, d.valueB));
        items[0]->setData(qulonglong(i), kIndexRole);
        alignByText(items[AColumn]);
        alignByText(items[BColumn]);
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
}

const Disagreement *ComparePanel::disagreementAt(int row) const
{
    const QModelIndex index = m_model->index(row, SentenceColumn);
    if (!m_current || !index.isValid() || m_current->report.pairs.empty())
        return nullptr;
    return &m_current->report.pairs.front().disagreements.at(index.data(kIndexRole).toULongLong());
}

void ComparePanel::selectDisagreement(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        showRow(-1);
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, SentenceColumn));
    showRow(row);
}

void ComparePanel::showRow(int row)
{
    const Disagreement *d = disagreementAt(row);
    m_takeA->setEnabled(d);
    m_takeB->setEnabled(d);
    m_edit->setEnabled(d);
    if (!d) {
        m_viewA->setText({});
        m_viewB->setText({});
        return;
    }
    const auto &versions = m_current->report.alignment.rows[d->row];
    const struct {
        SentenceView *view;
        QLabel *title;
        const Sentence *sentence;
        std::size_t start, end;
        QString name;
    } sides[] = {{m_viewA, m_titleA, versions[0], d->startA, d->endA, tr("A: this corpus")},
                 {m_viewB, m_titleB, versions[1], d->startB, d->endB, tr("B: %1").arg(QFileInfo(m_bPath).fileName())}};
    for (const auto &side : sides) {
        const QString text = QString::fromStdString(side.sentence->text);
        int current = -1;
        side.view->setText(text);
        side.view->setHighlights(versionHighlights(*side.sentence, text, d->layer, side.start, side.end, &current));
        side.view->setCurrentSpan(current);
        const QString cats = sentenceCategoriesText(*side.sentence);
        side.title->setText(cats.isEmpty() ? side.name : side.name + QStringLiteral(" — ") + cats);
    }
}

bool ComparePanel::takeA()
{
    const Disagreement *d = disagreementAt(m_table->currentIndex().row());
    if (!d || !m_document->contains(m_current->refs[d->row]))
        return false;
    const SentenceRef ref = m_current->refs[d->row];
    Sentence s = m_document->sentence(ref);
    s.reviewed = true;
    m_document->undoStack()->push(new SentenceEditCommand(
        m_document, ref, s, [id = QString::fromStdString(s.id)] { return tr("Adjudicate %1: keep A").arg(id); }));
    return true;
}

bool ComparePanel::takeB()
{
    const Disagreement *d = disagreementAt(m_table->currentIndex().row());
    if (!d || !m_document->contains(m_current->refs[d->row]))
        return false;
    const SentenceRef ref = m_current->refs[d->row];
    const Sentence &other = *m_current->report.alignment.rows[d->row][1];
    Sentence s = m_document->sentence(ref);
    if (s.text != other.text) {
        m_hint->setText(tr("The two versions of this sentence have different texts; edit it by hand instead."));
        return false;
    }
    s.opinions = other.opinions;
    s.entities = other.entities;
    s.reviewed = true;
    m_document->undoStack()->push(new SentenceEditCommand(
        m_document, ref, s, [id = QString::fromStdString(s.id)] { return tr("Adjudicate %1: take B").arg(id); }));
    return true;
}

void ComparePanel::editSelected()
{
    const Disagreement *d = disagreementAt(m_table->currentIndex().row());
    if (d && m_window)
        m_window->showSentence(m_current->refs[d->row]);
}

} // namespace mizan::ui
