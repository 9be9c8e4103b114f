#include <QTest>

#include "ui/annotate/spanedits.h"

using namespace mizan;
using namespace mizan::ui;

namespace {
Sentence sample()
{
    Sentence s;
    s.text = "الخدمة سيئة والإفطار بارد";
    Opinion o;
    o.target = "الخدمة";
    o.category = "SERVICE#GENERAL";
    o.polarity = Polarity::Negative;
    o.from = 0;
    o.to = 6;
    s.opinions.push_back(o);
    Opinion null;
    null.isNull = true;
    null.category = "HOTEL#GENERAL";
    null.polarity = Polarity::Negative;
    s.opinions.push_back(null);
    return s;
}
} // namespace

class SpanEditsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nullTargetsHaveNoSpan()
    {
        const auto spans = spansOf(sample());
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans[0].label, QStringLiteral("SERVICE"));
        QCOMPARE(spans[0].category, QStringLiteral("SERVICE#GENERAL"));
        QCOMPARE(spans[0].start, std::size_t(0));
        QCOMPARE(spans[0].end, std::size_t(6));
    }
    void refusesEmptyOutOfRangeAndOverlapping()
    {
        const Sentence s = sample();
        QCOMPARE(checkNewSpan(s, SpanKind::Opinion, 3, 3), SpanProblem::Empty);
        QCOMPARE(checkNewSpan(s, SpanKind::Opinion, 20, 40), SpanProblem::OutOfRange);
        QCOMPARE(checkNewSpan(s, SpanKind::Opinion, 4, 10), SpanProblem::Overlaps);
        // The same target range with another category is how SemEval writes two aspects.
        QCOMPARE(checkNewSpan(s, SpanKind::Opinion, 0, 6), SpanProblem::None);
        // Entities and opinions are separate layers.
        QCOMPARE(checkNewSpan(s, SpanKind::Entity, 4, 10), SpanProblem::None);
        QCOMPARE(checkNewSpan(s, SpanKind::Opinion, 12, 20), SpanProblem::None);
    }
    void addTakesTargetTextByCodePoints()
    {
        Sentence s = sample();
        const int i = addOpinion(s, 13, 20, "FOOD_DRINKS#QUALITY", Polarity::Neutral);
        QCOMPARE(s.opinions[i].target, std::string("الإفطار"));
        setSpanPolarity(s, SpanKind::Opinion, i, Polarity::Negative);
        setSpanLabel(s, SpanKind::Opinion, i, "FOOD_DRINKS#PRICES");
        QCOMPARE(s.opinions[i].polarity, Polarity::Negative);
        QCOMPARE(s.opinions[i].category, std::string("FOOD_DRINKS#PRICES"));
        removeSpan(s, SpanKind::Opinion, i);
        QCOMPARE(s.opinions.size(), std::size_t(2));
        const int e = addEntity(s, 21, 25, "MISC");
        QCOMPARE(spansOf(s).back().label, QStringLiteral("MISC"));
        QCOMPARE(s.entities[e].start, std::size_t(21));
    }
    void conflictsAndUnannotated()
    {
        Sentence s = sample();
        QVERIFY(!hasConflict(s));
        addOpinion(s, 0, 6, "SERVICE#QUALITY", Polarity::Positive);
        QVERIFY(hasConflict(s));
        Sentence empty;
        empty.text = "نص";
        QVERIFY(isUnannotated(empty));
        QVERIFY(!isUnannotated(s));
    }
};

QTEST_GUILESS_MAIN(SpanEditsTest)
#include "spanedits_test.moc"
