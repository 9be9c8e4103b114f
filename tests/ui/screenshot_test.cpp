// Screenshots of the main window in English and in Arabic with a highlighted sentence, for
// the README and for looking at (joined Arabic, right-to-left, highlights on the right
// characters). Runs under Xvfb (ctest wraps it in xvfb-run) and writes PNGs to the folder in
// MIZAN_SCREENSHOT_DIR; skips when that variable is unset.
#include <QDir>
#include <QImage>
#include <QTest>

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

private:
    QString m_dir;
};

QTEST_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
