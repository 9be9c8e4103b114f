// The Text panel with a corpus built in the test: sentence-level opinions in the table and the
// badge (edit, delete, undo, add), two opinions on one target, long sentences that scroll and
// bring the chosen target into view, word selection with Ctrl+Shift+arrows, the Label box and
// the key hints. Real widgets on the offscreen platform.
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

#include "common/utf8.h"
#include "ui/annotate/annotationcommands.h"
#include "ui/annotate/renderings.h"
#include "ui/annotate/sentenceview.h"
#include "ui/annotate/textpanel.h"
#include "../uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

namespace {

const char *kShort = "الفندق نظيف والموظفون لطفاء";
const char *kRecommend = "أنصح به جدا";

// A 200-character review whose last word is a target.
std::string longText()
{
    std::string text;
    while (utf8::length(text) < 190)
        text += "الغرفة واسعة والإفطار متنوع والخدمة سريعة ";
    return text + "والمسبح";
}

Corpus testCorpus()
{
    Corpus c;
    c.format = CorpusFormat::SemEvalXml;
    Document d;
    d.id = "r1";
    Sentence a;
    a.id = "r1:0";
    a.text = kShort;
    a.opinions.push_back({"الفندق", false, "HOTEL#CLEANLINESS", Polarity::Positive, 0, 6, {}});
    a.opinions.push_back({"الفندق", false, "HOTEL#GENERAL", Polarity::Negative, 0, 6, {}});
    a.opinions.push_back({"", true, "SERVICE#GENERAL", Polarity::Positive, 0, 0, {}});
    d.sentences.push_back(a);
    Sentence b;
    b.id = "r1:1";
    b.text = longText();
    const std::size_t length = utf8::length(b.text);
    b.opinions.push_back({"والمسبح", false, "FACILITIES#GENERAL", Polarity::Positive, length - 7, length, {}});
    d.sentences.push_back(b);
    Sentence c2;
    c2.id = "r1:2";
    c2.text = kRecommend;
    d.sentences.push_back(c2);
    c.documents.push_back(d);
    return c;
}

int sentenceLevelRow(const TextPanel &panel)
{
    for (int i = 0; i < panel.renderings().spans.size(); ++i)
        if (panel.renderings().spans[i].sentenceLevel)
            return i;
    return -1;
}

bool imageHasColor(const QImage &image, const QRect &area, const QColor &color)
{
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y)
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x)
            if (image.pixelColor(x, y) == color)
                return true;
    return false;
}

} // namespace

class TextPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void zoomScalesTheTableAndItsHeadersBothWays()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.document()->resetCorpus(testCorpus());
        window.showSentence({0, 0});
        QTableWidget *table = window.textPanel()->spanTable();
        QHeaderView *header = table->horizontalHeader();
        const qreal font0 = header->font().pointSizeF();
        const int height0 = header->sizeHint().height();
        const int row0 = table->rowHeight(0);
        for (int i = 0; i < 4; ++i)
            QTest::keySequence(&window, QKeySequence::ZoomIn);
        QVERIFY2(header->font().pointSizeF() > font0, qPrintable(QString::number(header->font().pointSizeF())));
        QVERIFY(header->sizeHint().height() > height0);
        QVERIFY(table->rowHeight(0) > row0);
        for (int i = 0; i < 4; ++i)
            QTest::keySequence(&window, QKeySequence::ZoomOut);
        QCOMPARE(header->font().pointSizeF(), font0);
        QCOMPARE(header->sizeHint().height(), height0);
        QCOMPARE(table->rowHeight(0), row0);
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void init()
    {
        m_document = std::make_unique<CorpusDocument>();
        m_document->resetCorpus(testCorpus());
        m_panel = std::make_unique<TextPanel>(m_document.get());
        m_panel->resize(760, 560);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->showSentence({0, 0});
    }

    void cleanup()
    {
        m_panel.reset();
        m_document.reset();
    }

    void sentenceLevelOpinionIsARowWithABadge()
    {
        const int row = sentenceLevelRow(*m_panel);
        QVERIFY(row >= 0);
        QTableWidget *table = m_panel->spanTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("(whole sentence)"));
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("SERVICE#GENERAL"));
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("—"));
        QVERIFY(m_panel->sentenceLevelBadge()->isVisible());
        QCOMPARE(m_panel->sentenceLevelBadge()->text(), QStringLiteral("1 sentence-level opinion(s)"));
        QVERIFY(m_panel->sentenceLevelBadge()->toolTip().contains(QStringLiteral("SERVICE#GENERAL")));
        // No highlight in the text for it.
        for (const Highlight &h : m_panel->rawView()->highlights())
            QVERIFY(h.spanId != row);
    }

    void sentenceLevelOpinionIsEditableDeletableUndoable()
    {
        QTableWidget *table = m_panel->spanTable();
        const int row = sentenceLevelRow(*m_panel);
        table->setCurrentCell(row, 0);
        QCOMPARE(m_panel->currentSpan(), row);
        QCOMPARE(m_panel->labelBox()->currentData().toString(), QStringLiteral("SERVICE#GENERAL"));
        m_panel->rawView()->setFocus();
        QTest::keyClick(m_panel->rawView(), Qt::Key_N);
        const Opinion &edited = m_document->sentence({0, 0}).opinions[2];
        QVERIFY(edited.isNull);
        QCOMPARE(edited.polarity, Polarity::Negative);
        QCOMPARE(table->item(sentenceLevelRow(*m_panel), 2)->text(), QStringLiteral("negative"));

        QVERIFY(m_panel->setCategory(QStringLiteral("SERVICE#QUALITY")));
        QCOMPARE(m_document->sentence({0, 0}).opinions[2].category, std::string("SERVICE#QUALITY"));

        QTest::keyClick(m_panel->rawView(), Qt::Key_Delete);
        QCOMPARE(m_document->sentence({0, 0}).opinions.size(), std::size_t(2));
        QCOMPARE(sentenceLevelRow(*m_panel), -1);
        QVERIFY(!m_panel->sentenceLevelBadge()->isVisible());

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(m_document->sentence({0, 0}), testCorpus().documents[0].sentences[0]);
        QCOMPARE(sentenceLevelRow(*m_panel), 2);
    }

    void addSentenceLevelOpinion()
    {
        m_panel->showSentence({0, 2});
        QVERIFY(!m_panel->sentenceLevelBadge()->isVisible());
        QVERIFY(!m_panel->addSentenceLevelOpinion(QStringLiteral("  ")));
        QVERIFY(m_panel->addSentenceLevelOpinion(QStringLiteral("HOTEL#GENERAL")));
        const Sentence &s = m_document->sentence({0, 2});
        QCOMPARE(s.opinions.size(), std::size_t(1));
        QVERIFY(s.opinions[0].isNull);
        QCOMPARE(s.opinions[0].category, std::string("HOTEL#GENERAL"));
        QCOMPARE(m_panel->currentSpan(), sentenceLevelRow(*m_panel));
        QTest::keyClick(m_panel->rawView(), Qt::Key_P);
        QCOMPARE(m_document->sentence({0, 2}).opinions[0].polarity, Polarity::Positive);
        QVERIFY(m_panel->sentenceLevelBadge()->isVisible());
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(m_document->sentence({0, 2}).opinions.empty());
    }

    void twoOpinionsOnOneTargetShowBoth()
    {
        SentenceView *raw = m_panel->rawView();
        int sameRange = 0;
        for (const Highlight &h : raw->highlights())
            sameRange += h.start == 0 && h.end == 6;
        QCOMPARE(sameRange, 2);
        const QString tip = raw->toolTipAt(2);
        QVERIFY2(tip.contains(QStringLiteral("positive")) && tip.contains(QStringLiteral("negative")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("HOTEL#CLEANLINESS")) && tip.contains(QStringLiteral("HOTEL#GENERAL")));
        // Both polarity bars are drawn under the target: green and red.
        const QImage image = raw->grab().toImage();
        const QRect box = raw->rangeRect(0, 6);
        const QRect bars(box.left(), box.bottom(), box.width(), 12);
        QVERIFY(imageHasColor(image, bars, polarityColor(Polarity::Positive)));
        QVERIFY(imageHasColor(image, bars, polarityColor(Polarity::Negative)));
    }

    void longSentenceScrollsAndTheTargetComesIntoView()
    {
        m_panel->resize(520, 330);
        m_panel->showSentence({0, 1});
        QApplication::processEvents();
        SentenceView *raw = m_panel->rawView();
        // The whole sentence is laid out (never cut to the visible height)...
        QVERIFY(raw->height() >= raw->heightForWidth(raw->width()));
        QScrollArea *area = m_panel->viewsArea();
        QVERIFY2(area->verticalScrollBar()->maximum() > 0, "the renderings should need scrolling at this size");
        area->verticalScrollBar()->setValue(0);
        // ...and choosing the last target in the table scrolls it into the visible part.
        m_panel->spanTable()->setCurrentCell(0, 0);
        QApplication::processEvents();
        const QRect target = raw->rangeRect(raw->highlights()[0].start, raw->highlights()[0].end);
        const QRect inViewport(raw->mapTo(area->viewport(), target.topLeft()), target.size());
        QVERIFY2(area->viewport()->rect().contains(inViewport), "the target is not visible after selecting it");
        QVERIFY(area->verticalScrollBar()->value() > 0);
    }

    void ctrlShiftArrowSelectsWordsWithoutTheSpace()
    {
        m_panel->showSentence({0, 2});
        SentenceView *raw = m_panel->rawView();
        raw->setFocus();
        QTest::keyClick(raw, Qt::Key_Home);
        // Right-to-left text: Left moves forward in logical order.
        QTest::keyClick(raw, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(raw->text().mid(raw->selectionStart(), raw->selectionEnd() - raw->selectionStart()), QStringLiteral("أنصح"));
        QTest::keyClick(raw, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(raw->text().mid(raw->selectionStart(), raw->selectionEnd() - raw->selectionStart()), QStringLiteral("أنصح به"));
        QTest::keyClick(raw, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(raw->text().mid(raw->selectionStart(), raw->selectionEnd() - raw->selectionStart()), QStringLiteral("أنصح "));
        QTest::keyClick(raw, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(raw, Qt::Key_1);
        const Sentence &s = m_document->sentence({0, 2});
        QCOMPARE(s.opinions.size(), std::size_t(1));
        QCOMPARE(s.opinions[0].target, std::string("أنصح به"));
        QCOMPARE(s.opinions[0].to, std::size_t(7));
    }

    void labelBoxAndKeyHintsShowTheCategories()
    {
        const QStringList palette = m_panel->labelPalette();
        QVERIFY(palette.size() >= 3);
        const QString hints = m_panel->paletteHints()->text();
        for (int i = 0; i < 3; ++i)
            QVERIFY2(hints.contains(QStringLiteral("<b>%1</b>&nbsp;%2").arg(i + 1).arg(palette[i])), qPrintable(hints));
        m_panel->selectSpan(1);
        QCOMPARE(m_panel->labelBox()->currentData().toString(), m_panel->renderings().spans[1].category);
        m_panel->selectSpan(-1);
        QCOMPARE(m_panel->labelBox()->currentIndex(), 0);
    }

    void modelSuggestionsStayMarkedUntilReviewed()
    {
        Sentence s = m_document->sentence({0, 2});
        addOpinion(s, 0, 4, "", Polarity::Positive);
        markSuggested(s.opinions.back());
        m_document->undoStack()->push(new SentenceEditCommand(m_document.get(), {0, 2}, s, [] { return QStringLiteral("suggest"); }));
        m_panel->showSentence({0, 2});
        QCOMPARE(m_panel->spanTable()->item(0, 2)->text(), QStringLiteral("positive (model suggestion)"));
        QVERIFY(m_panel->setReviewed(true));
        QVERIFY(!isSuggested(m_document->sentence({0, 2}).opinions[0]));
        QCOMPARE(m_panel->spanTable()->item(0, 2)->text(), QStringLiteral("positive"));
        m_document->undoStack()->undo();
        QVERIFY(isSuggested(m_document->sentence({0, 2}).opinions[0]));
    }

private:
    std::unique_ptr<CorpusDocument> m_document;
    std::unique_ptr<TextPanel> m_panel;
};

QTEST_MAIN(TextPanelTest)
#include "textpanel_test.moc"
