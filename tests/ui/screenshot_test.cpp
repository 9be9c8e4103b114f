// Screenshots of the main window in English and in Arabic with a highlighted sentence, for
// the README and for looking at (joined Arabic, right-to-left, highlights on the right
// characters). Runs under Xvfb (ctest wraps it in xvfb-run) and writes PNGs to the folder in
// MIZAN_SCREENSHOT_DIR; skips when that variable is unset.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QImage>
#include <QTest>

#include "common/utf8.h"
#include "ui/annotate/renderings.h"
#include "ui/annotate/sentenceview.h"
#include "ui/annotate/textpanel.h"
#include "ui/corpus/corpusbrowser.h"
#include "ui/training/studiopanels.h"
#include "uitestsupport.h"

using namespace mizan::ui;

namespace {

// Share of the pixels inside `rect` of `image` that have the colour `color`.
double shareOf(const QImage &image, const QRect &rect, const QColor &color)
{
    int hits = 0, total = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            ++total;
            hits += QColor(image.pixel(x, y)) == color ? 1 : 0;
        }
    return total ? double(hits) / total : 0;
}

} // namespace

class ScreenshotTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("MIZAN_SCREENSHOT_DIR");
        if (m_dir.isEmpty())
            QSKIP("MIZAN_SCREENSHOT_DIR is not set");
        QVERIFY(QDir().mkpath(m_dir));
        test::initTestEnvironment();
        registerStudioPanels();  // the studio as users see it (Welcome's first steps enabled)
        if (MainWindow::samplePath().isEmpty())
            QSKIP("the bundled sample corpus is missing");
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QVERIFY(Language::instance()->apply(language));
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::openAndWait(window));
        // The first sentence of the third review has two targets, one negative.
        const mizan::ui::SentenceRef ref{0, 3};
        window.showSentence(ref);
        TextPanel *panel = window.textPanel();
        panel->selectSpan(1);
        QTest::qWait(300);

        // Each highlight's background colour covers part of its characters' box on screen.
        SentenceView *raw = panel->rawView();
        const QImage image = raw->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        for (const Highlight &h : raw->highlights()) {
            const QRect box = raw->rangeRect(h.start, h.end);
            const QRect pixels(QPoint(int(box.left() * ratio), int(box.top() * ratio)),
                               QPoint(int(box.right() * ratio), int(box.bottom() * ratio)));
            QVERIFY2(shareOf(image, pixels, h.background) > 0.3,
                     qPrintable(QStringLiteral("highlight %1-%2 not drawn on its characters").arg(h.start).arg(h.end)));
        }
        const QString file = QDir(m_dir).filePath(QStringLiteral("main-%1.png").arg(language));
        QVERIFY(window.grab().save(file));
        QVERIFY(raw->grab().save(QDir(m_dir).filePath(QStringLiteral("raw-%1.png").arg(language))));
        qInfo("wrote %s", qPrintable(file));
        // The Statistics panel's charts, for looking at too.
        window.dock(QStringLiteral("statistics"))->raise();
        QTest::qWait(700);
        QVERIFY(window.grab().save(QDir(m_dir).filePath(QStringLiteral("statistics-%1.png").arg(language))));
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        window.close();
        Language::instance()->apply(QStringLiteral("en"));
    }

    // The Text panel's annotator features: a sentence-level opinion (badge + row), two
    // opinions on one target (two bars), the key hints, a long review scrolled to its last
    // target; and the Keyboard Shortcuts sheet.
    void annotatorFeatures_data() { screenshots_data(); }

    void annotatorFeatures()
    {
        QFETCH(QString, language);
        QVERIFY(Language::instance()->apply(language));
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->resetCorpus(featureCorpus());
        window.showSentence({0, 0});
        TextPanel *panel = window.textPanel();
        panel->selectSpan(0);
        QTest::qWait(300);
        QVERIFY(panel->sentenceLevelBadge()->isVisible());
        QVERIFY(window.grab().save(QDir(m_dir).filePath(QStringLiteral("annotate-%1.png").arg(language))));
        window.showSentence({0, 1});
        panel->spanTable()->setCurrentCell(0, 0);
        QCOMPARE(panel->currentSpan(), 0);
        QCOMPARE(panel->labelBox()->currentData().toString(), QStringLiteral("FACILITIES#GENERAL"));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(m_dir).filePath(QStringLiteral("long-%1.png").arg(language))));
        const QString sheet = QDir(m_dir).filePath(QStringLiteral("shortcuts-%1.png").arg(language));
        QTimer::singleShot(300, [sheet] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                dialog->grab().save(sheet);
                dialog->close();
            }
        });
        QAction *shortcuts = window.findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(shortcuts);
        shortcuts->trigger();
        QVERIFY(QFile::exists(sheet));
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        window.close();
        Language::instance()->apply(QStringLiteral("en"));
    }

private:
    static mizan::Corpus featureCorpus()
    {
        using namespace mizan;
        Corpus c;
        c.format = CorpusFormat::SemEvalXml;
        Document d;
        d.id = "r1";
        Sentence a;
        a.id = "r1:0";
        a.text = "الفندق نظيف والموظفون لطفاء";
        a.opinions.push_back({"الفندق", false, "HOTEL#CLEANLINESS", Polarity::Positive, 0, 6, {}});
        a.opinions.push_back({"الفندق", false, "HOTEL#GENERAL", Polarity::Negative, 0, 6, {}});
        a.opinions.push_back({"الموظفون", false, "SERVICE#GENERAL", Polarity::Positive, 13, 21, {}});
        a.opinions.push_back({"", true, "HOTEL#GENERAL", Polarity::Positive, 0, 0, {}});
        d.sentences.push_back(a);
        Sentence b;
        b.id = "r1:1";
        for (int i = 0; i < 6; ++i)
            b.text += "الغرفة واسعة والإفطار متنوع والخدمة سريعة ";
        b.text += "والمسبح";
        const std::size_t length = utf8::length(b.text);
        b.opinions.push_back({"والمسبح", false, "FACILITIES#GENERAL", Polarity::Positive, length - 7, length, {}});
        d.sentences.push_back(b);
        c.documents.push_back(d);
        return c;
    }

    QString m_dir;
};

QTEST_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
