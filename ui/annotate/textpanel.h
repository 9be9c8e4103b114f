#pragma once
// The Text panel: raw, cleaned and stemmed renderings of the current sentence, its spans in a
// table, and the annotation keys (number = label from the palette, P/N/U = polarity,
// C = category, Delete = remove span, R = reviewed). Every edit is pushed on the document's
// undo stack as a SentenceEditCommand.
#include <QPair>
#include <QStringList>
#include <QWidget>

#include <memory>

#include "text/stemmer.h"
#include "ui/annotate/renderings.h"
#include "ui/corpus/corpusdocument.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableWidget;

namespace mizan {
class TextPipeline;
}

namespace mizan::ui {

class SentenceView;

class TextPanel : public QWidget {
    Q_OBJECT
public:
    explicit TextPanel(CorpusDocument *document, QWidget *parent = nullptr);
    ~TextPanel() override;

    void showSentence(SentenceRef ref);
    SentenceRef currentSentence() const { return m_ref; }

    // Cleaning preset ("none", "light", "search") and stemmer for the other two renderings.
    void setCleaningPreset(const QString &preset);
    void setStemmer(StemmerKind kind);
    void setTextPointSize(int points);

    SentenceView *rawView() const { return m_raw; }
    SentenceView *cleanedView() const { return m_cleaned; }
    SentenceView *stemmedView() const { return m_stemmed; }
    QTableWidget *spanTable() const { return m_table; }
    // The scroll area around the three renderings (long sentences scroll inside it).
    QScrollArea *viewsArea() const { return m_viewsArea; }
    // "2 sentence-level opinions" beside the title; hidden when there are none.
    QLabel *sentenceLevelBadge() const { return m_sentenceBadge; }
    // The number-key hints under the views: "1 HOTEL  2 SERVICE ...".
    QLabel *paletteHints() const { return m_paletteHints; }
    QComboBox *labelBox() const { return m_paletteBox; }
    const SentenceRenderings &renderings() const { return m_renderings; }

    // Labels offered by number keys 1..9 and the palette: opinion categories (opinion
    // corpora) or entity labels, most frequent first.
    QStringList labelPalette() const { return m_palette; }
    // The kind of span a new selection becomes: opinions for SemEval / opinion corpora.
    SpanKind newSpanKind() const { return m_newKind; }

    // Annotation operations (what the keys do). Each returns false, and shows why in the
    // panel's message line, when it cannot apply.
    bool applyLabel(const QString &label);     // new span from the selection, or relabel the current span
    bool applyPaletteEntry(int number);        // 1-based palette entry
    bool setPolarity(Polarity polarity);       // current opinion
    bool setCategory(const QString &category); // current opinion
    bool deleteCurrentSpan();
    // Adds a sentence-level (target="NULL") opinion with `category` and makes it current.
    bool addSentenceLevelOpinion(const QString &category);
    bool setReviewed(bool reviewed);
    // Makes span `spanId` (index into renderings().spans) current; -1 clears.
    void selectSpan(int spanId);
    int currentSpan() const { return m_currentSpan; }
    QString message() const;

    // Actions with shortcuts active while the panel has focus (for an Annotate menu).
    QList<QAction *> annotationActions() const { return m_actions; }
    // Keys that are not actions (number keys, selection keys): (keys, what they do), translated.
    QList<QPair<QString, QString>> otherKeys() const;
    // The checkable "Exact characters" toggle for the toolbar (the alternative to Alt+drag).
    QAction *exactSelectionAction() const { return m_exactAction; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void fillTable();
    void refreshPalette();
    void retranslate();
    void createActions();
    void chooseCategory();
    void chooseSentenceLevelCategory();
    void syncLabelBox();
    void updateBadge();
    void scrollToCurrent();
    // Shares the height between the renderings and the table: the renderings get what the
    // whole sentence needs and the table the rest, at least four rows; short of room, the
    // renderings keep up to 60% (and scroll) and the table the rest.
    void fitSplit();
    // `describe` words the History entry (again after a language switch).
    void push(Sentence after, std::function<QString()> describe);
    void refuse(const QString &why);
    const SpanInfo *current() const;

    CorpusDocument *m_document;
    // Declared before m_pipeline, which is built from them.
    QString m_preset = QStringLiteral("light");
    StemmerKind m_stemmerKind = StemmerKind::Isri;
    std::unique_ptr<TextPipeline> m_pipeline;
    SentenceRef m_ref;
    SentenceRenderings m_renderings;
    int m_currentSpan = -1;
    // The current span survives re-rendering by kind and index.
    SpanKind m_currentKind = SpanKind::Entity;
    int m_currentIndex = -1;
    SpanKind m_newKind = SpanKind::Entity;
    QStringList m_palette;

    QLabel *m_title;
    QLabel *m_sentenceBadge;
    QCheckBox *m_reviewed;
    QLabel *m_rawLabel;
    QLabel *m_cleanedLabel;
    QLabel *m_stemmedLabel;
    SentenceView *m_raw;
    SentenceView *m_cleaned;
    SentenceView *m_stemmed;
    QLabel *m_paletteLabel;
    QComboBox *m_paletteBox;
    QPushButton *m_addSentenceOpinion;
    QLabel *m_paletteHints;
    QScrollArea *m_viewsArea;
    QLabel *m_message;
    QTableWidget *m_table;
    QSplitter *m_splitter = nullptr;
    QWidget *m_lower = nullptr;
    QScrollArea *m_hintsArea = nullptr;
    bool m_userSizedSplit = false;  // the user dragged the splitter: fitSplit leaves it alone
    QList<QAction *> m_actions;
    QAction *m_exactAction = nullptr;
};

} // namespace mizan::ui
