#pragma once
// The Issues panel: import warnings and errors (file, line, column, message). Double-click
// asks to open the sentence the issue's line belongs to.
#include <QWidget>

#include "corpus/importreport.h"
#include "ui/corpus/corpusdocument.h"

class QTableWidget;

namespace mizan::ui {

class IssuesPanel : public QWidget {
    Q_OBJECT
public:
    explicit IssuesPanel(CorpusDocument *document, QWidget *parent = nullptr);

    // Replaces the list with `report`'s issues (after Open) or adds them (after Import).
    void setReport(const ImportReport &report);
    void addReport(const ImportReport &report);
    // Replaces the issues listed for `file` with `report`'s (a later read of the same file,
    // successful or not, leaves none of the earlier ones behind).
    void replaceReport(const QString &file, const ImportReport &report);
    void clear();
    int issueCount() const;
    QTableWidget *table() const { return m_table; }

    // The sentence that starts at or before `line` of `file` in the open corpus (invalid when
    // the corpus did not come from that file or has no line numbers).
    SentenceRef sentenceForLine(const QString &file, std::size_t line) const;

Q_SIGNALS:
    void sentenceRequested(mizan::ui::SentenceRef ref);
    void countChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // After the open corpus was replaced: drops issues of files that are not part of it.
    void dropStale();
    void removeFile(const QString &file);

    CorpusDocument *m_document;
    QTableWidget *m_table;
};

} // namespace mizan::ui
