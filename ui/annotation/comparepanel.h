#pragma once
// "Compare annotators": open a second annotation of the open corpus (any format Mizan reads),
// see the agreement scores, walk the disagreements sentence by sentence with both versions
// highlighted, and adjudicate: take A (keep this corpus's version), take B (the other file's
// version) or edit by hand in the annotation view. Each decision is an undoable edit of the
// open corpus, which becomes the merged document and is saved like any other (atomically).
// Reading the file and computing agreement run off the GUI thread.
#include <QTimer>
#include <QWidget>

#include <memory>

#include "annotation/agreement.h"
#include "ui/annotation/comparison.h"
#include "ui/common/backgroundtask.h"
#include "ui/corpus/corpusdocument.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mizan::ui {

class MainWindow;
class SentenceView;

class ComparePanel : public QWidget {
    Q_OBJECT
public:
    ComparePanel(CorpusDocument *document, MainWindow *window, QWidget *parent = nullptr);
    ~ComparePanel() override;

    // Reads `path` as annotation B off the GUI thread; compared() follows.
    void openSecond(const QString &path);
    bool isBusy() const { return m_task.isRunning(); }
    const Comparison *comparison() const { return m_current.get(); }

    // The disagreements listed (after the "hide adjudicated" filter) and the selected one.
    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    SentenceView *viewA() const { return m_viewA; }
    SentenceView *viewB() const { return m_viewB; }
    void selectDisagreement(int row);
    // Adjudicates the selected row's sentence (one undo step each); false when none selected
    // or (take B) the two texts differ.
    bool takeA();
    bool takeB();
    void editSelected();

Q_SIGNALS:
    void compared(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void onComputed();
    void fillTable();
    void showRow(int row);
    const Disagreement *disagreementAt(int row) const;
    void chooseFile();
    void retranslate();

    CorpusDocument *m_document;
    MainWindow *m_window;
    std::shared_ptr<const Corpus> m_b;
    QString m_bPath;
    QStringList m_importWarnings;
    std::shared_ptr<Comparison> m_current;
    BackgroundTask<std::shared_ptr<Comparison>> m_task;
    QTimer m_refresh;
    bool m_pending = false;
    QPushButton *m_open;
    QLabel *m_file;
    QLabel *m_summary;
    QCheckBox *m_hideReviewed;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QLabel *m_titleA;
    QLabel *m_titleB;
    SentenceView *m_viewA;
    SentenceView *m_viewB;
    QPushButton *m_takeA;
    QPushButton *m_takeB;
    QPushButton *m_edit;
    QLabel *m_hint;
};

} // namespace mizan::ui
