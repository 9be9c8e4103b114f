#include <QTest>

#include "ui/common/textoffsets.h"

using mizan::ui::Utf16Map;

class TextOffsetsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void arabicIsOneUnitPerCodePoint()
    {
        const QString text = QStringLiteral("الفندق رائع");
        const Utf16Map map(text);
        QCOMPARE(map.codePointCount(), std::size_t(11));
        QCOMPARE(map.toUtf16(6), 6);
        QCOMPARE(map.toCodePoint(6), std::size_t(6));
    }
    void surrogatePairsCountAsOneCodePoint()
    {
        // "a😀b": the emoji is one code point but two UTF-16 units.
        const QString text = QStringLiteral("a") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("b");
        QCOMPARE(text.size(), 4);
        const Utf16Map map(text);
        QCOMPARE(map.codePointCount(), std::size_t(3));
        QCOMPARE(map.toUtf16(0), 0);
        QCOMPARE(map.toUtf16(1), 1);
        QCOMPARE(map.toUtf16(2), 3);
        QCOMPARE(map.toUtf16(3), 4);
        QCOMPARE(map.toCodePoint(3), std::size_t(2));
        QCOMPARE(map.toCodePoint(2), std::size_t(1));  // inside the pair: the pair's code point
        QCOMPARE(map.toCodePoint(4), std::size_t(3));
    }
    void outOfRangeClamps()
    {
        const Utf16Map map(QStringLiteral("abc"));
        QCOMPARE(map.toUtf16(99), 3);
        QCOMPARE(map.toCodePoint(99), std::size_t(3));
        QCOMPARE(map.toCodePoint(-5), std::size_t(0));
        const Utf16Map empty{QString()};
        QCOMPARE(empty.toUtf16(2), 0);
        QCOMPARE(empty.codePointCount(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TextOffsetsTest)
#include "textoffsets_test.moc"
