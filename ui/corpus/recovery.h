#pragma once
// Autosave to a recovery file every few minutes while the corpus has unsaved changes, and
// the way back after a crash. A clean save or a normal close removes the recovery file, so a
// file that is still there at start-up means the last session ended without either.
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

#include "common/result.h"
#include "corpus/corpus.h"

namespace mizan::ui {

class CorpusDocument;

// A recovery file found at start-up.
struct RecoveryInfo {
    QString recoveryFile;  // Mizan JSONL copy of the corpus
    QString sourcePath;    // the file it was opened from ("" for an untitled corpus)
    CorpusFormat sourceFormat = CorpusFormat::Unknown;
    QString savedAt;       // ISO date-time of the autosave
    bool readOnlySource = false;  // the source was the bundled sample
};

class Recovery : public QObject {
    Q_OBJECT
public:
    // Autosaves `document` into `directory` every `intervalMs` while it is modified.
    Recovery(CorpusDocument *document, const QString &directory, int intervalMs, QObject *parent = nullptr);

    // <AppLocalDataLocation>/recovery.
    static QString defaultDirectory();
    // The recovery left in `directory`, if any.
    static std::optional<RecoveryInfo> find(const QString &directory);
    // Reads a recovery back: the corpus with its original path and format, or the error.
    static Result<Corpus> load(const RecoveryInfo &info);

    // Writes the recovery file now (atomically). Fails with the exporter's error.
    Status saveNow();
    // Removes the recovery files.
    void discard();
    QString directory() const { return m_directory; }

private:
    CorpusDocument *m_document;
    QString m_directory;
    QTimer m_timer;
    bool m_changedSinceSave = false;
};

} // namespace mizan::ui
