#pragma once
// The open corpus: owns the mizan::Corpus, its file name and format, and the QUndoStack of
// edits. Every change goes through this object (normally from a QUndoCommand), which emits
// the signals views and models listen to.
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <vector>

#include "common/result.h"
#include "corpus/corpus.h"

namespace mizan::ui {

// A sentence in the corpus: document index and sentence index within it.
struct SentenceRef {
    int document = -1;
    int sentence = -1;
    bool isValid() const { return document >= 0 && sentence >= 0; }
    bool operator==(const SentenceRef &o) const { return document == o.document && sentence == o.sentence; }
    bool operator!=(const SentenceRef &o) const { return !(*this == o); }
};

class CorpusDocument : public QObject {
    Q_OBJECT
public:
    explicit CorpusDocument(QObject *parent = nullptr);

    const Corpus &corpus() const { return m_corpus; }
    // Replaces the whole corpus (after Open): clears the undo history and the modified flag.
    // `readOnlySource` marks a bundled sample that Save must not overwrite (Save asks for a
    // new name instead).
    void resetCorpus(Corpus corpus, bool readOnlySource = false);

    bool contains(SentenceRef ref) const;
    // The sentence at `ref`; `ref` must be valid (contains(ref)).
    const Sentence &sentence(SentenceRef ref) const;
    // Replaces the sentence at `ref` (annotations, reviewed flag). Used by undo commands.
    void setSentence(SentenceRef ref, const Sentence &sentence);
    // Appends documents at the end (Import). Used by undo commands.
    void appendDocuments(const std::vector<Document> &documents);
    // Removes the last `count` documents (undo of Import).
    void removeLastDocuments(int count);

    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean() || m_dirtyWithoutUndo; }
    // Marks the document modified without an undo entry (restored from a recovery file).
    void markModified();

    QString fileName() const { return QString::fromStdString(m_corpus.sourcePath); }
    CorpusFormat format() const { return m_corpus.format; }
    bool isReadOnlySource() const { return m_readOnlySource; }
    // The name shown in the title bar: the file's base name, or "Untitled".
    QString displayName() const;

    // Writes the corpus to fileName() in format(). Fails for a read-only source or no name.
    Status save();
    // Writes to `path` in `format` (Unknown: keep the current one); on success the document
    // takes that name and format and becomes unmodified.
    Status saveAs(const QString &path, CorpusFormat format = CorpusFormat::Unknown);
    // Writes a copy to `path` in `format` without changing the name or the modified flag.
    Status exportTo(const QString &path, CorpusFormat format) const;

    // The "Untitled" label, translated.
    static QString untitledName();

Q_SIGNALS:
    void corpusReset();
    void sentenceChanged(mizan::ui::SentenceRef ref);
    void documentsInserted(int first, int last);
    void documentsRemoved(int first, int last);
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    // Any change to the corpus content (for statistics and autosave).
    void contentChanged();

private:
    Corpus m_corpus;
    QUndoStack m_undo;
    bool m_readOnlySource = false;
    bool m_dirtyWithoutUndo = false;
};

} // namespace mizan::ui

Q_DECLARE_METATYPE(mizan::ui::SentenceRef)
