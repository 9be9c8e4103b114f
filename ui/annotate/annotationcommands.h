#pragma once
// Undoable edits. Every annotation edit replaces one sentence's annotations with a new
// version; the command keeps both versions, so undo and redo are exact.
#include <QUndoCommand>

#include <vector>

#include "corpus/corpus.h"
#include "ui/corpus/corpusdocument.h"

namespace mizan::ui {

class SentenceEditCommand : public QUndoCommand {
public:
    SentenceEditCommand(CorpusDocument *document, SentenceRef ref, Sentence after, const QString &text);
    void undo() override;
    void redo() override;

private:
    CorpusDocument *m_document;
    SentenceRef m_ref;
    Sentence m_before;
    Sentence m_after;
};

// Appends imported documents; undo removes them again.
class ImportDocumentsCommand : public QUndoCommand {
public:
    ImportDocumentsCommand(CorpusDocument *document, std::vector<Document> documents, const QString &text);
    void undo() override;
    void redo() override;

private:
    CorpusDocument *m_document;
    std::vector<Document> m_documents;
};

} // namespace mizan::ui
