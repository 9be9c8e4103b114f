#include "ui/corpus/corpusbrowser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

#include "ui/annotate/renderings.h"
#include "ui/annotate/spanedits.h"
#include "ui/corpus/corpusfilter.h"
#include "ui/corpus/corpusmodel.h"

namespace mizan::ui {

CorpusBrowser::CorpusBrowser(CorpusDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new CorpusModel(document, this)),
      m_filter(new CorpusFilter(this)), m_filterEdit(new QLineEdit(this)), m_normalized(new QCheckBox(this)),
      m_label(new QComboBox(this)), m_category(new QComboBox(this)), m_polarity(new QComboBox(this)),
      m_conflicts(new QCheckBox(this)), m_unannotated(new QCheckBox(this)), m_view(new QTreeView(this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("corpusBrowser"));
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("corpusTree"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // file order until the user sorts
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(CorpusModel::TextColumn, QHeaderView::Stretch);
    // Fixed widths: ResizeToContents would measure every row of a large corpus on each reset.
    m_view->header()->setSectionResizeMode(CorpusModel::SpansColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(CorpusModel::ReviewedColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(CorpusModel::SpansColumn, 90);
    m_view->header()->resizeSection(CorpusModel::ReviewedColumn, 70);
    m_view->header()->setStretchLastSection(false);
    m_view->setIconSize(QSize(72, 10));

    auto *grid = new QGridLayout;
    grid->addWidget(m_filterEdit, 0, 0, 1, 2);
    grid->addWidget(m_normalized, 0, 2);
    grid->addWidget(m_label, 1, 0);
    grid->addWidget(m_category, 1, 1);
    grid->addWidget(m_polarity, 1, 2);
    grid->addWidget(m_conflicts, 2, 0);
    grid->addWidget(m_unannotated, 2, 1);
    grid->addWidget(m_count, 2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(grid);
    layout->addWidget(m_view, 1);

    for (QComboBox *box : {m_label, m_category, m_polarity})
        connect(box, &QComboBox::currentIndexChanged, this, &CorpusBrowser::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &CorpusBrowser::applyFilter);
    for (QCheckBox *box : {m_normalized, m_conflicts, m_unannotated})
        connect(box, &QCheckBox::toggled, this, &CorpusBrowser::applyFilter);
    // Several sentences or documents at once (pre-annotation works on the selection).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const SentenceRef ref = m_model->refAt(m_filter->mapToSource(current));
                if (ref.isValid())
                    Q_EMIT sentenceSelected(ref);
            });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CorpusBrowser::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CorpusBrowser::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CorpusBrowser::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CorpusBrowser::updateCount);
    connect(document, &CorpusDocument::corpusReset, this, &CorpusBrowser::refillChoices);
    connect(document, &CorpusDocument::documentsInserted, this, &CorpusBrowser::refillChoices);
    retranslate();
    refillChoices();
}

void CorpusBrowser::retranslate()
{
    m_filterEdit->setPlaceholderText(tr("Search text..."));
    m_normalized->setText(tr("Normalised"));
    m_normalized->setToolTip(tr("Search the normalised text (letter variants, diacritics and elongation ignored)"));
    m_conflicts->setText(tr("Has conflicts"));
    m_unannotated->setText(tr("Unannotated"));
    m_polarity->blockSignals(true);
    const int polarity = m_polarity->currentIndex();
    m_polarity->clear();
    m_polarity->addItem(tr("Any polarity"), QString());
    for (Polarity p : {Polarity::Positive, Polarity::Negative, Polarity::Neutral, Polarity::Conflict})
        m_polarity->addItem(polarityText(p), QString::fromLatin1(polarityName(p)));
    m_polarity->setCurrentIndex(std::max(0, polarity));
    m_polarity->blockSignals(false);
    refillChoices();
}

void CorpusBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CorpusBrowser::refillChoices()
{
    std::map<QString, int> labels, categories;
    for (const Document &d : m_document->corpus().documents)
        for (const Sentence &s : d.sentences) {
            for (const SpanInfo &span : spansOf(s))
                ++labels[span.label];
            for (const Opinion &o : s.opinions)
                if (!o.category.empty())
                    ++categories[QString::fromStdString(o.category)];
        }
    auto fill = [](QComboBox *box, const QString &any, const std::map<QString, int> &values) {
        const QString current = box->currentData().toString();
        box->blockSignals(true);
        box->clear();
        box->addItem(any, QString());
        for (const auto &[value, count] : values)
            box->addItem(QStringLiteral("%1 (%2)").arg(value).arg(count), value);
        const int keep = box->findData(current);
        box->setCurrentIndex(keep >= 0 ? keep : 0);
        box->blockSignals(false);
    };
    fill(m_label, tr("Any label"), labels);
    fill(m_category, tr("Any category"), categories);
    updateCount();
}

void CorpusBrowser::applyFilter()
{
    FilterCriteria c;
    c.text = m_filterEdit->text().trimmed();
    c.normalized = m_normalized->isChecked();
    c.label = m_label->currentData().toString();
    c.category = m_category->currentData().toString();
    c.polarity = m_polarity->currentData().toString();
    c.conflictsOnly = m_conflicts->isChecked();
    c.unannotatedOnly = m_unannotated->isChecked();
    m_filter->setCriteria(c);
    if (!c.isEmpty())
        m_view->expandAll();
    updateCount();
}

void CorpusBrowser::updateCount()
{
    m_count->setText(tr("%n sentence(s)", nullptr, m_filter->matchingSentences()));
}

SentenceRef CorpusBrowser::currentSentence() const
{
    return m_model->refAt(m_filter->mapToSource(m_view->currentIndex()));
}

void CorpusBrowser::selectSentence(SentenceRef ref)
{
    QModelIndex source = m_model->indexOf(ref);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        m_filterEdit->clear();
        m_normalized->setChecked(false);
        m_label->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
        m_polarity->setCurrentIndex(0);
        m_conflicts->setChecked(false);
        m_unannotated->setChecked(false);
        applyFilter();
        proxy = m_filter->mapFromSource(source);
    }
    m_view->expand(proxy.parent());
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy);
}

void CorpusBrowser::step(int delta)
{
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        current = m_filter->index(0, 0);
        if (current.isValid() && m_filter->rowCount(current) > 0)
            return selectSentence(m_model->refAt(m_filter->mapToSource(m_filter->index(0, 0, current))));
        return;
    }
    // Walk the visible sentences in view order, crossing document boundaries.
    QModelIndex doc = current.parent().isValid() ? current.parent() : current;
    int row = current.parent().isValid() ? current.row() : (delta > 0 ? -1 : m_filter->rowCount(doc));
    for (;;) {
        row += delta;
        if (row >= 0 && row < m_filter->rowCount(doc)) {
            m_view->expand(doc);
            m_view->setCurrentIndex(m_filter->index(row, 0, doc));
            return;
        }
        const int nextDoc = doc.row() + delta;
        if (nextDoc < 0 || nextDoc >= m_filter->rowCount())
            return;
        doc = m_filter->index(nextDoc, 0);
        row = delta > 0 ? -1 : m_filter->rowCount(doc);
    }
}

} // namespace mizan::ui
