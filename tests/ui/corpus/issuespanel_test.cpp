// The Issues panel lists what the last read of each file found: reading a file again (after
// the user fixed it) replaces that file's issues, and a corpus opened in place of the old one
// takes the old one's issues away. Driven through the real main window.
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "corpus/corpusio.h"
#include "corpus/issuecode.h"
#include "ui/corpus/issuespanel.h"
#include "ui/corpus/issuetext.h"
#include "../uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

namespace {

const QString kTruncated = QStringLiteral(MIZAN_TEST_DATA_DIR "/bad/truncated.xml");
const QString kSample = QStringLiteral(MIZAN_RESOURCES_DIR "/sample/hotel_reviews_sample.xml");

bool copyOver(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

int rowsFor(IssuesPanel *issues, const QString &file)
{
    int n = 0;
    for (int r = 0; r < issues->table()->rowCount(); ++r)
        n += QFileInfo(issues->table()->item(r, 1)->data(Qt::UserRole + 1).toString()) == QFileInfo(file);
    return n;
}

bool hasArabicLetter(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x0621 && c.unicode() <= 0x064A)
            return true;
    return false;
}

const QString kMissingAttributes = QStringLiteral(MIZAN_TEST_DATA_DIR "/bad/missing_attributes.xml");

} // namespace

class IssuesPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup() { Language::instance()->apply(QStringLiteral("en")); }

    void everyIssueCodeHasItsArabicWording()
    {
        // English: core's template word for word (the studio's wording cannot drift from it).
        for (int c = 1; c < static_cast<int>(IssueCode::Count); ++c)
            QCOMPARE(IssueText::wording(static_cast<IssueCode>(c)), QString::fromUtf8(issueTemplate(static_cast<IssueCode>(c))));
        Language::instance()->apply(QStringLiteral("ar"));
        for (int c = 1; c < static_cast<int>(IssueCode::Count); ++c) {
            const QString english = QString::fromUtf8(issueTemplate(static_cast<IssueCode>(c)));
            const QString arabic = IssueText::wording(static_cast<IssueCode>(c));
            QVERIFY2(arabic != english && hasArabicLetter(arabic), qPrintable(english));
            // Every argument keeps its place.
            for (int n = 1; n <= 9; ++n)
                QCOMPARE(arabic.contains(QStringLiteral("%%1").arg(n)), english.contains(QStringLiteral("%%1").arg(n)));
        }
        // Arguments are the file's own text, isolated, never translated; an argument holding
        // "%2" is not filled again.
        const QString polarity = IssueText::message(IssueCode::UnknownPolarity, {"%2"});
        QVERIFY(polarity.contains(QChar(0x2068) + QStringLiteral("%2") + QChar(0x2069)));
        QVERIFY(hasArabicLetter(test::outsideIsolates(polarity)));
        // Text with no code is shown as it is.
        QCOMPARE(IssueText::message(IssueCode::Other, {"as is"}), QStringLiteral("as is"));
    }

    void theIssuesPanelSpeaksArabicAfterALiveSwitchKeepingLineAndColumn()
    {
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFile(kMissingAttributes);
        QVERIFY(finished.wait(10000));
        IssuesPanel *issues = window.issuesPanel();
        QTableWidget *table = issues->table();
        QVERIFY(table->rowCount() >= 2);
        ImportResult read = importCorpus(kMissingAttributes.toStdString());
        QCOMPARE(table->rowCount(), static_cast<int>(read.report.issues.size()));
        QStringList lines, columns;
        for (int r = 0; r < table->rowCount(); ++r) {
            const ImportIssue &issue = read.report.issues[static_cast<std::size_t>(r)];
            QVERIFY(issue.code != IssueCode::Other);
            QCOMPARE(table->item(r, 4)->text().remove(QChar(0x2068)).remove(QChar(0x2069)), QString::fromStdString(issue.message));
            lines << table->item(r, 2)->text();
            columns << table->item(r, 3)->text();
        }
        Language::instance()->apply(QStringLiteral("ar"));
        QTRY_COMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("الرسالة"));
        for (int r = 0; r < table->rowCount(); ++r) {
            const ImportIssue &issue = read.report.issues[static_cast<std::size_t>(r)];
            const QString shown = table->item(r, 4)->text();
            QVERIFY2(hasArabicLetter(test::outsideIsolates(shown)), qPrintable(shown));
            QCOMPARE(shown, IssueText::message(issue));
            for (const std::string &arg : issue.args)
                QVERIFY(shown.contains(QString::fromStdString(arg)));
            QCOMPARE(table->item(r, 2)->text(), lines[r]);
            QCOMPARE(table->item(r, 3)->text(), columns[r]);
        }
        // Read while the UI is Arabic: worded in Arabic at once; and back to English.
        window.importFile(kTruncated);
        QVERIFY(finished.wait(10000));
        const QString error = table->item(table->rowCount() - 1, 4)->text();
        QVERIFY2(hasArabicLetter(test::outsideIsolates(error)), qPrintable(error));
        Language::instance()->apply(QStringLiteral("en"));
        QTRY_VERIFY(!hasArabicLetter(table->item(0, 4)->text()));
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void aFixedFileReadAgainLeavesNoStaleIssue()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("reviews.xml"));
        QVERIFY(copyOver(kTruncated, file));
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        IssuesPanel *issues = window.issuesPanel();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFile(file);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(1).toBool(), false);
        QVERIFY(rowsFor(issues, file) >= 1);
        // The user fixes the file and imports it again: its old error goes.
        QVERIFY(copyOver(kSample, file));
        window.importFile(file);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(1).toBool(), true);
        QCOMPARE(rowsFor(issues, file), 0);
        QCOMPARE(issues->issueCount(), 0);
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void anotherCorpusTakesTheOldIssuesAway()
    {
        QTemporaryDir tmp;
        const QString bad = tmp.filePath(QStringLiteral("bad.xml"));
        QVERIFY(copyOver(kTruncated, bad));
        MainWindow window;
        QVERIFY(test::openAndWait(window));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importFile(bad);
        QVERIFY(finished.wait(10000));
        IssuesPanel *issues = window.issuesPanel();
        QVERIFY(issues->issueCount() >= 1);
        QSignalSpy counted(issues, &IssuesPanel::countChanged);
        // A corpus from elsewhere (here: a new one in memory) replaces the open one.
        Corpus other;
        other.format = CorpusFormat::SemEvalXml;
        mizan::Document one;
        one.id = "1";
        other.documents.push_back(one);
        window.document()->resetCorpus(other);
        QCOMPARE(issues->issueCount(), 0);
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted.last().at(0).toInt(), 0);
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }
};

QTEST_MAIN(IssuesPanelTest)
#include "issuespanel_test.moc"
