#include "ui/corpus/corpusdocument.h"

#include "corpus/exportcheck.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "corpus/corpusio.h"

namespace mizan::ui {

CorpusDocument::CorpusDocument(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SentenceRef>();
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool) { Q_EMIT modifiedChanged(isModified()); });
}

void CorpusDocument::resetCorpus(Corpus corpus, bool readOnlySource)
{
    m_corpus = std::move(corpus);
    m_readOnlySource = readOnlySource;
    m_dirtyWithoutUndo = false;
    m_undo.clear();
    m_undo.setClean();
    Q_EMIT corpusReset();
    Q_EMIT fileNameChanged(fileName());
    Q_EMIT modifiedChanged(false);
    Q_EMIT contentChanged();
}

bool CorpusDocument::contains(SentenceRef ref) const
{
    return ref.document >= 0 && ref.document < static_cast<int>(m_corpus.documents.size())
           && ref.sentence >= 0
           && ref.sentence < static_cast<int>(m_corpus.documents[ref.document].sentences.size());
}

const Sentence &CorpusDocument::sentence(SentenceRef ref) const
{
    return m_corpus.documents.at(ref.document).sentences.at(ref.sentence);
}

void CorpusDocument::setSentence(SentenceRef ref, const Sentence &sentence)
{
    if (!contains(ref))
        return;
    m_corpus.documents[ref.document].sentences[ref.sentence] = sentence;
    Q_EMIT sentenceChanged(ref);
    Q_EMIT contentChanged();
}

void CorpusDocument::appendDocuments(const std::vector<Document> &documents)
{
    if (documents.empty())
        return;
    const int first = static_cast<int>(m_corpus.documents.size());
    m_corpus.documents.insert(m_corpus.documents.end(), documents.begin(), documents.end());
    Q_EMIT documentsInserted(first, static_cast<int>(m_corpus.documents.size()) - 1);
    Q_EMIT contentChanged();
}

void CorpusDocument::removeLastDocuments(int count)
{
    const int size = static_cast<int>(m_corpus.documents.size());
    count = std::min(count, size);
    if (count <= 0)
        return;
    m_corpus.documents.resize(static_cast<std::size_t>(size - count));
    Q_EMIT documentsRemoved(size - count, size - 1);
    Q_EMIT contentChanged();
}

void CorpusDocument::markModified()
{
    m_dirtyWithoutUndo = true;
    Q_EMIT modifiedChanged(true);
}

QString CorpusDocument::untitledName() { return QCoreApplication::translate("mizan::ui::CorpusDocument", "Untitled"); }

QString CorpusDocument::displayName() const
{
    if (m_corpus.sourcePath.empty())
        return untitledName();
    return QFileInfo(fileName()).fileName();
}

Status CorpusDocument::save()
{
    if (m_readOnlySource || m_corpus.sourcePath.empty())
        return Status(ErrorCode::InvalidArgument, "this corpus has no file of its own yet: use Save As");
    return saveAs(fileName(), m_corpus.format);
}

Status CorpusDocument::saveAs(const QString &path, CorpusFormat format)
{
    const CorpusFormat target = resolveExportFormat(m_corpus, path.toStdString(), format);
    Status status = exportCorpus(m_corpus, path.toStdString(), target);
    if (!status.isOk())
        return status;
    m_corpus.sourcePath = path.toStdString();
    m_corpus.format = target;
    m_readOnlySource = false;
    m_dirtyWithoutUndo = false;
    m_undo.setClean();
    Q_EMIT fileNameChanged(fileName());
    Q_EMIT modifiedChanged(false);
    return status;
}

Status CorpusDocument::exportTo(const QString &path, CorpusFormat format) const
{
    return exportCorpus(m_corpus, path.toStdString(), format);
}

} // namespace mizan::ui
