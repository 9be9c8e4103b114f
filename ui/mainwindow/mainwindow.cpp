#include "ui/mainwindow/mainwindow.h"
#include "ui/common/progressbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDesktopServices>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoView>

#include "common/resources.h"
#include "ui/annotate/annotationcommands.h"
#include "ui/annotate/textpanel.h"
#include "ui/common/bidi.h"
#include "ui/common/guide.h"
#include "ui/common/language.h"
#include "ui/common/preferences.h"
#include "ui/corpus/corpusbrowser.h"
#include "ui/corpus/exportwarning.h"
#include "ui/corpus/issuespanel.h"
#include "ui/corpus/recovery.h"
#include "ui/mainwindow/aboutbox.h"
#include "ui/mainwindow/preferencesdialog.h"
#include "ui/mainwindow/shortcutsdialog.h"
#include "ui/mainwindow/welcomepanel.h"
#include "ui/stats/statisticspanel.h"

namespace mizan::ui {

namespace {

constexpr int kAutosaveMs = 3 * 60 * 1000;

QString panelTitle(const char *text) { return QCoreApplication::translate("mizan::ui::MainWindow", text); }

struct FormatChoice {
    CorpusFormat format;
    const char *filter;
};
const FormatChoice kFormats[] = {
    {CorpusFormat::SemEvalXml, QT_TRANSLATE_NOOP("mizan::ui::MainWindow", "SemEval XML (*.xml)")},
    {CorpusFormat::Conll, QT_TRANSLATE_NOOP("mizan::ui::MainWindow", "CoNLL / BIO (*.conll *.txt *.bio *.tsv)")},
    {CorpusFormat::JsonlMizan, QT_TRANSLATE_NOOP("mizan::ui::MainWindow", "Mizan JSONL (*.jsonl)")},
    {CorpusFormat::JsonlDoccano, QT_TRANSLATE_NOOP("mizan::ui::MainWindow", "doccano JSONL (*.jsonl)")},
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new CorpusDocument(this)), m_import(new ImportJob(this)),
      m_textPanel(new TextPanel(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_context = {this, m_document};
    setCentralWidget(m_textPanel);
    m_recovery = std::make_unique<Recovery>(m_document, Recovery::defaultDirectory(), kAutosaveMs);
    m_prompt = [this] {
        return QMessageBox::question(this, tr("Unsaved changes"),
                                     tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    m_lossPrompt = [this](const QStringList &losses) {
        QMessageBox box(QMessageBox::Warning, tr("Some annotations cannot be saved in this format"),
                        tr("The chosen format cannot hold everything in this corpus:") + QStringLiteral("\n\n• ") +
                            losses.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n") +
                            tr("Save as Mizan JSONL to keep everything."),
                        QMessageBox::Cancel, this);
        QPushButton *anyway = box.addButton(tr("Save anyway"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == anyway;
    };

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    m_progress = new ProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0);  // busy: the importer reports no fraction done
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    connect(m_import, &ImportJob::started, this, [this](const QString &path) {
        m_progress->show();
        statusBar()->showMessage(tr("Reading %1...").arg(ltr(QFileInfo(path).fileName())));
    });
    connect(m_import, &ImportJob::finished, this, &MainWindow::onImportFinished);
    connect(m_import, &ImportJob::idle, m_progress, &QWidget::hide);
    connect(m_document, &CorpusDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &CorpusDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
    connect(m_textPanel, &TextPanel::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(corpusBrowser(), &CorpusBrowser::sentenceSelected, m_textPanel, &TextPanel::showSentence);
    connect(issuesPanel(), &IssuesPanel::sentenceRequested, this, &MainWindow::showSentence);
    connect(Language::instance(), &Language::changed, this, [this] { retranslate(); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.value(QStringLiteral("window/geometry")).isValid())
        resize(1280, 800);
    retranslate();
}

MainWindow::~MainWindow() = default;

CorpusBrowser *MainWindow::corpusBrowser() const { return panel<CorpusBrowser>(QStringLiteral("corpus")); }

IssuesPanel *MainWindow::issuesPanel() const { return panel<IssuesPanel>(QStringLiteral("issues")); }

void MainWindow::createActions()
{
    auto make = [this](const QString &id, const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(id + QStringLiteral("Action"));
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(id, action);
        return action;
    };
    make(QStringLiteral("open"), QKeySequence::Open, [this] { chooseOpen(); })
        ->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    make(QStringLiteral("import"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { chooseImport(); })
        ->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    make(QStringLiteral("sample"), {}, [this] {
        if (maybeSave())
            openSample();
    });
    make(QStringLiteral("save"), QKeySequence::Save, [this] { save(); })
        ->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    make(QStringLiteral("saveAs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { chooseSaveAs(); });
    make(QStringLiteral("export"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { chooseExport(); });
    make(QStringLiteral("preferences"), QKeySequence::Preferences, [this] { showPreferences(); });
    // Ctrl+Q where the platform names no Quit key (as the README documents).
    const QKeySequence quitKey(QKeySequence::Quit);
    make(QStringLiteral("quit"), quitKey.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quitKey, [this] { close(); });
    make(QStringLiteral("train"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        if (QDockWidget *d = dock(QStringLiteral("training"))) {
            d->show();
            d->raise();
        }
    })->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    // Training arrives with the Training panel (registered under "training").
    m_actions[QStringLiteral("train")]->setEnabled(false);
    make(QStringLiteral("next"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { corpusBrowser()->step(+1); });
    make(QStringLiteral("previous"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { corpusBrowser()->step(-1); });
    make(QStringLiteral("fontBigger"), QKeySequence::ZoomIn, [this] { m_fontSize->stepUp(); });
    make(QStringLiteral("fontSmaller"), QKeySequence::ZoomOut, [this] { m_fontSize->stepDown(); });
    make(QStringLiteral("about"), {}, [this] { showAboutBox(this); });
    make(QStringLiteral("guide"), {}, [] { QDesktopServices::openUrl(guideUrl()); });
    make(QStringLiteral("playground"), {}, [this] {
        if (QDockWidget *d = dock(QStringLiteral("playground"))) {
            d->show();
            d->raise();
        }
    });
    make(QStringLiteral("shortcuts"), QKeySequence::HelpContents, [this] {
        QList<QAction *> all = {m_undo, m_redo};
        for (const char *id : {"open", "import", "save", "saveAs", "export", "preferences", "quit", "next", "previous",
                               "fontBigger", "fontSmaller", "train", "shortcuts"})
            all << m_actions[QString::fromLatin1(id)];
        all << m_textPanel->annotationActions();
        ShortcutsDialog dialog(all, m_textPanel->otherKeys(), this);
        dialog.exec();
    });
    createUndoActions();
}

void MainWindow::createUndoActions()
{
    // Plain actions rather than QUndoStack's own, whose "Undo %1" wording is fixed in the
    // language of the moment they are made.
    QUndoStack *stack = m_document->undoStack();
    m_undo = new QAction(this);
    m_redo = new QAction(this);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    // The platform's Redo keys plus Ctrl+Shift+Z and Ctrl+Y, each once: a key bound twice is
    // ambiguous to Qt and then does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redo->setShortcuts(redoKeys);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    // Icons, so the toolbar buttons keep their size whatever command text the actions carry.
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    for (const char *id : {"open", "import", "sample"})
        m_fileMenu->addAction(m_actions[QString::fromLatin1(id)]);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    for (const char *id : {"save", "saveAs", "export"})
        m_fileMenu->addAction(m_actions[QString::fromLatin1(id)]);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions[QStringLiteral("preferences")]);
    m_fileMenu->addAction(m_actions[QStringLiteral("quit")]);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_annotateMenu = m_editMenu->addMenu(QString());
    m_annotateMenu->addActions(m_textPanel->annotationActions());

    m_viewMenu = menuBar()->addMenu(QString());
    m_corpusMenu = menuBar()->addMenu(QString());
    m_corpusMenu->addAction(m_actions[QStringLiteral("next")]);
    m_corpusMenu->addAction(m_actions[QStringLiteral("previous")]);
    m_trainMenu = menuBar()->addMenu(QString());
    m_trainMenu->addAction(m_actions[QStringLiteral("train")]);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_actions[QStringLiteral("shortcuts")]);
    m_helpMenu->addAction(m_actions[QStringLiteral("guide")]);
    m_helpMenu->addAction(m_actions[QStringLiteral("about")]);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(m_actions[QStringLiteral("open")]);
    bar->addAction(m_actions[QStringLiteral("save")]);
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addAction(m_textPanel->exactSelectionAction());
    bar->addSeparator();
    m_presetLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetBox"));
    for (const char *name : {"light", "search", "none"})
        m_preset->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_stemmerLabel = new QLabel(this);
    m_stemmer = new QComboBox(this);
    m_stemmer->setObjectName(QStringLiteral("stemmerBox"));
    for (StemmerKind kind : {StemmerKind::Isri, StemmerKind::Snowball, StemmerKind::None})
        m_stemmer->addItem(QString::fromLatin1(stemmerKindName(kind)), static_cast<int>(kind));
    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("fontSizeBox"));
    m_fontSize->setRange(8, 48);
    m_fontSize->setValue(Preferences::textPointSize());
    m_fontSize->setSuffix(tr(" pt"));
    bar->addWidget(m_presetLabel);
    bar->addWidget(m_preset);
    bar->addWidget(m_stemmerLabel);
    bar->addWidget(m_stemmer);
    bar->addWidget(m_fontSize);
    bar->addSeparator();
    bar->addAction(m_actions[QStringLiteral("train")]);
    connect(m_preset, &QComboBox::currentIndexChanged, this,
            [this] { m_textPanel->setCleaningPreset(m_preset->currentData().toString()); });
    connect(m_stemmer, &QComboBox::currentIndexChanged, this,
            [this] { m_textPanel->setStemmer(static_cast<StemmerKind>(m_stemmer->currentData().toInt())); });
    connect(m_fontSize, &QSpinBox::valueChanged, this, [this](int points) {
        Preferences::setTextPointSize(points);
        m_textPanel->setTextPointSize(points);
    });
}

void MainWindow::createDocks()
{
    // Built-in panels first, so they sit first in their areas; then whatever else was registered.
    std::vector<PanelSpec> specs;
    specs.push_back({QStringLiteral("corpus"),
                     [] { return panelTitle(QT_TRANSLATE_NOOP("mizan::ui::MainWindow", "Corpus")); },
                     Qt::LeftDockWidgetArea, [](StudioContext &c) { return new CorpusBrowser(c.document); }, true});
    specs.push_back({QStringLiteral("welcome"),
                     [] { return panelTitle(QT_TRANSLATE_NOOP("mizan::ui::MainWindow", "Welcome")); },
                     Qt::RightDockWidgetArea,
                     [this](StudioContext &) {
                         auto *welcome = new WelcomePanel(
                             {m_actions[QStringLiteral("sample")], m_actions[QStringLiteral("playground")],
                              m_actions[QStringLiteral("train")], m_actions[QStringLiteral("open")],
                              m_actions[QStringLiteral("import")]});
                         connect(welcome, &WelcomePanel::recentFileActivated, this, &MainWindow::openFile);
                         connect(this, &MainWindow::corpusOpened, welcome, [this, welcome](const QString &path) {
                             welcome->setOpenCorpus(QFileInfo(path).fileName(), m_document->isReadOnlySource());
                         });
                         return welcome;
                     },
                     true});
    specs.push_back({QStringLiteral("issues"),
                     [] { return panelTitle(QT_TRANSLATE_NOOP("mizan::ui::MainWindow", "Issues")); },
                     Qt::BottomDockWidgetArea, [](StudioContext &c) { return new IssuesPanel(c.document); }, true});
    specs.push_back({QStringLiteral("statistics"),
                     [] { return panelTitle(QT_TRANSLATE_NOOP("mizan::ui::MainWindow", "Statistics")); },
                     Qt::BottomDockWidgetArea, [](StudioContext &c) { return new StatisticsPanel(c.document); }, true});
    specs.push_back(
        {QStringLiteral("history"), [] { return panelTitle(QT_TRANSLATE_NOOP("mizan::ui::MainWindow", "History")); },
         Qt::BottomDockWidgetArea, [](StudioContext &c) { return new QUndoView(c.document->undoStack()); }, true});
    for (const PanelSpec &spec : PanelRegistry::panels())
        specs.push_back(spec);

    QMap<Qt::DockWidgetArea, QDockWidget *> firstInArea;
    for (PanelSpec &spec : specs) {
        if (m_docks.contains(spec.id))
            continue;
        auto *dock = new QDockWidget(this);
        dock->setObjectName(spec.id + QStringLiteral("Dock"));
        QWidget *widget = spec.create(m_context);
        dock->setWidget(widget);
        addDockWidget(spec.area, dock);
        if (QDockWidget *first = firstInArea.value(spec.area))
            tabifyDockWidget(first, dock);
        else
            firstInArea.insert(spec.area, dock);
        dock->setVisible(spec.visibleByDefault);
        if (spec.id == QLatin1String("playground"))
            connect(dock, &QDockWidget::visibilityChanged, this,
                    [this, dock](bool visible) { givePlaygroundRoom(dock, visible); });
        m_docks.insert(spec.id, dock);
        m_dockTitles.insert(spec.id, spec.title);
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    if (QDockWidget *issues = m_docks.value(QStringLiteral("issues")))
        issues->raise();
    m_actions[QStringLiteral("train")]->setEnabled(m_docks.contains(QStringLiteral("training")));
    m_actions[QStringLiteral("playground")]->setEnabled(m_docks.contains(QStringLiteral("playground")));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions[QStringLiteral("fontBigger")]);
    m_viewMenu->addAction(m_actions[QStringLiteral("fontSmaller")]);

}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_annotateMenu->setTitle(tr("&Annotate"));
    m_viewMenu->setTitle(tr("&View"));
    m_corpusMenu->setTitle(tr("&Corpus"));
    m_trainMenu->setTitle(tr("&Train"));
    m_helpMenu->setTitle(tr("&Help"));
    const QMap<QString, QString> texts = {
        {QStringLiteral("open"), tr("&Open...")},
        {QStringLiteral("import"), tr("&Import...")},
        {QStringLiteral("sample"), tr("Open the &sample corpus")},
        {QStringLiteral("save"), tr("&Save")},
        {QStringLiteral("saveAs"), tr("Save &As...")},
        {QStringLiteral("export"), tr("&Export...")},
        {QStringLiteral("preferences"), tr("&Preferences...")},
        {QStringLiteral("quit"), tr("&Quit")},
        {QStringLiteral("train"), tr("&Train")},
        {QStringLiteral("next"), tr("&Next sentence")},
        {QStringLiteral("previous"), tr("&Previous sentence")},
        {QStringLiteral("fontBigger"), tr("&Larger text")},
        {QStringLiteral("fontSmaller"), tr("S&maller text")},
        {QStringLiteral("about"), tr("&About Mizan Studio")},
        {QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts")},
        {QStringLiteral("guide"), tr("User &Guide")},
        {QStringLiteral("playground"), tr("Try the &Playground")},
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        m_actions[it.key()]->setText(it.value());
    if (!m_actions[QStringLiteral("train")]->isEnabled())
        m_actions[QStringLiteral("train")]->setToolTip(tr("Training needs the Training panel"));
    retranslateHistory(m_document->undoStack());
    updateUndoTexts();
    m_presetLabel->setText(tr(" Cleaning: "));
    m_stemmerLabel->setText(tr(" Stemmer: "));
    m_fontSize->setToolTip(tr("Text size"));
    m_fontSize->setSuffix(tr(" pt"));
    // The items keep their identifiers as data; the text is translated.
    const QString presetNames[] = {tr("light"), tr("search"), tr("none")};
    for (int i = 0; i < m_preset->count() && i < 3; ++i)
        m_preset->setItemText(i, presetNames[i]);
    const QString stemmerNames[] = {tr("ISRI"), tr("Snowball"), tr("none")};
    for (int i = 0; i < m_stemmer->count() && i < 3; ++i)
        m_stemmer->setItemText(i, stemmerNames[i]);
    // The History panel's first line (the state before any edit); Qt sets it once, in English.
    if (auto *history = panel<QUndoView>(QStringLiteral("history")))
        history->setEmptyLabel(tr("Before any edit"));
    for (auto it = m_docks.cbegin(); it != m_docks.cend(); ++it)
        it.value()->setWindowTitle(m_dockTitles.value(it.key())());
    updateTitle();
}

void MainWindow::updateUndoTexts()
{
    // "&" in a label is not a mnemonic.
    const auto escaped = [](QString text) { return text.replace(QLatin1Char('&'), QStringLiteral("&&")); };
    const QString undo = m_document->undoStack()->undoText();
    const QString redo = m_document->undoStack()->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(escaped(undo)));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(escaped(redo)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowModified(m_document->isModified());
    setWindowTitle(tr("%1[*] - Mizan Studio").arg(m_document->displayName()));
}

QString MainWindow::samplePath()
{
    const std::string path = findResource("sample/hotel_reviews_sample.xml");
    return path.empty() ? QString() : QFileInfo(QString::fromStdString(path)).absoluteFilePath();
}

bool MainWindow::openSample()
{
    const QString path = samplePath();
    if (path.isEmpty()) {
        statusBar()->showMessage(tr("The bundled sample corpus was not found."));
        return false;
    }
    m_import->start(path, ImportJob::Mode::Open);
    m_sampleLoading = path;
    return true;
}

void MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return;
    m_import->start(path, ImportJob::Mode::Open);
}

void MainWindow::importFile(const QString &path) { m_import->start(path, ImportJob::Mode::Append); }

void MainWindow::onImportFinished(const QString &path, ImportJob::Mode mode, std::shared_ptr<ImportResult> result)
{
    IssuesPanel *issues = issuesPanel();
    // Opening replaces the list; any other read replaces what was listed for that file.
    if (mode == ImportJob::Mode::Open && result->ok)
        issues->setReport(result->report);
    else
        issues->replaceReport(path, result->report);
    if (!result->report.issues.empty()) {
        m_docks.value(QStringLiteral("issues"))->show();
        m_docks.value(QStringLiteral("issues"))->raise();
    }
    if (!result->ok) {
        statusBar()->showMessage(tr("Could not read %1: see the Issues panel.").arg(QFileInfo(path).fileName()));
        Q_EMIT importFinished(path, false);
        return;
    }
    const int warnings = static_cast<int>(result->report.warningCount());
    if (mode == ImportJob::Mode::Open) {
        const bool sample = path == m_sampleLoading;
        m_sampleLoading.clear();
        m_document->resetCorpus(std::move(result->corpus), sample);
        if (!sample)
            Preferences::addRecentFile(path);
        corpusBrowser()->selectSentence({0, 0});
        Q_EMIT corpusOpened(path);
    } else {
        const int count = static_cast<int>(result->corpus.documents.size());
        m_document->undoStack()->push(new ImportDocumentsCommand(
            m_document, std::move(result->corpus.documents), [count, name = QFileInfo(path).fileName()] {
                return tr("Import %n document(s) from %1", nullptr, count).arg(name);
            }));
        Preferences::addRecentFile(path);
    }
    statusBar()->showMessage(tr("Read %1: %n issue(s)", nullptr, warnings).arg(QFileInfo(path).fileName()), 8000);
    Q_EMIT importFinished(path, true);
}

void MainWindow::showSentence(SentenceRef ref)
{
    corpusBrowser()->selectSentence(ref);
    m_textPanel->showSentence(ref);
}

void MainWindow::setUnsavedChangesPrompt(std::function<QMessageBox::StandardButton()> prompt)
{
    m_prompt = std::move(prompt);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompt()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void MainWindow::setExportLossPrompt(std::function<bool(const QStringList &)> prompt)
{
    m_lossPrompt = std::move(prompt);
}

bool MainWindow::confirmExportLosses(const QString &path, CorpusFormat format)
{
    const CorpusFormat target = resolveExportFormat(m_document->corpus(), path.toStdString(), format);
    const QStringList losses = exportLossMessages(m_document->corpus(), target);
    if (losses.isEmpty() || m_lossPrompt(losses))
        return true;
    statusBar()->showMessage(tr("Not saved: the format cannot hold all annotations."), 5000);
    return false;
}

bool MainWindow::save()
{
    if (m_document->isReadOnlySource() || m_document->fileName().isEmpty()) {
        chooseSaveAs();
        return !m_document->isModified();
    }
    if (!confirmExportLosses(m_document->fileName(), m_document->format()))
        return false;
    const Status status = m_document->save();
    if (!status.isOk()) {
        showWriteFailure(tr("Save failed"), m_document->fileName(), status);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(ltr(m_document->fileName())), 5000);
    return true;
}

bool MainWindow::saveAs(const QString &path, CorpusFormat format)
{
    if (!confirmExportLosses(path, format))
        return false;
    const Status status = m_document->saveAs(path, format);
    if (!status.isOk()) {
        showWriteFailure(tr("Save failed"), path, status);
        return false;
    }
    Preferences::addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(ltr(path)), 5000);
    return true;
}

namespace {
QString filters()
{
    QStringList list;
    for (const FormatChoice &f : kFormats)
        list << QCoreApplication::translate("mizan::ui::MainWindow", f.filter);
    return list.join(QStringLiteral(";;"));
}
CorpusFormat formatOfFilter(const QString &filter)
{
    for (const FormatChoice &f : kFormats)
        if (filter == QCoreApplication::translate("mizan::ui::MainWindow", f.filter))
            return f.format;
    return CorpusFormat::Unknown;
}
QString filterOfFormat(CorpusFormat format)
{
    for (const FormatChoice &f : kFormats)
        if (f.format == format)
            return QCoreApplication::translate("mizan::ui::MainWindow", f.filter);
    return {};
}
} // namespace

void MainWindow::chooseOpen()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open corpus"), QString(), tr("Corpora (*.xml *.conll *.txt *.bio *.tsv *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        m_import->start(path, ImportJob::Mode::Open);
}

void MainWindow::chooseImport()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import into this corpus"), QString(),
                                      tr("Corpora (*.xml *.conll *.txt *.bio *.tsv *.jsonl);;All files (*)"));
    for (const QString &path : paths)
        importFile(path);
}

void MainWindow::chooseSaveAs()
{
    QString filter = filterOfFormat(m_document->format());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save corpus as"), m_document->isReadOnlySource() ? QString() : m_document->fileName(), filters(),
        &filter);
    if (!path.isEmpty())
        saveAs(path, formatOfFilter(filter));
}

void MainWindow::chooseExport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a copy"), QString(), filters(), &filter);
    if (!path.isEmpty())
        exportCopy(path, formatOfFilter(filter));
}

bool MainWindow::exportCopy(const QString &path, CorpusFormat format)
{
    if (!confirmExportLosses(path, format))
        return false;
    const Status status = m_document->exportTo(path, format);
    if (!status.isOk()) {
        showWriteFailure(tr("Export failed"), path, status);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(ltr(path)), 5000);
    return true;
}

void MainWindow::showWriteFailure(const QString &title, const QString &path, const Status &status)
{
    // Our words in the UI language; core's technical account (the system's reason) as details.
    QMessageBox box(QMessageBox::Warning, title,
                    tr("%1 could not be written. The file on disk is unchanged and your edits are still open.")
                        .arg(ltr(QDir::toNativeSeparators(path))),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("writeFailure"));
    box.setDetailedText(QString::fromStdString(status.message()));
    box.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Preferences::setLanguage(dialog.language());
    Language::instance()->apply(Preferences::effectiveLanguage());
    m_fontSize->setValue(dialog.textPointSize());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : Preferences::recentFiles())
        m_recentMenu->addAction(path, this, [this, path] { openFile(path); });
    m_recentMenu->setEnabled(true);
}

bool MainWindow::offerRecovery()
{
    const auto info = Recovery::find(m_recovery->directory());
    if (!info)
        return false;
    const QString name =
        info->sourcePath.isEmpty() ? CorpusDocument::untitledName() : QFileInfo(info->sourcePath).fileName();
    const QDateTime savedAt = QDateTime::fromString(info->savedAt, Qt::ISODate);
    const QString when = savedAt.isValid() ? savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : info->savedAt;
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
                    tr("Mizan Studio did not close normally. An autosave of %1 from %2 was found. Restore it?")
                        .arg(ltr(name), ltr(when)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    // A pair that answers the question: restore the autosave, or throw it away.
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard the autosave"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        m_recovery->discard();
        return false;
    }
    Result<Corpus> corpus = Recovery::load(*info);
    if (!corpus.ok()) {
        statusBar()->showMessage(QString::fromStdString(corpus.error()));
        return false;
    }
    m_document->resetCorpus(std::move(*corpus), info->readOnlySource);
    m_document->markModified();
    corpusBrowser()->selectSentence({0, 0});
    Q_EMIT corpusOpened(info->sourcePath);
    return true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored)
        return;
    m_layoutRestored = true;
    // First start: the text panel gets most of the room (the layout is remembered on close).
    resizeDocks({m_docks.value(QStringLiteral("corpus")), m_docks.value(QStringLiteral("welcome"))},
                {width() * 3 / 10, width() / 5}, Qt::Horizontal);
    resizeDocks({m_docks.value(QStringLiteral("issues"))}, {height() / 7}, Qt::Vertical);
}

void MainWindow::givePlaygroundRoom(QDockWidget *dock, bool visible)
{
    // The Playground shares the bottom docks (a fifth of the window at first start), where its
    // input, highlighted output and table would show a row and a half: the first time it shows
    // in a session, the bottom docks get 55% of the window. Later sizes are the user's.
    if (!visible || m_playgroundSized || !isVisible())
        return;
    m_playgroundSized = true;
    const int room = height() * 11 / 20;
    if (dock->height() < room && !dock->isFloating())
        resizeDocks({dock}, {room}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->discard();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty())
        return;
    // One file opens; more files open the first and import the rest into it.
    openFile(files.takeFirst());
    for (const QString &file : files)
        importFile(file);
    event->acceptProposedAction();
}

} // namespace mizan::ui
