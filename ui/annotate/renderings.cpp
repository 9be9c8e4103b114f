#include "ui/annotate/renderings.h"

#include <QCoreApplication>

#include "text/textpipeline.h"
#include "ui/common/textoffsets.h"

namespace mizan::ui {

namespace {

// lupdate files free-function tr() calls in this namespace under the context "mizan::ui".
QString tr(const char *text) { return QCoreApplication::translate("mizan::ui", text); }

Highlight highlightFor(const SpanInfo &span, int id, int start, int end)
{
    return {start, end, labelColor(span.label), polarityColor(span.polarity), spanToolTip(span), id};
}

} // namespace

QColor labelColor(const QString &label)
{
    static const QColor palette[] = {
        QColor(0xff, 0xe0, 0x82), QColor(0xb3, 0xe5, 0xfc), QColor(0xd1, 0xc4, 0xe9), QColor(0xc8, 0xe6, 0xc9),
        QColor(0xff, 0xcc, 0xbc), QColor(0xf8, 0xbb, 0xd0), QColor(0xb2, 0xdf, 0xdb), QColor(0xf0, 0xf4, 0xc3),
        QColor(0xcf, 0xd8, 0xdc), QColor(0xff, 0xe0, 0xb2)};
    // FNV-1a over the UTF-16 units: qHash is seeded per process, and colours must not change
    // between runs.
    quint32 hash = 2166136261u;
    for (QChar c : label)
        hash = (hash ^ c.unicode()) * 16777619u;
    return palette[hash % (sizeof(palette) / sizeof(palette[0]))];
}

QColor polarityColor(Polarity polarity)
{
    switch (polarity) {
    case Polarity::Positive: return QColor(0x2e, 0x7d, 0x32);
    case Polarity::Negative: return QColor(0xc6, 0x28, 0x28);
    case Polarity::Neutral: return QColor(0x75, 0x75, 0x75);
    case Polarity::Conflict: return QColor(0xef, 0x6c, 0x00);
    case Polarity::None: break;
    }
    return QColor();
}

QString polarityText(Polarity polarity)
{
    switch (polarity) {
    case Polarity::Positive: return tr("positive");
    case Polarity::Negative: return tr("negative");
    case Polarity::Neutral: return tr("neutral");
    case Polarity::Conflict: return tr("conflict");
    case Polarity::None: break;
    }
    return tr("none");
}

QString spanToolTip(const SpanInfo &span)
{
    QString tip = tr("Label: %1").arg(span.label);
    if (span.kind == SpanKind::Opinion) {
        tip += QStringLiteral("\n") + tr("Category: %1").arg(span.category.isEmpty() ? tr("none") : span.category);
        tip += QStringLiteral("\n") + tr("Polarity: %1").arg(polarityText(span.polarity));
    }
    if (span.sentenceLevel)
        tip += QStringLiteral("\n") + tr("About the whole sentence (no target)");
    else
        tip += QStringLiteral("\n") + tr("Offsets: %1-%2").arg(span.start).arg(span.end);
    return tip;
}

SentenceRenderings renderSentence(const Sentence &sentence, TextPipeline &pipeline)
{
    SentenceRenderings out;
    out.spans = spansOf(sentence);
    out.raw.text = QString::fromStdString(sentence.text);
    const Utf16Map rawMap(out.raw.text);
    for (int i = 0; i < out.spans.size(); ++i) {
        const SpanInfo &s = out.spans[i];
        out.raw.highlights.push_back(highlightFor(s, i, rawMap.toUtf16(s.start), rawMap.toUtf16(s.end)));
    }

    // Sentence-level opinions come last: table rows without a highlight.
    out.spans += sentenceLevelOpinions(sentence);

    Result<ProcessedText> processed = pipeline.process(sentence.text);
    if (!processed.ok()) {
        out.error = QString::fromStdString(processed.error());
        return out;
    }
    const ProcessedText &p = *processed;
    out.cleaned.text = QString::fromStdString(p.normalized.text);
    const Utf16Map cleanMap(out.cleaned.text);
    for (int i = 0; i < out.spans.size(); ++i) {
        const SpanInfo &s = out.spans[i];
        const TextRange norm = p.normalized.map.normRange(s.start, s.end);
        if (!norm.empty())
            out.cleaned.highlights.push_back(
                highlightFor(s, i, cleanMap.toUtf16(norm.start), cleanMap.toUtf16(norm.end)));
    }

    // The stemmed text is the tokens' stems joined by single spaces: each stem's position is
    // known, and a stem is highlighted when its token's raw range meets a span.
    int position = 0;
    for (std::size_t t = 0; t < p.tokens.size(); ++t) {
        const ProcessedToken &token = p.tokens[t];
        if (t > 0) {
            out.stemmed.text += QLatin1Char(' ');
            ++position;
        }
        const QString stem = QString::fromStdString(token.stem);
        out.stemmed.text += stem;
        for (int i = 0; i < out.spans.size(); ++i) {
            const SpanInfo &s = out.spans[i];
            if (token.range.start < s.end && s.start < token.range.end)
                out.stemmed.highlights.push_back(
                    highlightFor(s, i, position, position + static_cast<int>(stem.size())));
        }
        position += static_cast<int>(stem.size());
    }
    return out;
}

} // namespace mizan::ui
