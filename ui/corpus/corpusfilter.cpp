#include "ui/corpus/corpusfilter.h"

#include "text/normalizer.h"
#include "ui/corpus/corpusmodel.h"

namespace mizan::ui {

bool FilterCriteria::isEmpty() const
{
    return text.isEmpty() && label.isEmpty() && polarity.isEmpty() && category.isEmpty() && !conflictsOnly
           && !unannotatedOnly;
}

CorpusFilter::CorpusFilter(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Arabic)),
      m_normalizer(std::make_unique<Normalizer>(NormalizerOptions::search()))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
    setSortRole(CorpusModel::SortKeyRole);
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_normalizedCache.clear(); });
}

CorpusFilter::~CorpusFilter() = default;

void CorpusFilter::setCriteria(const FilterCriteria &criteria)
{
    m_criteria = criteria;
    m_normalizedQuery.clear();
    if (criteria.normalized && !criteria.text.isEmpty()) {
        auto normalized = m_normalizer->normalize(criteria.text.toStdString());
        m_normalizedQuery = normalized.ok() ? QString::fromStdString(normalized->text) : criteria.text;
    }
    invalidateFilter();
}

QString CorpusFilter::normalizedText(const QModelIndex &sentence) const
{
    const quint64 key = (static_cast<quint64>(sentence.data(CorpusModel::DocumentRole).toInt()) << 32)
                        | static_cast<quint32>(sentence.data(CorpusModel::SentenceRole).toInt());
    auto it = m_normalizedCache.constFind(key);
    if (it != m_normalizedCache.constEnd())
        return *it;
    const QString raw = sentence.data(CorpusModel::RawTextRole).toString();
    auto normalized = m_normalizer->normalize(raw.toStdString());
    const QString text = normalized.ok() ? QString::fromStdString(normalized->text) : raw;
    m_normalizedCache.insert(key, text);
    return text;
}

bool CorpusFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const FilterCriteria &c = m_criteria;
    if (!sourceParent.isValid())
        return c.isEmpty();  // documents show when a sentence in them matches (recursive filtering)
    if (!c.text.isEmpty()) {
        const bool found = c.normalized
                               ? normalizedText(index).contains(m_normalizedQuery, Qt::CaseInsensitive)
                               : index.data(CorpusModel::RawTextRole).toString().contains(c.text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    if (!c.label.isEmpty() && !index.data(CorpusModel::LabelsRole).toStringList().contains(c.label))
        return false;
    if (!c.category.isEmpty() && !index.data(CorpusModel::CategoriesRole).toStringList().contains(c.category))
        return false;
    if (!c.polarity.isEmpty() && !index.data(CorpusModel::PolaritiesRole).toStringList().contains(c.polarity))
        return false;
    if (c.conflictsOnly && !index.data(CorpusModel::HasConflictRole).toBool())
        return false;
    if (c.unannotatedOnly && !index.data(CorpusModel::UnannotatedRole).toBool())
        return false;
    return true;
}

bool CorpusFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(CorpusModel::SortKeyRole), b = right.data(CorpusModel::SortKeyRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return a.toInt() < b.toInt();
}

void CorpusFilter::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), &QAbstractItemModel::dataChanged, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // After Qt's own handling of an edit: a sentence whose row does not say what the filter now
    // says (it matches again inside a document the filter had hidden altogether, which Qt's proxy
    // does not bring back with its sentence) makes the filter map everything again.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        const QModelIndex document = topLeft.parent();
        if (document.isValid() && mapFromSource(topLeft).isValid() != filterAcceptsRow(topLeft.row(), document))
            invalidate();
    });
}

int CorpusFilter::matchingSentences() const
{
    int count = 0;
    for (int d = 0; d < rowCount(); ++d)
        count += rowCount(index(d, 0));
    return count;
}

} // namespace mizan::ui
