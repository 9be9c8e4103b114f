#pragma once
// Filtering and Arabic-collated sorting of the corpus tree.
#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QString>

#include <memory>

namespace mizan {
class Normalizer;
}

namespace mizan::ui {

struct FilterCriteria {
    QString text;             // substring of the raw text (or of the normalised text)
    bool normalized = false;  // search the normalised text ("search" preset) instead of raw
    QString label;            // a span label (exact), empty: any
    QString polarity;         // "positive", "negative", "neutral", "conflict"; empty: any
    QString category;         // an opinion category (exact), empty: any
    bool conflictsOnly = false;
    bool unannotatedOnly = false;

    bool isEmpty() const;
};

class CorpusFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CorpusFilter(QObject *parent = nullptr);
    ~CorpusFilter() override;

    void setCriteria(const FilterCriteria &criteria);
    const FilterCriteria &criteria() const { return m_criteria; }
    // Number of sentences that pass the filter.
    int matchingSentences() const;
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString normalizedText(const QModelIndex &sentence) const;

    FilterCriteria m_criteria;
    QString m_normalizedQuery;
    QCollator m_collator;
    std::unique_ptr<Normalizer> m_normalizer;
    mutable QHash<quint64, QString> m_normalizedCache;
};

} // namespace mizan::ui
