#include <QTest>

#include "text/textpipeline.h"
#include "ui/annotate/renderings.h"

using namespace mizan;
using namespace mizan::ui;

namespace {
Sentence withTarget(const std::string &text, std::size_t from, std::size_t to, Polarity polarity)
{
    Sentence s;
    s.text = text;
    Opinion o;
    o.category = "SERVICE#GENERAL";
    o.polarity = polarity;
    o.from = from;
    o.to = to;
    s.opinions.push_back(o);
    return s;
}
} // namespace

class RenderingsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanedHighlightFollowsTheOffsetMap()
    {
        // Tatweel inside the target: raw "الخــدمة" is 8 code points, cleaned "الخدمة" 6.
        const Sentence s = withTarget("الخــدمة سيئة", 0, 8, Polarity::Negative);
        TextPipeline pipeline;  // light preset, ISRI
        const SentenceRenderings r = renderSentence(s, pipeline);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.raw.highlights.size(), 1);
        QCOMPARE(r.raw.highlights[0].start, 0);
        QCOMPARE(r.raw.highlights[0].end, 8);
        QCOMPARE(r.cleaned.text, QStringLiteral("الخدمة سيئة"));
        QCOMPARE(r.cleaned.highlights.size(), 1);
        QCOMPARE(r.cleaned.text.mid(r.cleaned.highlights[0].start,
                                    r.cleaned.highlights[0].end - r.cleaned.highlights[0].start),
                 QStringLiteral("الخدمة"));
        QCOMPARE(r.raw.highlights[0].underline, polarityColor(Polarity::Negative));
        QVERIFY(r.raw.highlights[0].toolTip.contains(QStringLiteral("SERVICE#GENERAL")));
        QVERIFY(r.raw.highlights[0].toolTip.contains(QStringLiteral("0-8")));
    }
    void stemmedHighlightCoversTheTargetsStem()
    {
        const Sentence s = withTarget("الخدمة سيئة", 0, 6, Polarity::Negative);
        TextPipeline pipeline;
        const SentenceRenderings r = renderSentence(s, pipeline);
        QCOMPARE(r.stemmed.highlights.size(), 1);
        const Highlight &h = r.stemmed.highlights[0];
        QCOMPARE(h.start, 0);
        const QString stem = r.stemmed.text.mid(h.start, h.end - h.start);
        QCOMPARE(stem, QString::fromStdString(isriStem(std::string("الخدمة"))));
        QCOMPARE(stem, QStringLiteral("خدم"));  // ISRI strips the article and taa marbuta
        QVERIFY(!r.stemmed.text.mid(h.end).trimmed().isEmpty());
    }
    void codePointsBecomeUtf16AtTheEdge()
    {
        // An emoji (two UTF-16 units) before the target shifts UTF-16 positions by one.
        const Sentence s = withTarget("\xF0\x9F\x98\x80 الغرفة نظيفة", 2, 8, Polarity::Positive);
        TextPipeline pipeline;
        const SentenceRenderings r = renderSentence(s, pipeline);
        QCOMPARE(r.raw.highlights[0].start, 3);
        QCOMPARE(r.raw.highlights[0].end, 9);
        QCOMPARE(r.raw.text.mid(3, 6), QStringLiteral("الغرفة"));
    }
    void polarityColours()
    {
        QCOMPARE(polarityColor(Polarity::Positive).green() > polarityColor(Polarity::Positive).red(), true);
        QCOMPARE(polarityColor(Polarity::Negative).red() > polarityColor(Polarity::Negative).green(), true);
        QVERIFY(!polarityColor(Polarity::None).isValid());
        QCOMPARE(labelColor(QStringLiteral("SERVICE")), labelColor(QStringLiteral("SERVICE")));
    }
};

QTEST_GUILESS_MAIN(RenderingsTest)
#include "renderings_test.moc"
