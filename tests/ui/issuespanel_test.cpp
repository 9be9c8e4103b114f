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

#include "ui/corpus/issuespanel.h"
#include "uitestsupport.h"

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

} // namespace

class IssuesPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

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
        other.documents.push_back({"1", {}});
        window.document()->resetCorpus(other);
        QCOMPARE(issues->issueCount(), 0);
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted.last().at(0).toInt(), 0);
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }
};

QTEST_MAIN(IssuesPanelTest)
#include "issuespanel_test.moc"
