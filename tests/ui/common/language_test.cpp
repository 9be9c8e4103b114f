// The Arabic UI: Qt's own strings (dialog buttons, the file dialog) come from Qt's Arabic
// translation beside Mizan's; switching language live retranslates what is on screen, and the
// recovery prompt's two buttons answer its question.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoView>
#include <QAction>
#include <QAbstractItemModel>

#include "ui/annotate/textpanel.h"
#include "ui/corpus/exportwarning.h"
#include "ui/corpus/recovery.h"
#include "../uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

namespace {

bool hasLatinLetter(const QString &s)
{
    for (QChar c : s)
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            return true;
    return false;
}

Corpus smallCorpus()
{
    Corpus c;
    c.format = CorpusFormat::SemEvalXml;
    Document d;
    d.id = "1";
    Sentence s;
    s.id = "1:0";
    s.text = "الفندق نظيف";
    s.opinions.push_back({"الفندق", false, "HOTEL#GENERAL", Polarity::Positive, 0, 6, {}});
    s.opinions.push_back({"", true, "SERVICE#GENERAL", Polarity::Negative, 0, 0, {}});
    d.sentences.push_back(s);
    c.documents.push_back(d);
    return c;
}

// The window on screen with smallCorpus()'s sentence shown.
bool showSmallCorpus(MainWindow &window)
{
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.document()->resetCorpus(smallCorpus());
    window.showSentence({0, 0});
    return true;
}

} // namespace

class LanguageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup() { Language::instance()->apply(QStringLiteral("en")); }

    void qtOwnStringsAreArabic()
    {
        Language::instance()->apply(QStringLiteral("ar"));
        QVERIFY2(Language::instance()->qtTranslationLoaded(),
                 "qtbase_ar.qm not found in Qt's translations folder (Debian package qt6-translations-l10n)");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("حسنًا"));
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"), QMessageBox::Ok | QMessageBox::Cancel);
        QVERIFY(!hasLatinLetter(box.button(QMessageBox::Cancel)->text()));
        Language::instance()->apply(QStringLiteral("en"));
        QVERIFY(!Language::instance()->qtTranslationLoaded());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("OK"));
    }

    void liveSwitchLeavesNoEnglishInTheTextPanelAndMenus()
    {
        MainWindow window;
        QVERIFY(showSmallCorpus(window));
        Language::instance()->apply(QStringLiteral("ar"));
        // Retranslation and mirroring arrive as events: wait for them, however slow the machine.
        QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(!hasLatinLetter(window.menuBar()->actions().constFirst()->text()));
        QTRY_VERIFY(!hasLatinLetter(window.textPanel()->spanTable()->horizontalHeaderItem(0)->text()));
        QStringList stale;
        for (QAction *menu : window.menuBar()->actions()) {
            if (hasLatinLetter(menu->text()))
                stale << menu->text();
            for (QAction *a : menu->menu()->actions())
                if (!a->isSeparator() && hasLatinLetter(a->text().remove(QRegularExpression(QStringLiteral("Ctrl|Shift|Alt")))))
                    stale << a->text();
        }
        TextPanel *panel = window.textPanel();
        for (QLabel *label : panel->findChildren<QLabel *>())
            if (label->isVisible() && label != panel->paletteHints() && hasLatinLetter(label->text()) &&
                !label->text().contains(QStringLiteral("1:0")))
                stale << label->text();
        for (QAbstractButton *button : panel->findChildren<QAbstractButton *>())
            if (button->isVisible() && hasLatinLetter(button->text()))
                stale << button->text();
        QTableWidget *table = panel->spanTable();
        for (int c = 0; c < table->columnCount(); ++c)
            if (hasLatinLetter(table->horizontalHeaderItem(c)->text()))
                stale << table->horizontalHeaderItem(c)->text();
        for (int r = 0; r < table->rowCount(); ++r)
            if (hasLatinLetter(table->item(r, 2)->text()))
                stale << table->item(r, 2)->text();
        // The History panel's first line, the toolbar's text size and its cleaning and stemmer choices.
        stale << window.panel<QUndoView>(QStringLiteral("history"))->emptyLabel();
        stale << window.findChild<QSpinBox *>(QStringLiteral("fontSizeBox"))->suffix();
        stale << window.findChild<QComboBox *>(QStringLiteral("presetBox"))->currentText();
        stale.removeIf([](const QString &s) { return !hasLatinLetter(s); });
        // One digit choice: Western digits everywhere, also where Qt formats numbers itself.
        QVERIFY(!window.findChild<QSpinBox *>(QStringLiteral("fontSizeBox"))->text().contains(QChar(0x0660 + 1)));
        QCOMPARE(QLocale().toString(12), QStringLiteral("12"));
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QStringLiteral(" | "))));
        // And back: nothing Arabic left in the English menus.
        Language::instance()->apply(QStringLiteral("en"));
        QTRY_COMPARE(panel->sentenceLevelBadge()->text(), QStringLiteral("1 sentence-level opinion(s)"));
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void historyEntriesAndUndoTextsFollowALiveSwitch()
    {
        MainWindow window;
        QVERIFY(showSmallCorpus(window));
        TextPanel *panel = window.textPanel();
        QVERIFY(panel->setReviewed(true));
        QVERIFY(panel->addSentenceLevelOpinion(QStringLiteral("FOOD#QUALITY")));
        auto *history = window.panel<QUndoView>(QStringLiteral("history"));
        QAbstractItemModel *model = history->model();
        QCOMPARE(model->rowCount(), 3);  // "Before any edit" and the two edits
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Mark reviewed"));
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add sentence-level opinion \"FOOD#QUALITY\""));
        Language::instance()->apply(QStringLiteral("ar"));
        QTRY_COMPARE(model->index(1, 0).data().toString(), QStringLiteral("تعليم كمُراجَعة"));
        // The category is the user's data; the words around it are Arabic.
        const QString added = model->index(2, 0).data().toString();
        QVERIFY2(added.contains(QStringLiteral("FOOD#QUALITY")) && !hasLatinLetter(QString(added).remove(QStringLiteral("FOOD#QUALITY"))),
                 qPrintable(added));
        QVERIFY2(!hasLatinLetter(undo->text().remove(QStringLiteral("FOOD#QUALITY"))), qPrintable(undo->text()));
        // Undo and redo keep working and keep the language.
        undo->trigger();
        QCOMPARE(window.document()->sentence({0, 0}).opinions.size(), std::size_t(2));
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(redo->isEnabled());
        QVERIFY2(!hasLatinLetter(redo->text().remove(QStringLiteral("FOOD#QUALITY"))), qPrintable(redo->text()));
        redo->trigger();
        QCOMPARE(window.document()->sentence({0, 0}).opinions.size(), std::size_t(3));
        Language::instance()->apply(QStringLiteral("en"));
        QTRY_COMPARE(model->index(1, 0).data().toString(), QStringLiteral("Mark reviewed"));
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void aFailedSaveIsToldInArabicWithCoresAccountAsDetails()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("missing-folder/out.jsonl"));
        MainWindow window;
        window.document()->resetCorpus(smallCorpus());
        Language::instance()->apply(QStringLiteral("ar"));
        QString title, text, details;
        test::whenMessageBoxShows([&](QMessageBox *box) {
            title = box->windowTitle();
            text = box->text();
            details = box->detailedText();
            box->button(QMessageBox::Ok)->click();
        });
        QVERIFY(!window.saveAs(path, CorpusFormat::JsonlMizan));
        QVERIFY2(!title.isEmpty() && !hasLatinLetter(title), qPrintable(title));
        QVERIFY2(!hasLatinLetter(test::outsideIsolates(text)), qPrintable(text));
        QVERIFY(text.contains(QDir::toNativeSeparators(path)));
        QVERIFY2(details.contains(QStringLiteral("out.jsonl")), qPrintable(details));
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void exportLossMessagesAreTranslated()
    {
        Corpus c = smallCorpus();
        c.documents[0].sentences[0].reviewed = true;
        Language::instance()->apply(QStringLiteral("ar"));
        const QStringList lines = exportLossMessages(c, CorpusFormat::Conll);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines)
            QVERIFY2(!hasLatinLetter(line), qPrintable(line));
    }

    void recoveryPromptButtonsPair()
    {
        // An autosave left behind, then a new window offers it with Restore / Discard the autosave.
        QString texts;
        {
            MainWindow first;
            first.document()->resetCorpus(smallCorpus());
            first.document()->markModified();
            QVERIFY(first.recovery()->saveNow().isOk());
        }
        MainWindow window;
        test::whenMessageBoxShows([&texts](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons())
                texts += b->text() + QLatin1Char('|');
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("Restore"))
                    b->click();
        });
        QVERIFY(window.offerRecovery());
        QVERIFY2(texts.contains(QStringLiteral("Restore|")) && texts.contains(QStringLiteral("Discard the autosave|")),
                 qPrintable(texts));
        QCOMPARE(window.document()->corpus(), smallCorpus());
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        window.recovery()->discard();
    }
};

QTEST_MAIN(LanguageTest)
#include "language_test.moc"
