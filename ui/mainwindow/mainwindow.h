#pragma once
// The main window wires panels together and owns the file actions; it holds no feature
// logic. Docks come from PanelRegistry (built-in: Corpus, Issues, Statistics, History,
// Welcome); the Text panel is the central widget.
#include <QDockWidget>
#include <QMainWindow>
#include <QMap>
#include <QMessageBox>

#include <functional>
#include <memory>

#include "corpus/corpusio.h"
#include "ui/corpus/corpusdocument.h"
#include "ui/corpus/importjob.h"
#include "ui/mainwindow/panelregistry.h"

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSpinBox;

namespace mizan::ui {

class CorpusBrowser;
class IssuesPanel;
class Recovery;
class TextPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CorpusDocument *document() const { return m_document; }
    TextPanel *textPanel() const { return m_textPanel; }
    CorpusBrowser *corpusBrowser() const;
    IssuesPanel *issuesPanel() const;
    ImportJob *importJob() const { return m_import; }
    // The dock of a registered panel (nullptr when no panel has that id).
    QDockWidget *dock(const QString &id) const { return m_docks.value(id); }
    template <typename T>
    T *panel(const QString &id) const
    {
        QDockWidget *d = dock(id);
        return d ? qobject_cast<T *>(d->widget()) : nullptr;
    }

    // Reads `path` off the GUI thread and makes it the open corpus (Open) or appends its
    // documents as one undoable step (Import). Problems go to the Issues panel.
    void openFile(const QString &path);
    void importFile(const QString &path);
    // Opens the bundled sample corpus read-only (Save asks for a new name). False when no
    // sample file is found.
    bool openSample();
    // The bundled sample corpus, or "" when it cannot be found.
    static QString samplePath();

    // Save to the current file (Save As for a new corpus or the sample).
    bool save();
    bool saveAs(const QString &path, CorpusFormat format = CorpusFormat::Unknown);
    void showSentence(SentenceRef ref);
    // Offers to restore an autosave left by a session that did not end cleanly; true when
    // the user restored it (it is then the open corpus).
    bool offerRecovery();
    Recovery *recovery() const { return m_recovery.get(); }

    // Replaces the "unsaved changes" question (tests answer it without a dialog).
    void setUnsavedChangesPrompt(std::function<QMessageBox::StandardButton()> prompt);
    // Whether it is fine to drop the open corpus (asks when modified; Save saves).
    bool maybeSave();
    // Replaces the "this format loses ..." question asked before a save or an export (tests
    // answer it without a dialog); it gets one line per loss and returns whether to go on.
    void setExportLossPrompt(std::function<bool(const QStringList &)> prompt);
    // Exports a copy (File > Export) after the loss question; false when refused or failed.
    bool exportCopy(const QString &path, CorpusFormat format);

Q_SIGNALS:
    // The open corpus was replaced (after Open or a restore).
    void corpusOpened(const QString &path);
    // A file finished reading (Open or Import), successfully or not.
    void importFinished(const QString &path, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createUndoActions();  // Undo and Redo, following the document's undo stack
    void createMenus();
    void createToolBar();
    void createDocks();
    void givePlaygroundRoom(QDockWidget *dock, bool visible);
    void retranslate();
    void updateUndoTexts();
    void showWriteFailure(const QString &title, const QString &path, const Status &status);
    void updateTitle();
    void onImportFinished(const QString &path, ImportJob::Mode mode, std::shared_ptr<ImportResult> result);
    void chooseOpen();
    void chooseImport();
    void chooseSaveAs();
    void chooseExport();
    void showPreferences();
    void rebuildRecentMenu();
    // Asks before writing the corpus to `path` as `format` when that format loses something.
    bool confirmExportLosses(const QString &path, CorpusFormat format);

    CorpusDocument *m_document;
    ImportJob *m_import;
    TextPanel *m_textPanel;
    std::unique_ptr<Recovery> m_recovery;
    StudioContext m_context;
    QMap<QString, QDockWidget *> m_docks;
    QMap<QString, std::function<QString()>> m_dockTitles;
    std::function<QMessageBox::StandardButton()> m_prompt;
    std::function<bool(const QStringList &)> m_lossPrompt;

    QMap<QString, QAction *> m_actions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_annotateMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_corpusMenu = nullptr;
    QMenu *m_trainMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QComboBox *m_preset = nullptr;
    QComboBox *m_stemmer = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QLabel *m_presetLabel = nullptr;
    QLabel *m_stemmerLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_layoutRestored = false;
    bool m_playgroundSized = false;  // the Playground's dock was given its room once
    QString m_sampleLoading;  // path of the sample being read (opened read-only)
};

} // namespace mizan::ui
