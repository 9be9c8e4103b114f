// The studio killed while saving (issue 13, crash safety): a child process (this test binary in
// child mode) opens a large corpus in a MainWindow, saves it twice (versions A and B, copied
// aside), edits it back to A, autosaves and saves again; the parent kills it with SIGKILL
// right as that save starts. The corpus file must be exactly the old version (B) or the new
// one (A), and when it is the old one the edit must be in the recovery file, offered by the
// next studio started.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cstdio>
#include <memory>

#include "ui/corpus/corpusdocument.h"
#include "ui/annotate/textpanel.h"
#include "ui/corpus/recovery.h"
#include "ui/mainwindow/mainwindow.h"
#include "uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

namespace {

constexpr const char *kChildVariable = "MIZAN_CRASHSAVE_CHILD";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool copyBytes(const QString &from, const QString &to)
{
    QFile out(to);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(readAll(from)) >= 0;
}

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Child mode: the corpus file is argument 1 of the environment variable's value.
int runChild(const QString &corpus)
{
    test::initTestEnvironment();
    MainWindow window;
    window.setExportLossPrompt([](const QStringList &) { return true; });
    window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    if (!test::openAndWait(window, corpus, 120000)) {
        say("child: cannot open the corpus");
        return 2;
    }
    // Version A (first sentence reviewed), version B (not), each saved and copied aside.
    auto saveVersion = [&](bool reviewed, const QString &copy) {
        return window.textPanel()->setReviewed(reviewed) && window.save() && copyBytes(corpus, copy);
    };
    if (!saveVersion(true, corpus + QStringLiteral(".a")) || !saveVersion(false, corpus + QStringLiteral(".b"))) {
        say("child: cannot save");
        return 2;
    }
    window.textPanel()->setReviewed(true);
    if (!window.recovery()->saveNow().isOk()) {
        say("child: cannot autosave");
        return 2;
    }
    say("saving");
    window.save();
    say("saved");
    QTest::qWait(600000);
    return 0;
}

// A SemEval file with `n` sentences (a few MB: saving it takes long enough to be killed in).
void writeLargeCorpus(const QString &path, int n)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Reviews>\n<Review rid=\"1\">\n<sentences>\n";
    for (int i = 0; i < n; ++i)
        xml += "<sentence id=\"1:" + QByteArray::number(i) +
               "\"><text>الفندق جميل جدا والموظفون لطفاء والغرفة نظيفة</text><Opinions>"
               "<Opinion target=\"الفندق\" category=\"HOTEL#GENERAL\" polarity=\"positive\" from=\"0\" to=\"6\"/>"
               "</Opinions></sentence>\n";
    xml += "</sentences>\n</Review>\n</Reviews>\n";
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(f.write(xml) == xml.size());
}

} // namespace

class CrashSaveTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void killedWhileSavingLeavesOldOrNewAndOffersTheRecovery()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = dir.filePath(QStringLiteral("large.xml"));
        bool sawOld = false;
        for (int round = 0; round < 3 && !sawOld; ++round) {
            writeLargeCorpus(corpus, 20000);
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildVariable), corpus);
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            QByteArray out;
            while (!out.contains("saving\n") && !out.contains("child:") && child.state() == QProcess::Running)
                if (child.waitForReadyRead(180000))
                    out += child.readAllStandardOutput();
                else
                    break;
            QVERIFY2(out.contains("saving\n"), out.constData());
            child.kill();  // SIGKILL
            QVERIFY(child.waitForFinished(30000));
            out += child.readAllStandardOutput();

            const QByteArray now = readAll(corpus), a = readAll(corpus + QStringLiteral(".a")), b = readAll(corpus + QStringLiteral(".b"));
            QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
            QVERIFY2(now == a || now == b, "the corpus file is neither the old nor the new version");
            const bool old = now == b;
            sawOld = sawOld || old;
            const auto info = Recovery::find(Recovery::defaultDirectory());
            if (old)
                QVERIFY2(info.has_value(), "killed before the save ended, yet no recovery file");
            if (!info)
                continue;  // the save ended and removed it: nothing was lost
            Result<Corpus> recovered = Recovery::load(*info);
            QVERIFY2(recovered.ok(), recovered.error().c_str());
            QVERIFY(recovered->documents.at(0).sentences.at(0).reviewed);  // the edit made before the kill
            QCOMPARE(info->sourcePath, corpus);

            // The next studio offers it; restoring brings the edit back.
            MainWindow next;
            bool prompted = false;
            QTimer::singleShot(0, &next, [&prompted] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *box = qobject_cast<QMessageBox *>(w); box && box->objectName() == QStringLiteral("recoveryPrompt")) {
                        prompted = true;
                        for (QAbstractButton *button : box->buttons())
                            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                                button->click();
                    }
            });
            QVERIFY(next.offerRecovery());
            QVERIFY(prompted);
            QVERIFY(next.document()->corpus().documents.at(0).sentences.at(0).reviewed);
            next.recovery()->discard();
        }
        QVERIFY2(sawOld, "no kill landed inside a save in 3 tries");
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString child = qEnvironmentVariable(kChildVariable);
    if (!child.isEmpty())
        return runChild(child);
    // Autosaves go under a HOME of our own (Qt's test locations are below it), which the child
    // inherits: parallel ui tests never see this test's recovery files.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    CrashSaveTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "crashsave_test.moc"
