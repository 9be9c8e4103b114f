#include <QTest>

#include "ui/annotate/wordsnap.h"

using mizan::ui::snapToWords;

class WordSnapTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void growsToWholeWords()
    {
        const QString text = QStringLiteral("الفندق رائع والموقع ممتاز");
        // A selection inside "رائع" (7..11) grows to the whole word.
        QCOMPARE(snapToWords(text, 8, 10), std::make_pair(7, 11));
        // Across a word boundary: from inside "الفندق" to inside "رائع".
        QCOMPARE(snapToWords(text, 2, 9), std::make_pair(0, 11));
        // Reversed ends are accepted.
        QCOMPARE(snapToWords(text, 10, 8), std::make_pair(7, 11));
    }
    void trimsSpaces()
    {
        const QString text = QStringLiteral("الفندق رائع");
        QCOMPARE(snapToWords(text, 6, 11), std::make_pair(7, 11));
        QCOMPARE(snapToWords(text, 6, 7), std::make_pair(7, 7));
    }
    void keepsDiacriticsWithTheirLetters()
    {
        const QString text = QStringLiteral("جَمِيل جدا");
        QCOMPARE(snapToWords(text, 1, 2), std::make_pair(0, 6));
    }
    void punctuationStaysOutside()
    {
        const QString text = QStringLiteral("باردة.");
        QCOMPARE(snapToWords(text, 0, 3), std::make_pair(0, 5));
    }
};

QTEST_GUILESS_MAIN(WordSnapTest)
#include "wordsnap_test.moc"
