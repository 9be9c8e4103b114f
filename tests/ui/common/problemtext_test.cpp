// ProblemText: every problem code is worded in Arabic with its arguments isolated, an error
// without a code keeps its English apart in an isolated Details line, and English wording
// follows a live switch back.
#include <QTest>

#include "ui/common/bidi.h"
#include "ui/common/language.h"
#include "ui/common/problemtext.h"
#include "../uitestsupport.h"

using namespace mizan;
using namespace mizan::ui;

class ProblemTextTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }
    void cleanup() { Language::instance()->apply(QStringLiteral("en")); }

    void everyCodeIsWordedInArabicWithItsArgumentsIsolated()
    {
        const std::vector<std::string> args = {"/a/b", "x", "3", "4", "5", "6"};
        QStringList english;
        for (int c = 1; c < static_cast<int>(ProblemCode::Count); ++c)
            english << ProblemText::message({static_cast<ProblemCode>(c), args});
        Language::instance()->apply(QStringLiteral("ar"));
        for (int c = 1; c < static_cast<int>(ProblemCode::Count); ++c) {
            const QString arabic = ProblemText::message({static_cast<ProblemCode>(c), args});
            QVERIFY2(!arabic.isEmpty() && arabic != english[c - 1], qPrintable(english[c - 1]));
            QString names = arabic;  // format names stay as they are
            for (const char *name : {"WordPiece", "SemEval", "CoNLL"})
                names.remove(QLatin1String(name));
            QVERIFY2(!test::hasEnglish(names), qPrintable(arabic));
            // Each argument the English wording shows, the Arabic shows too, isolated.
            for (const std::string &a : args) {
                const QString isolated = ltr(QString::fromStdString(a));
                QCOMPARE(arabic.contains(isolated), english[c - 1].contains(isolated));
            }
        }
        QCOMPARE(ProblemText::message({ProblemCode::None, {"no code"}}), QString());
    }

    void withoutACodeTheEnglishIsAnIsolatedDetailsLine()
    {
        Language::instance()->apply(QStringLiteral("ar"));
        const QString shown = ProblemText::failure(QStringLiteral("فشل التدريب."), QStringLiteral("/runs/run3: refused"));
        QCOMPARE(shown, QStringLiteral("فشل التدريب.\nالتفاصيل: ") + ltr(QStringLiteral("/runs/run3: refused")));
        // A code whose English explanation is an argument: worded, then the explanation apart.
        const QString opened = ProblemText::failure(QStringLiteral("تعذّر تحميل النموذج."),
                                                    QStringLiteral("/m/config.json: cannot open: Permission denied"));
        const QStringList lines = opened.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(!test::hasEnglish(lines[0]) && lines[0].contains(ltr(QStringLiteral("/m/config.json"))), qPrintable(lines[0]));
        QCOMPARE(lines[1], QStringLiteral("التفاصيل: ") + ltr(QStringLiteral("Permission denied")));
        Language::instance()->apply(QStringLiteral("en"));
        QCOMPARE(ProblemText::message({ProblemCode::CannotOpen, {"/m/config.json", "Permission denied"}}),
                 ltr(QStringLiteral("/m/config.json")) + QStringLiteral(" cannot be opened."));
    }
};

QTEST_MAIN(ProblemTextTest)
#include "problemtext_test.moc"
