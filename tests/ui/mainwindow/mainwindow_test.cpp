// End-to-end: the real main window on the offscreen platform. Opens the bundled sample,
// annotates with mouse and keys, undoes and redoes, saves, reopens, filters, imports a bad
// file, switches to Arabic, and checks the unsaved-changes prompt and the recovery file.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTest>
#include <QTreeView>

#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "ui/annotate/sentenceview.h"
#include "ui/annotate/textpanel.h"
#include "ui/corpus/corpusbrowser.h"
#include "ui/corpus/corpusfilter.h"
#include "ui/corpus/issuespanel.h"
#include "ui/corpus/recovery.h"
#include "ui/mainwindow/welcomepanel.h"
#include "../uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

namespace {

// The sample's first sentence: "الفندق رائع والموقع ممتاز قريب من البحر." with targets
// الفندق [0,6) and الموقع [13,19); "ممتاز" is [20,25).
const std::size_t kWordStart = 20, kWordEnd = 25;

// Drags across the middle of [start, end) in `view` (UTF-16 positions).
void dragAcross(SentenceView *view, int start, int end, Qt::KeyboardModifiers modifiers = {})
{
    const QRect rect = view->rangeRect(start, end);
    QVERIFY(rect.isValid());
    const QPoint a(rect.left() + 2, rect.center().y());
    const QPoint b(rect.right() - 2, rect.center().y());
    QTest::mousePress(view, Qt::LeftButton, modifiers, a);
    QMouseEvent move(QEvent::MouseMove, b, view->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, modifiers);
    QApplication::sendEvent(view, &move);
    QTest::mouseRelease(view, Qt::LeftButton, modifiers, b);
}

const Opinion *findOpinion(const Sentence &s, std::size_t from, std::size_t to)
{
    for (const Opinion &o : s.opinions)
        if (!o.isNull && o.from == from && o.to == to)
            return &o;
    return nullptr;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        if (MainWindow::samplePath().isEmpty())
            QSKIP("the bundled sample corpus resources/sample/hotel_reviews_sample.xml is missing");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(test::openAndWait(*m_window));
        m_window->showSentence({0, 0});
    }

    void cleanup()
    {
        m_window->setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        m_window->close();
        m_window.reset();
    }

    void opensTheSampleWithHighlights()
    {
        const Corpus &corpus = m_window->document()->corpus();
        QVERIFY(corpus.sentenceCount() >= 50);
        QVERIFY(m_window->document()->isReadOnlySource());
        TextPanel *panel = m_window->textPanel();
        QCOMPARE(panel->currentSentence(), (SentenceRef{0, 0}));
        QCOMPARE(panel->rawView()->text(), QString::fromStdString(corpus.documents[0].sentences[0].text));
        QCOMPARE(panel->rawView()->highlights().size(), 2);
        QCOMPARE(panel->rawView()->textDirection(), Qt::RightToLeft);
        QCOMPARE(panel->spanTable()->rowCount(), 2);
        QVERIFY(!m_window->isWindowModified());
    }

    // At the first-start layout (1200x800) the opinion table shows at least four rows and the raw,
    // cleaned and stemmed views still show the whole sentence, for every sentence of a document.
    void theTableAndTheViewsShareTheDefaultLayout()
    {
        TextPanel *panel = m_window->textPanel();
        QTableWidget *table = panel->spanTable();
        QScrollArea *area = panel->viewsArea();
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        for (int s = 0; s < 5; ++s) {
            m_window->showSentence({0, s});
            QApplication::processEvents();
            QVERIFY2(table->viewport()->height() >= 4 * rowHeight,
                     qPrintable(QStringLiteral("sentence %1: table viewport %2 px for rows of %3 px (text panel %4 px, "
                                               "Issues dock %5 px, views %6 px)")
                                    .arg(s).arg(table->viewport()->height()).arg(rowHeight).arg(panel->height())
                                    .arg(m_window->dock(QStringLiteral("issues"))->height()).arg(area->height())));
            QVERIFY2(area->verticalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("sentence %1: the views scroll by %2 px").arg(s).arg(area->verticalScrollBar()->maximum())));
            for (SentenceView *view : {panel->rawView(), panel->cleanedView(), panel->stemmedView()})
                QVERIFY(view->height() >= view->heightForWidth(view->width()));
            // Every row of the sentence is on screen.
            if (table->rowCount() > 0) {
                const QRect last = table->visualRect(table->model()->index(table->rowCount() - 1, 0));
                QVERIFY(table->viewport()->rect().contains(last));
            }
        }
        // A split the user chose stays as it is when the next sentence shows.
        auto *splitter = panel->findChild<QSplitter *>(QStringLiteral("textSplitter"));
        QSplitterHandle *handle = splitter->handle(1);
        QTest::mousePress(handle, Qt::LeftButton, {}, handle->rect().center());
        QTest::mouseMove(handle, handle->rect().center() + QPoint(0, 30));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, handle->rect().center() + QPoint(0, 30));
        const QList<int> chosen = splitter->sizes();
        m_window->showSentence({0, 1});
        QApplication::processEvents();
        QCOMPARE(splitter->sizes(), chosen);
    }

    // The opinion table's columns fit its width at the sizes users have (1200 and 1400 wide): no
    // sideways scrolling, polarity and the From-to offsets never cut; where room is short the
    // category and target columns elide.
    void theOpinionTableColumnsFit()
    {
        TextPanel *panel = m_window->textPanel();
        QTableWidget *table = panel->spanTable();
        for (const QSize size : {QSize(1200, 800), QSize(1400, 900), QSize(1400, 800)}) {
            m_window->resize(size);
            for (int s = 0; s < 8; ++s) {
                m_window->showSentence({0, s});
                QApplication::processEvents();
                if (table->rowCount() == 0)
                    continue;
                const QString where = QStringLiteral("%1x%2, sentence %3: ").arg(size.width()).arg(size.height()).arg(s);
                QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
                         qPrintable(where + QStringLiteral("scrolls sideways by %1 px (columns %2 px in %3 px)")
                                                    .arg(table->horizontalScrollBar()->maximum())
                                                    .arg(table->horizontalHeader()->length())
                                                    .arg(table->viewport()->width())));
                QHeaderView *header = table->horizontalHeader();
                QVERIFY2(header->length() <= table->viewport()->width(), qPrintable(where + QStringLiteral("columns wider than the table")));
                for (int column : {2, 3}) {  // polarity, From-to: their widest text fits whole
                    int widest = 0;
                    for (int r = 0; r < table->rowCount(); ++r)
                        widest = std::max(widest, table->fontMetrics().horizontalAdvance(table->item(r, column)->text()));
                    QVERIFY2(header->sectionSize(column) >= widest,
                             qPrintable(where + QStringLiteral("column %1 is %2 px for %3 px of text")
                                                    .arg(column).arg(header->sectionSize(column)).arg(widest)));
                }
                const QRect offsets = table->visualRect(table->model()->index(0, 3));
                QVERIFY2(table->viewport()->rect().contains(offsets), qPrintable(where + QStringLiteral("the From-to column is off screen")));
            }
        }
    }

    // The toolbar's combos stay where they are while the user edits: the undo and redo buttons
    // show icons, not the command's text, so their width never changes with it.
    void toolbarCombosDoNotMoveOnEdits()
    {
        auto *bar = m_window->findChild<QToolBar *>();
        QVERIFY(bar);
        const QList<QComboBox *> combos = bar->findChildren<QComboBox *>();
        QVERIFY(!combos.isEmpty());
        QList<QRect> before;
        for (QComboBox *combo : combos)
            before << combo->geometry();
        QVERIFY(m_window->textPanel()->setReviewed(true));
        QVERIFY(m_window->textPanel()->addSentenceLevelOpinion(QStringLiteral("FOOD#QUALITY")));
        QApplication::processEvents();
        for (int i = 0; i < combos.size(); ++i)
            QCOMPARE(combos[i]->geometry(), before[i]);
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QApplication::processEvents();
        for (int i = 0; i < combos.size(); ++i)
            QCOMPARE(combos[i]->geometry(), before[i]);
    }

    void welcomeSaysWhatIsOpen()
    {
        auto *welcome = m_window->panel<WelcomePanel>(QStringLiteral("welcome"));
        QVERIFY(welcome);
        auto headingHas = [welcome](const QString &text) {
            for (QLabel *label : welcome->findChildren<QLabel *>())
                if (label->text().contains(text))
                    return true;
            return false;
        };
        QVERIFY(headingHas(QStringLiteral("sample corpus is open")));
        const QString path = m_dir.filePath(QStringLiteral("welcome.jsonl"));
        QVERIFY(m_window->saveAs(path, CorpusFormat::JsonlMizan));
        QVERIFY(test::openAndWait(*m_window, path));
        QVERIFY(headingHas(QStringLiteral("welcome.jsonl")));
        QVERIFY(!headingHas(QStringLiteral("sample corpus is open")));
    }

    void labelUndoRedoSaveReopen()
    {
        TextPanel *panel = m_window->textPanel();
        SentenceView *raw = panel->rawView();
        QCOMPARE(panel->newSpanKind(), SpanKind::Opinion);
        const std::size_t before = m_window->document()->sentence({0, 0}).opinions.size();

        // Drag inside "ممتاز": the selection snaps to the whole word.
        dragAcross(raw, kWordStart + 1, kWordEnd - 1);
        QCOMPARE(raw->selectionStart(), int(kWordStart));
        QCOMPARE(raw->selectionEnd(), int(kWordEnd));

        // Key 1 labels it with the palette's first category; N sets its polarity.
        raw->setFocus();
        QTest::keyClick(raw, Qt::Key_1);
        const QString category = panel->labelPalette().at(0);
        const Sentence &s = m_window->document()->sentence({0, 0});
        QCOMPARE(s.opinions.size(), before + 1);
        const Opinion *added = findOpinion(s, kWordStart, kWordEnd);
        QVERIFY(added);
        QCOMPARE(QString::fromStdString(added->target), QStringLiteral("ممتاز"));
        QCOMPARE(QString::fromStdString(added->category), category);
        QTest::keyClick(raw, Qt::Key_N);
        QCOMPARE(findOpinion(m_window->document()->sentence({0, 0}), kWordStart, kWordEnd)->polarity, Polarity::Negative);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));

        // Undo twice (polarity, then the span), redo twice.
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(findOpinion(m_window->document()->sentence({0, 0}), kWordStart, kWordEnd)->polarity, Polarity::None);
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(!findOpinion(m_window->document()->sentence({0, 0}), kWordStart, kWordEnd));
        QVERIFY(!m_window->isWindowModified());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(findOpinion(m_window->document()->sentence({0, 0}), kWordStart, kWordEnd)->polarity, Polarity::Negative);
        QCOMPARE(m_window->document()->undoStack()->count(), 2);

        // Mark reviewed with R.
        QTest::keyClick(raw, Qt::Key_R);
        QVERIFY(m_window->document()->sentence({0, 0}).reviewed);

        // Save As (the sample itself is read-only), then reopen and find the annotation.
        const QString path = m_dir.filePath(QStringLiteral("annotated.xml"));
        QVERIFY(m_window->saveAs(path, CorpusFormat::SemEvalXml));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->document()->fileName(), path);
        QVERIFY(test::openAndWait(*m_window, path));
        const Sentence &reopened = m_window->document()->sentence({0, 0});
        const Opinion *found = findOpinion(reopened, kWordStart, kWordEnd);
        QVERIFY(found);
        QCOMPARE(found->polarity, Polarity::Negative);
        QCOMPARE(QString::fromStdString(found->category), category);
        QCOMPARE(reopened.opinions.size(), before + 1);

        // Ctrl+S now writes back to the same file.
        m_window->showSentence({0, 1});
        QVERIFY(panel->setReviewed(true));
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QVERIFY(!m_window->isWindowModified());
        ImportResult again = importCorpus(path.toStdString());
        QVERIFY(again.ok);
        QCOMPARE(again.corpus.documents[0].sentences[1].opinions.size(),
                 m_window->document()->sentence({0, 1}).opinions.size());
    }

    void overlappingAndEmptySpansAreRefused()
    {
        TextPanel *panel = m_window->textPanel();
        SentenceView *raw = panel->rawView();
        const std::size_t before = m_window->document()->sentence({0, 0}).opinions.size();
        // Alt keeps the exact selection: [3,9) cuts into the target "الفندق" [0,6).
        dragAcross(raw, 3, 9, Qt::AltModifier);
        QCOMPARE(raw->selectionStart(), 3);
        QVERIFY(!panel->applyPaletteEntry(1));
        QVERIFY(panel->message().contains(QStringLiteral("overlaps")));
        QCOMPARE(m_window->document()->sentence({0, 0}).opinions.size(), before);
        // Nothing selected and no span chosen: refused too.
        raw->clearSelection();
        panel->selectSpan(-1);
        QVERIFY(!panel->applyPaletteEntry(1));
        QVERIFY(!panel->setPolarity(Polarity::Positive));
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
    }

    void editAndDeleteAnExistingSpan()
    {
        TextPanel *panel = m_window->textPanel();
        SentenceView *raw = panel->rawView();
        // Click on the first target to make it current, then U (neutral), C-less category edit, Delete.
        const QRect rect = raw->rangeRect(1, 5);
        QTest::mouseClick(raw, Qt::LeftButton, {}, rect.center());
        QVERIFY(panel->currentSpan() >= 0);
        QCOMPARE(panel->renderings().spans[panel->currentSpan()].start, std::size_t(0));
        raw->setFocus();
        QTest::keyClick(raw, Qt::Key_U);
        QCOMPARE(findOpinion(m_window->document()->sentence({0, 0}), 0, 6)->polarity, Polarity::Neutral);
        QVERIFY(panel->setCategory(QStringLiteral("HOTEL#COMFORT")));
        QCOMPARE(findOpinion(m_window->document()->sentence({0, 0}), 0, 6)->category, std::string("HOTEL#COMFORT"));
        QTest::keyClick(raw, Qt::Key_Delete);
        QVERIFY(!findOpinion(m_window->document()->sentence({0, 0}), 0, 6));
        QCOMPARE(m_window->document()->undoStack()->count(), 3);
        m_window->document()->undoStack()->undo();
        QVERIFY(findOpinion(m_window->document()->sentence({0, 0}), 0, 6));
    }

    void entityCorporaGetEntitySpans()
    {
        const QString conll = QStringLiteral(MIZAN_RESOURCES_DIR "/sample/ner_sample.conll");
        if (!QFileInfo::exists(conll))
            QSKIP("resources/sample/ner_sample.conll is missing");
        QVERIFY(test::openAndWait(*m_window, conll));
        TextPanel *panel = m_window->textPanel();
        QCOMPARE(panel->newSpanKind(), SpanKind::Entity);
        QVERIFY(panel->labelPalette().contains(QStringLiteral("PERS")));
        const Sentence &s = m_window->document()->sentence({0, 0});
        const QString text = QString::fromStdString(s.text);
        const int word = text.indexOf(QStringLiteral("مدينة"));
        QVERIFY(word > 0);
        const std::size_t entities = s.entities.size();
        panel->rawView()->setSelection(word, word + 5);
        QVERIFY(panel->applyLabel(QStringLiteral("LOC")));
        const Sentence &after = m_window->document()->sentence({0, 0});
        QCOMPARE(after.entities.size(), entities + 1);
        QVERIFY(std::any_of(after.entities.begin(), after.entities.end(), [&](const EntitySpan &e) {
            return e.label == "LOC" && e.start == std::size_t(word) && e.end == std::size_t(word + 5);
        }));
        // The new span is current; entities take no polarity.
        QVERIFY(!panel->setPolarity(Polarity::Positive));
        QVERIFY(panel->message().contains(QStringLiteral("no polarity")));
        // Overlapping an existing entity is refused.
        panel->rawView()->setSelection(word + 1, word + 3);
        QVERIFY(!panel->applyLabel(QStringLiteral("MISC")));
        QCOMPARE(m_window->document()->sentence({0, 0}).entities.size(), entities + 1);
    }

    void filterTheBrowser()
    {
        CorpusBrowser *browser = m_window->corpusBrowser();
        const Corpus &corpus = m_window->document()->corpus();
        int expected = 0, negative = 0;
        for (const Document &d : corpus.documents)
            for (const Sentence &s : d.sentences) {
                expected += QString::fromStdString(s.text).contains(QStringLiteral("الغرفة")) ? 1 : 0;
                bool neg = false;
                for (const Opinion &o : s.opinions)
                    neg = neg || o.polarity == Polarity::Negative;
                negative += neg ? 1 : 0;
            }
        QVERIFY(expected > 0 && expected < int(corpus.sentenceCount()));
        browser->filterEdit()->setText(QStringLiteral("الغرفة"));  // as typed (QTest cannot type Arabic)
        QCOMPARE(browser->filter()->matchingSentences(), expected);
        browser->filterEdit()->clear();
        QCOMPARE(browser->filter()->matchingSentences(), int(corpus.sentenceCount()));
        FilterCriteria c;
        c.polarity = QStringLiteral("negative");
        browser->filter()->setCriteria(c);
        QCOMPARE(browser->filter()->matchingSentences(), negative);
        // Selecting a row in the tree shows that sentence.
        const QModelIndex doc = browser->filter()->index(0, 0);
        browser->view()->setCurrentIndex(browser->filter()->index(0, 0, doc));
        const SentenceRef shown = m_window->textPanel()->currentSentence();
        QVERIFY(shown.isValid());
        bool hasNegative = false;
        for (const Opinion &o : m_window->document()->sentence(shown).opinions)
            hasNegative = hasNegative || o.polarity == Polarity::Negative;
        QVERIFY(hasNegative);
    }

    void importABadFileListsTheIssue()
    {
        const QString bad = QStringLiteral(MIZAN_TEST_DATA_DIR "/bad/truncated.xml");
        if (!QFileInfo::exists(bad))
            QSKIP("tests/data/bad/truncated.xml is missing");
        const std::size_t sentences = m_window->document()->corpus().sentenceCount();
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importFile(bad);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        IssuesPanel *issues = m_window->issuesPanel();
        QVERIFY(issues->issueCount() >= 1);
        QCOMPARE(issues->table()->item(0, 1)->text(), QStringLiteral("truncated.xml"));
        QVERIFY(issues->table()->item(0, 2)->text().toInt() > 0);  // a line number
        QVERIFY(!issues->table()->item(0, 4)->text().isEmpty());
        QCOMPARE(m_window->document()->corpus().sentenceCount(), sentences);  // nothing half-imported
    }

    void issueDoubleClickOpensTheSentence()
    {
        const QString path = QStringLiteral(MIZAN_TEST_DATA_DIR "/bad/offsets_past_end.xml");
        if (!QFileInfo::exists(path))
            QSKIP("tests/data/bad/offsets_past_end.xml is missing");
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->openFile(path);
        QVERIFY(finished.wait(10000));
        if (!finished.first().at(1).toBool())
            QSKIP("the importer rejects this file outright (no sentence to jump to)");
        IssuesPanel *issues = m_window->issuesPanel();
        QVERIFY(issues->issueCount() >= 1);
        const QString file = issues->table()->item(0, 1)->data(Qt::UserRole + 1).toString();
        const SentenceRef target = issues->sentenceForLine(file, issues->table()->item(0, 2)->text().toULongLong());
        QVERIFY(target.isValid());
        m_window->showSentence({0, 0});
        QSignalSpy requested(issues, &IssuesPanel::sentenceRequested);
        Q_EMIT issues->table()->cellDoubleClicked(0, 0);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(m_window->textPanel()->currentSentence(), target);
        QCOMPARE(m_window->corpusBrowser()->currentSentence(), target);
    }

    void importAppendsUndoably()
    {
        const std::size_t documents = m_window->document()->corpus().documents.size();
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importFile(MainWindow::samplePath());
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_window->document()->corpus().documents.size(), documents * 2);
        QVERIFY(m_window->isWindowModified());
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->corpus().documents.size(), documents);
    }

    void switchToArabicMirrorsTheLayout()
    {
        QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
        const QString englishFile = m_window->menuBar()->actions().at(0)->text();
        QVERIFY(Language::instance()->apply(QStringLiteral("ar")));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(m_window->corpusBrowser()->layoutDirection(), Qt::RightToLeft);
        QVERIFY(m_window->menuBar()->actions().at(0)->text() != englishFile);
        // Arabic text reads right-to-left in both UI languages, from its content.
        QCOMPARE(m_window->textPanel()->rawView()->textDirection(), Qt::RightToLeft);
        QVERIFY(Language::instance()->apply(QStringLiteral("en")));
        QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(m_window->menuBar()->actions().at(0)->text(), englishFile);
        QCOMPARE(m_window->textPanel()->rawView()->textDirection(), Qt::RightToLeft);
    }

    void closeAsksAboutUnsavedChanges()
    {
        QVERIFY(m_window->textPanel()->setReviewed(true));
        int asked = 0;
        m_window->setUnsavedChangesPrompt([&asked] {
            ++asked;
            return QMessageBox::Cancel;
        });
        QVERIFY(!m_window->close());
        QCOMPARE(asked, 1);
        QVERIFY(m_window->isVisible());
        m_window->setUnsavedChangesPrompt([&asked] {
            ++asked;
            return QMessageBox::Discard;
        });
        QVERIFY(m_window->close());
        QCOMPARE(asked, 2);
    }

    void autosaveWritesARecoveryThatRestores()
    {
        QVERIFY(m_window->textPanel()->setReviewed(true));
        Recovery *recovery = m_window->recovery();
        const Status saved = recovery->saveNow();
        QVERIFY2(saved.isOk(), saved.message().c_str());
        const auto info = Recovery::find(recovery->directory());
        QVERIFY(info.has_value());
        QCOMPARE(info->sourcePath, MainWindow::samplePath());
        QVERIFY(info->readOnlySource);
        Result<Corpus> restored = Recovery::load(*info);
        QVERIFY2(restored.ok(), restored.error().c_str());
        QVERIFY(restored->documents[0].sentences[0].reviewed);
        QCOMPARE(restored->sentenceCount(), m_window->document()->corpus().sentenceCount());
        QCOMPARE(restored->opinionCount(), m_window->document()->corpus().opinionCount());
        // A clean save removes it.
        QVERIFY(m_window->saveAs(m_dir.filePath(QStringLiteral("saved.xml"))));
        QVERIFY(!Recovery::find(recovery->directory()).has_value());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
