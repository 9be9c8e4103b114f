// The Welcome panel's first steps: open the sample corpus, try the Playground, train on your
// data. Each button runs its action: the sample opens, the Playground and Training panels show.
#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/welcomepanel.h"
#include "ui/training/studiopanels.h"
#include "../uitestsupport.h"

using namespace mizan::ui;

class WelcomePanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::initTestEnvironment();
        registerStudioPanels();
    }

    void offersSamplePlaygroundAndTraining()
    {
        MainWindow window;
        window.show();
        auto *welcome = window.panel<WelcomePanel>(QStringLiteral("welcome"));
        QVERIFY(welcome);
        auto button = [&](const char *id) { return welcome->findChild<QToolButton *>(QString::fromLatin1(id)); };
        QToolButton *sample = button("sampleActionButton");
        QToolButton *playground = button("playgroundActionButton");
        QToolButton *train = button("trainActionButton");
        QVERIFY(sample && playground && train);
        for (QToolButton *b : {sample, playground, train}) {
            QVERIFY(b->isEnabled());
            QVERIFY(!b->text().isEmpty());
        }

        QSignalSpy opened(&window, &MainWindow::corpusOpened);
        sample->click();
        QVERIFY(opened.wait(30000));
        QVERIFY(opened.front().front().toString().endsWith(QStringLiteral("hotel_reviews_sample.xml")));

        auto *playgroundDock = window.findChild<QDockWidget *>(QStringLiteral("playgroundDock"));
        QVERIFY(playgroundDock);
        playgroundDock->hide();
        playground->click();
        QVERIFY(playgroundDock->isVisible());

        auto *trainingDock = window.findChild<QDockWidget *>(QStringLiteral("trainingDock"));
        QVERIFY(trainingDock);
        trainingDock->hide();
        train->click();
        QVERIFY(trainingDock->isVisible());
    }
};

QTEST_MAIN(WelcomePanelTest)
#include "welcomepanel_test.moc"
