#include "ui/playground/predictionconvert.h"

#include "ui/annotate/spanedits.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

#include "ui/annotate/renderings.h"
#include "ui/common/textoffsets.h"
#include "ui/training/displaynames.h"

namespace mizan::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mizan::ui", text); }
QString q(const std::string &s) { return QString::fromStdString(s); }

} // namespace

QVector<Highlight> predictionHighlights(const Prediction &p)
{
    const QString text = q(p.text);
    const Utf16Map map(text);
    QVector<Highlight> out;
    int id = 0;
    for (const PredictedEntity &e : p.entities) {
        Highlight h;
        h.start = map.toUtf16(e.start);
        h.end = map.toUtf16(e.end);
        h.background = labelColor(q(e.label));
        h.toolTip = tr("%1 \"%2\" - confidence %3% - code points %4-%5")
                        .arg(q(e.label), q(e.text))
                        .arg(e.score * 100, 0, 'f', 0)
                        .arg(e.start)
                        .arg(e.end);
        h.spanId = id++;
        out.push_back(h);
    }
    for (const PredictedTarget &t : p.targets) {
        Highlight h;
        h.start = map.toUtf16(t.start);
        h.end = map.toUtf16(t.end);
        const auto polarity = parsePolarity(t.polarity);
        h.background = labelColor(QStringLiteral("target"));
        h.underline = polarity ? polarityColor(*polarity) : QColor();
        const auto score = t.scores.find(t.polarity);
        h.toolTip = tr("target \"%1\" - %2 (%3%) - code points %4-%5")
                        .arg(q(t.text), t.polarity.empty() ? tr("no sentiment head")
                                                           : polarityText(polarity.value_or(Polarity::None)))
                        .arg(score != t.scores.end() ? score->second * 100 : 0.0, 0, 'f', 0)
                        .arg(t.start)
                        .arg(t.end);
        if (!t.category.empty())
            h.toolTip +=
                QStringLiteral("\n") + tr("category %1 (%2%)").arg(q(t.category)).arg(t.categoryScore * 100, 0, 'f', 0);
        h.spanId = id++;
        out.push_back(h);
    }
    return out;
}

QString predictionSummary(const Prediction &p)
{
    if (p.entities.empty() && p.targets.empty() && p.sentenceOpinions.empty())
        return tr("Nothing found.");
    std::map<std::string, int> polarities, labels;
    for (const PredictedTarget &t : p.targets)
        ++polarities[t.polarity.empty() ? std::string("?") : t.polarity];
    for (const PredictedEntity &e : p.entities)
        ++labels[e.label];
    QStringList parts;
    if (!p.targets.empty()) {
        QStringList pol;
        for (const auto &[name, n] : polarities)
            pol << QStringLiteral("%1 %2").arg(n).arg(labelDisplayName(q(name)));
        parts << QCoreApplication::translate("mizan::ui", "%n target(s) (%1)", nullptr, int(p.targets.size()))
                     .arg(pol.join(QStringLiteral(", ")));
    }
    if (!p.entities.empty()) {
        QStringList lab;
        for (const auto &[name, n] : labels)
            lab << QStringLiteral("%1 %2").arg(n).arg(q(name));
        parts << QCoreApplication::translate("mizan::ui", "%n entity(ies) (%1)", nullptr, int(p.entities.size()))
                     .arg(lab.join(QStringLiteral(", ")));
    }
    if (!p.sentenceOpinions.empty()) {
        QStringList cats;
        for (const PredictedOpinion &o : p.sentenceOpinions) {
            const auto polarity = parsePolarity(o.polarity);
            cats << (polarity ? QStringLiteral("%1 %2").arg(q(o.category), polarityText(*polarity)) : q(o.category));
        }
        parts << QCoreApplication::translate("mizan::ui", "%n sentence-level opinion(s) (%1)", nullptr,
                                             int(p.sentenceOpinions.size()))
                     .arg(cats.join(QStringLiteral(", ")));
    }
    // The sentence leans the way most of its targets' probability mass goes.
    std::map<std::string, double> mass;
    for (const PredictedTarget &t : p.targets)
        for (const auto &[pol, prob] : t.scores)
            mass[pol] += prob;
    if (!mass.empty()) {
        auto best = std::max_element(mass.begin(), mass.end(),
                                     [](const auto &a, const auto &b) { return a.second < b.second; });
        const auto polarity = parsePolarity(best->first);
        parts << tr("overall %1").arg(polarity ? polarityText(*polarity) : q(best->first));
    }
    return parts.join(QStringLiteral("; "));
}

Sentence sentenceWithPrediction(Sentence sentence, const Prediction &p)
{
    sentence.opinions.clear();
    sentence.entities.clear();
    for (const PredictedTarget &t : p.targets) {
        Opinion o;
        o.target = t.text;
        o.from = t.start;
        o.to = t.end;
        o.category = t.category;
        o.polarity = parsePolarity(t.polarity).value_or(Polarity::None);
        markSuggested(o);
        sentence.opinions.push_back(std::move(o));
    }
    for (const PredictedOpinion &n : p.sentenceOpinions) {
        Opinion o;
        o.isNull = true;
        o.category = n.category;
        o.polarity = parsePolarity(n.polarity).value_or(Polarity::None);
        markSuggested(o);
        sentence.opinions.push_back(std::move(o));
    }
    for (const PredictedEntity &e : p.entities)
        sentence.entities.push_back({e.label, e.start, e.end});
    sentence.reviewed = false;
    return sentence;
}

} // namespace mizan::ui
