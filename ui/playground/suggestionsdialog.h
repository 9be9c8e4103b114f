#pragma once
// Lists model suggestions for sentences (pre-annotation) with a checkbox each; the user keeps
// the ones to apply. Nothing changes in the corpus unless accepted.
#include <QDialog>
#include <QList>

#include <utility>
#include <vector>

#include "corpus/corpus.h"
#include "ui/corpus/corpusdocument.h"

class QListWidget;

namespace mizan::ui {

class SuggestionsDialog : public QDialog {
    Q_OBJECT
public:
    SuggestionsDialog(const std::vector<std::pair<SentenceRef, Sentence>> &suggestions, QWidget *parent = nullptr);
    // Indices (into the suggestions) the user left ticked.
    QList<int> accepted() const;

private:
    QListWidget *m_list;
};

} // namespace mizan::ui
