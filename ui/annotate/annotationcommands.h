#pragma once
// Undoable edits. Every annotation edit replaces one sentence's annotations with a new
// version; the command keeps both versions, so undo and redo are exact. Each command words
// its History text through a function, so a live language switch rewords the whole History
// (retranslateHistory).
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <vector>

#include "corpus/corpus.h"
#include "ui/corpus/corpusdocument.h"

namespace mizan::ui {

class DescribedCommand : public QUndoCommand {
public:
    using Describe = std::function<QString()>;
    explicit DescribedCommand(Describe describe);
    // Sets the text again from the description (in the language installed now).
    void retranslate();

private:
    Describe m_describe;
};

class SentenceEditCommand : public DescribedCommand {
public:
    SentenceEditCommand(CorpusDocument *document, SentenceRef ref, Sentence after, Describe describe);
    void undo() override;
    void redo() override;

private:
    CorpusDocument *m_document;
    SentenceRef m_ref;
    Sentence m_before;
    Sentence m_after;
};

// Appends imported documents; undo removes them again.
class ImportDocumentsCommand : public DescribedCommand {
public:
    ImportDocumentsCommand(CorpusDocument *document, std::vector<Document> documents, Describe describe);
    void undo() override;
    void redo() override;

private:
    CorpusDocument *m_document;
    std::vector<Document> m_documents;
};

// Rewords every command on `stack` and tells its views and actions (call after a language change).
void retranslateHistory(QUndoStack *stack);

} // namespace mizan::ui
