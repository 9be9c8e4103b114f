#pragma once
// Documents -> sentences as a tree, read from a CorpusDocument. Raw values for filtering and
// sorting come under custom roles.
#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include "ui/corpus/corpusdocument.h"

namespace mizan::ui {

class CorpusModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TextColumn, SpansColumn, ReviewedColumn, ColumnCount };
    enum Role {
        DocumentRole = Qt::UserRole + 1,  // int: document index
        SentenceRole,                     // int: sentence index, -1 on document rows
        RawTextRole,                      // QString
        LabelsRole,                       // QStringList: entity labels and opinion labels
        CategoriesRole,                   // QStringList: opinion categories
        PolaritiesRole,                   // QStringList: polarity names ("positive"...)
        HasConflictRole,                  // bool
        UnannotatedRole,                  // bool
        ReviewedRole,                     // bool
        SortKeyRole,                      // QString or int, per column
    };

    explicit CorpusModel(CorpusDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The sentence an index stands for (invalid on document rows).
    SentenceRef refAt(const QModelIndex &index) const;
    QModelIndex indexOf(SentenceRef ref, int column = TextColumn) const;

private:
    QVariant documentData(int doc, int column, int role) const;
    QVariant sentenceData(SentenceRef ref, int column, int role) const;

    CorpusDocument *m_document;
};

} // namespace mizan::ui
