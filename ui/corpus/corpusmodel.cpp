#include "ui/corpus/corpusmodel.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

#include "ui/annotate/renderings.h"
#include "ui/annotate/spanedits.h"

namespace mizan::ui {

namespace {

// Document rows carry no parent; sentence rows carry their document index + 1 as internal id.
constexpr quintptr kDocumentId = 0;

// One coloured dot per opinion (by polarity) or entity (by label), as in the design sketch.
QPixmap dotsPixmap(const Sentence &sentence)
{
    QString key = QStringLiteral("mizan-dots:");
    const auto spans = spansOf(sentence);
    const int count = std::min<int>(spans.size(), 8);
    for (int i = 0; i < count; ++i)
        key += spans[i].kind == SpanKind::Opinion ? QString::number(static_cast<int>(spans[i].polarity))
                                                  : spans[i].label;
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(8 * 9, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < count; ++i) {
        QColor color = spans[i].kind == SpanKind::Opinion ? polarityColor(spans[i].polarity)
                                                          : labelColor(spans[i].label).darker(130);
        if (!color.isValid())
            color = Qt::lightGray;
        painter.setBrush(color);
        painter.drawEllipse(QRectF(i * 9 + 1, 1, 8, 8));
    }
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace

CorpusModel::CorpusModel(CorpusDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(document, &CorpusDocument::corpusReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &CorpusDocument::sentenceChanged, this, [this](SentenceRef ref) {
        Q_EMIT dataChanged(indexOf(ref, 0), indexOf(ref, ColumnCount - 1));
        const QModelIndex doc = index(ref.document, 0);
        Q_EMIT dataChanged(doc, index(ref.document, ColumnCount - 1));
    });
    // Document rows are appended or removed only at the end (Import and its undo); the model
    // is told after the fact, so it resets rather than inserting rows it cannot describe.
    connect(document, &CorpusDocument::documentsInserted, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &CorpusDocument::documentsRemoved, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

QModelIndex CorpusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const auto &docs = m_document->corpus().documents;
    if (!parent.isValid()) {
        if (row >= static_cast<int>(docs.size()))
            return {};
        return createIndex(row, column, kDocumentId);
    }
    if (parent.internalId() != kDocumentId)
        return {};
    const int doc = parent.row();
    if (doc >= static_cast<int>(docs.size()) || row >= static_cast<int>(docs[doc].sentences.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(doc + 1));
}

QModelIndex CorpusModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kDocumentId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kDocumentId);
}

int CorpusModel::rowCount(const QModelIndex &parent) const
{
    const auto &docs = m_document->corpus().documents;
    if (!parent.isValid())
        return static_cast<int>(docs.size());
    if (parent.internalId() != kDocumentId || parent.column() != 0)
        return 0;
    return parent.row() < static_cast<int>(docs.size()) ? static_cast<int>(docs[parent.row()].sentences.size()) : 0;
}

int CorpusModel::columnCount(const QModelIndex &) const { return ColumnCount; }

SentenceRef CorpusModel::refAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kDocumentId)
        return {};
    return {static_cast<int>(index.internalId() - 1), index.row()};
}

QModelIndex CorpusModel::indexOf(SentenceRef ref, int column) const
{
    if (!m_document->contains(ref))
        return {};
    return createIndex(ref.sentence, column, static_cast<quintptr>(ref.document + 1));
}

QVariant CorpusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Text");
    case SpansColumn: return tr("Spans");
    case ReviewedColumn: return tr("Reviewed");
    default: return {};
    }
}

QVariant CorpusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kDocumentId)
        return documentData(index.row(), index.column(), role);
    return sentenceData(refAt(index), index.column(), role);
}

QVariant CorpusModel::documentData(int doc, int column, int role) const
{
    const auto &docs = m_document->corpus().documents;
    if (doc >= static_cast<int>(docs.size()))
        return {};
    const Document &d = docs[doc];
    int spans = 0, reviewed = 0;
    if (role == Qt::DisplayRole || role == SortKeyRole) {
        for (const Sentence &s : d.sentences) {
            spans += static_cast<int>(s.opinions.size() + s.entities.size());
            reviewed += s.reviewed ? 1 : 0;
        }
    }
    switch (role) {
    case DocumentRole: return doc;
    case SentenceRole: return -1;
    case Qt::DisplayRole:
        if (column == TextColumn) {
            const QString id = d.id.empty() ? QString::number(doc + 1) : QString::fromStdString(d.id);
            return tr("Document %1 (%n sentences)", nullptr, static_cast<int>(d.sentences.size())).arg(id);
        }
        if (column == SpansColumn)
            return spans;
        if (column == ReviewedColumn)
            return QStringLiteral("%1/%2").arg(reviewed).arg(d.sentences.size());
        return {};
    case SortKeyRole:
        if (column == TextColumn)
            return QString::fromStdString(d.id);
        return column == SpansColumn ? spans : reviewed;
    default: return {};
    }
}

QVariant CorpusModel::sentenceData(SentenceRef ref, int column, int role) const
{
    if (!m_document->contains(ref))
        return {};
    const Sentence &s = m_document->sentence(ref);
    switch (role) {
    case DocumentRole: return ref.document;
    case SentenceRole: return ref.sentence;
    case Qt::DisplayRole:
        if (column == TextColumn)
            return QString::fromStdString(s.text);
        if (column == SpansColumn)
            return static_cast<int>(s.opinions.size() + s.entities.size());
        if (column == ReviewedColumn)
            return s.reviewed ? QStringLiteral("\u2713") : QString();
        return {};
    case Qt::ToolTipRole:
        if (column == TextColumn)
            return tr("Sentence %1, line %2").arg(QString::fromStdString(s.id)).arg(s.sourceLine);
        return {};
    case Qt::DecorationRole:
        if (column == SpansColumn && !isUnannotated(s))
            return dotsPixmap(s);
        return {};
    case Qt::TextAlignmentRole:
        return column == TextColumn ? QVariant() : QVariant(Qt::AlignCenter);
    case RawTextRole: return QString::fromStdString(s.text);
    case LabelsRole: {
        QStringList labels;
        for (const SpanInfo &span : spansOf(s))
            labels << span.label;
        return labels;
    }
    case CategoriesRole: {
        QStringList categories;
        for (const Opinion &o : s.opinions)
            categories << QString::fromStdString(o.category);
        return categories;
    }
    case PolaritiesRole: {
        QStringList polarities;
        for (const Opinion &o : s.opinions)
            polarities << QString::fromLatin1(polarityName(o.polarity));
        return polarities;
    }
    case HasConflictRole: return hasConflict(s);
    case UnannotatedRole: return isUnannotated(s);
    case ReviewedRole: return s.reviewed;
    case SortKeyRole:
        if (column == TextColumn)
            return QString::fromStdString(s.text);
        if (column == SpansColumn)
            return static_cast<int>(s.opinions.size() + s.entities.size());
        return s.reviewed ? 1 : 0;
    default: return {};
    }
}

} // namespace mizan::ui
