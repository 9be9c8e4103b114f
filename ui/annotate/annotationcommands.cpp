#include "ui/annotate/annotationcommands.h"

namespace mizan::ui {

DescribedCommand::DescribedCommand(Describe describe) : QUndoCommand(describe()), m_describe(std::move(describe)) {}

void DescribedCommand::retranslate() { setText(m_describe()); }

SentenceEditCommand::SentenceEditCommand(CorpusDocument *document, SentenceRef ref, Sentence after, Describe describe)
    : DescribedCommand(std::move(describe)), m_document(document), m_ref(ref), m_before(document->sentence(ref)),
      m_after(std::move(after))
{
}

void SentenceEditCommand::undo() { m_document->setSentence(m_ref, m_before); }

void SentenceEditCommand::redo() { m_document->setSentence(m_ref, m_after); }

ImportDocumentsCommand::ImportDocumentsCommand(CorpusDocument *document, std::vector<Document> documents,
                                               Describe describe)
    : DescribedCommand(std::move(describe)), m_document(document), m_documents(std::move(documents))
{
}

void ImportDocumentsCommand::undo() { m_document->removeLastDocuments(static_cast<int>(m_documents.size())); }

void ImportDocumentsCommand::redo() { m_document->appendDocuments(m_documents); }

void retranslateHistory(QUndoStack *stack)
{
    for (int i = 0; i < stack->count(); ++i)
        // The stack hands out const commands; the text is all that changes.
        if (auto *command = dynamic_cast<const DescribedCommand *>(stack->command(i)))
            const_cast<DescribedCommand *>(command)->retranslate();
    // QUndoView's model and the undo/redo texts follow these signals.
    Q_EMIT stack->indexChanged(stack->index());
    Q_EMIT stack->undoTextChanged(stack->undoText());
    Q_EMIT stack->redoTextChanged(stack->redoText());
}

} // namespace mizan::ui
