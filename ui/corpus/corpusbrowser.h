#pragma once
// The Corpus panel: filter controls over a documents -> sentences tree.
#include <QWidget>

#include "ui/corpus/corpusdocument.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace mizan::ui {

class CorpusFilter;
class CorpusModel;

class CorpusBrowser : public QWidget {
    Q_OBJECT
public:
    explicit CorpusBrowser(CorpusDocument *document, QWidget *parent = nullptr);

    // Makes `ref` the current row (clearing a filter that hides it).
    void selectSentence(SentenceRef ref);
    SentenceRef currentSentence() const;
    // Moves to the next (+1) or previous (-1) visible sentence.
    void step(int delta);

    QLineEdit *filterEdit() const { return m_filterEdit; }
    CorpusFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void sentenceSelected(mizan::ui::SentenceRef ref);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void refillChoices();
    void retranslate();
    void updateCount();

    CorpusDocument *m_document;
    CorpusModel *m_model;
    CorpusFilter *m_filter;
    QLineEdit *m_filterEdit;
    QCheckBox *m_normalized;
    QComboBox *m_label;
    QComboBox *m_category;
    QComboBox *m_polarity;
    QCheckBox *m_conflicts;
    QCheckBox *m_unannotated;
    QTreeView *m_view;
    QLabel *m_count;
};

} // namespace mizan::ui
