#include "ui/annotate/annotationcommands.h"

namespace mizan::ui {

SentenceEditCommand::SentenceEditCommand(CorpusDocument *document, SentenceRef ref, Sentence after,
                                         const QString &text)
    : QUndoCommand(text), m_document(document), m_ref(ref), m_before(document->sentence(ref)),
      m_after(std::move(after))
{
}

void SentenceEditCommand::undo() { m_document->setSentence(m_ref, m_before); }

void SentenceEditCommand::redo() { m_document->setSentence(m_ref, m_after); }

ImportDocumentsCommand::ImportDocumentsCommand(CorpusDocument *document, std::vector<Document> documents,
                                               const QString &text)
    : QUndoCommand(text), m_document(document), m_documents(std::move(documents))
{
}

void ImportDocumentsCommand::undo() { m_document->removeLastDocuments(static_cast<int>(m_documents.size())); }

void ImportDocumentsCommand::redo() { m_document->appendDocuments(m_documents); }

} // namespace mizan::ui
