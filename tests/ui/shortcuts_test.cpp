// Every documented keyboard shortcut, pressed on the real main window (offscreen), with its
// effect checked; no key is bound to two actions (Qt ignores an ambiguous shortcut); the
// Help > Keyboard Shortcuts sheet lists what the actions carry.
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include "ui/annotate/sentenceview.h"
#include "ui/annotate/textpanel.h"
#include "ui/corpus/corpusbrowser.h"
#include "ui/mainwindow/shortcutsdialog.h"
#include "uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

namespace {

// The sample's first sentence: "الفندق رائع والموقع ممتاز قريب من البحر."; "ممتاز" is [20,25).
const int kWordStart = 20, kWordEnd = 25;

// Presses `key` on `target` and handles the modal dialog of type T it opens (`handle` gets
// it and must close it). Returns whether such a dialog appeared.
template <typename T>
bool pressWithDialog(QWidget *target, const QKeySequence &key, const std::function<void(T *)> &handle)
{
    bool seen = false;
    QTimer timer;
    int tries = 0;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            seen = true;
            timer.stop();
            handle(dialog);
        } else if (++tries > 300) {
            timer.stop();
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
        }
    });
    timer.start(10);
    QWidget *focus = QApplication::focusWidget();
    QTest::keySequence(target, key);
    timer.stop();
    // Back to the window (the offscreen platform does not give activation back by itself).
    target->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(target->window()))
        return false;
    if (focus)
        focus->setFocus();
    return seen;
}

const Opinion *opinionAt(const Sentence &s, std::size_t from, std::size_t to)
{
    for (const Opinion &o : s.opinions)
        if (!o.isNull && o.from == from && o.to == to)
            return &o;
    return nullptr;
}

} // namespace

class ShortcutsTest : public QObject {
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
        m_window->resize(1300, 860);
        m_window->setExportLossPrompt([](const QStringList &) { return true; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(test::openAndWait(*m_window));
        m_window->showSentence({0, 0});
        m_window->textPanel()->rawView()->setFocus();
    }

    void cleanup()
    {
        m_window->setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        m_window->close();
        m_window.reset();
    }

    void noKeyIsBoundTwice()
    {
        QMap<QString, QStringList> owners;
        for (QAction *action : m_window->findChildren<QAction *>())
            for (const QKeySequence &key : action->shortcuts())
                owners[key.toString(QKeySequence::PortableText)] << action->objectName() + QLatin1Char('/') + action->text();
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "))));
        QVERIFY(owners.contains(QStringLiteral("Ctrl+Y")));
        QVERIFY(owners.contains(QStringLiteral("Ctrl+Shift+Z")));
    }

    void annotationKeysUndoAndRedo()
    {
        TextPanel *panel = m_window->textPanel();
        SentenceView *raw = panel->rawView();
        CorpusDocument *doc = m_window->document();
        auto current = [doc] { return doc->sentence({0, 0}); };
        raw->setSelection(kWordStart, kWordEnd);
        QTest::keyClick(raw, Qt::Key_2);  // number key: the palette's second category
        QVERIFY(opinionAt(current(), kWordStart, kWordEnd));
        QCOMPARE(QString::fromStdString(opinionAt(current(), kWordStart, kWordEnd)->category), panel->labelPalette().at(1));
        for (auto [key, polarity] : {std::pair{Qt::Key_P, Polarity::Positive}, std::pair{Qt::Key_N, Polarity::Negative},
                                     std::pair{Qt::Key_U, Polarity::Neutral}}) {
            QTest::keyClick(raw, key);
            QCOMPARE(opinionAt(current(), kWordStart, kWordEnd)->polarity, polarity);
        }
        // Undo, then Redo by both of its keys.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(opinionAt(current(), kWordStart, kWordEnd)->polarity, Polarity::Negative);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(opinionAt(current(), kWordStart, kWordEnd)->polarity, Polarity::Neutral);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Y));
        QCOMPARE(opinionAt(current(), kWordStart, kWordEnd)->polarity, Polarity::Neutral);

        // C asks for the category.
        QVERIFY(pressWithDialog<QInputDialog>(raw, QKeySequence(Qt::Key_C), [](QInputDialog *d) {
            d->setTextValue(QStringLiteral("LOCATION#GENERAL"));
            d->accept();
        }));
        QCOMPARE(opinionAt(current(), kWordStart, kWordEnd)->category, std::string("LOCATION#GENERAL"));
        // R toggles the review mark.
        const bool reviewed = current().reviewed;
        QTest::keyClick(raw, Qt::Key_R);
        QCOMPARE(current().reviewed, !reviewed);
        // Delete removes the current span, Backspace too (after an undo).
        QTest::keyClick(raw, Qt::Key_Delete);
        QVERIFY(!opinionAt(current(), kWordStart, kWordEnd));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QVERIFY(opinionAt(current(), kWordStart, kWordEnd));
        panel->selectSpan([&] {
            for (int i = 0; i < panel->renderings().spans.size(); ++i)
                if (panel->renderings().spans[i].start == std::size_t(kWordStart))
                    return i;
            return -1;
        }());
        QTest::keyClick(raw, Qt::Key_Backspace);
        QVERIFY(!opinionAt(current(), kWordStart, kWordEnd));
        // S adds a sentence-level opinion.
        const std::size_t before = current().opinions.size();
        QVERIFY(pressWithDialog<QInputDialog>(raw, QKeySequence(Qt::Key_S), [](QInputDialog *d) {
            d->setTextValue(QStringLiteral("HOTEL#GENERAL"));
            d->accept();
        }));
        QCOMPARE(current().opinions.size(), before + 1);
        QVERIFY(current().opinions.back().isNull);
    }

    void navigationAndTextSize()
    {
        QTest::keySequence(m_window.get(), QKeySequence(Qt::ALT | Qt::Key_Down));
        QCOMPARE(m_window->textPanel()->currentSentence(), (SentenceRef{0, 1}));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::ALT | Qt::Key_Up));
        QCOMPARE(m_window->textPanel()->currentSentence(), (SentenceRef{0, 0}));
        auto *size = m_window->findChild<QSpinBox *>(QStringLiteral("fontSizeBox"));
        QVERIFY(size);
        const int points = size->value();
        QTest::keySequence(m_window.get(), QKeySequence::ZoomIn);
        QCOMPARE(size->value(), points + 1);
        QTest::keySequence(m_window.get(), QKeySequence::ZoomOut);
        QCOMPARE(size->value(), points);
    }

    void fileKeysAndTheShortcutSheet()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys.jsonl"));
        QVERIFY(m_window->saveAs(path, CorpusFormat::JsonlMizan));
        // Ctrl+S writes the change.
        m_window->textPanel()->setReviewed(!m_window->document()->sentence({0, 0}).reviewed);
        QVERIFY(m_window->document()->isModified());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_S));
        QVERIFY(!m_window->document()->isModified());
        // Open, Import, Save As and Export open a file dialog.
        for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_O), QKeySequence(Qt::CTRL | Qt::Key_I),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QKeySequence(Qt::CTRL | Qt::Key_E)})
            QVERIFY2(pressWithDialog<QFileDialog>(m_window.get(), key, [](QFileDialog *d) { d->reject(); }),
                     qPrintable(key.toString()));
        // F1: the sheet, generated from the actions.
        QString sheet;
        QVERIFY(pressWithDialog<ShortcutsDialog>(m_window.get(), QKeySequence(Qt::Key_F1), [&sheet](ShortcutsDialog *d) {
            QTableWidget *t = d->table();
            for (int i = 0; i < t->rowCount(); ++i)
                sheet += t->item(i, 0)->text() + QStringLiteral(" = ") + t->item(i, 1)->text() + QLatin1Char('\n');
            d->reject();
        }));
        for (const char *expected : {"Redo = ", "Ctrl+Y", "Ctrl+Shift+Z", "Set polarity: positive", "Next sentence",
                                     "Add sentence-level opinion", "1 … 9", "Alt+drag", "Keyboard Shortcuts = "})
            QVERIFY2(sheet.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + QStringLiteral(" missing from\n") + sheet));
        // Ctrl+Q quits (closes the window).
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QVERIFY(!m_window->isVisible());
    }

    void exactCharactersToggle()
    {
        QAction *exact = m_window->textPanel()->exactSelectionAction();
        QVERIFY(exact->isCheckable());
        QVERIFY(!m_window->textPanel()->rawView()->exactSelection());
        exact->trigger();
        QVERIFY(m_window->textPanel()->rawView()->exactSelection());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(ShortcutsTest)
#include "shortcuts_test.moc"
