#include "ui/annotate/spanedits.h"

#include <algorithm>

#include "common/utf8.h"

namespace mizan::ui {

QString opinionLabel(const Opinion &opinion)
{
    if (opinion.category.empty())
        return QStringLiteral("TARGET");
    const auto hash = opinion.category.find('#');
    return QString::fromStdString(opinion.category.substr(0, hash));
}

QVector<SpanInfo> spansOf(const Sentence &sentence)
{
    QVector<SpanInfo> spans;
    for (int i = 0; i < static_cast<int>(sentence.opinions.size()); ++i) {
        const Opinion &o = sentence.opinions[i];
        if (o.isNull || o.to <= o.from)
            continue;
        spans.push_back({SpanKind::Opinion, i, o.from, o.to, opinionLabel(o),
                         QString::fromStdString(o.category), o.polarity});
    }
    for (int i = 0; i < static_cast<int>(sentence.entities.size()); ++i) {
        const EntitySpan &e = sentence.entities[i];
        spans.push_back({SpanKind::Entity, i, e.start, e.end, QString::fromStdString(e.label), QString(),
                         Polarity::None});
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const SpanInfo &a, const SpanInfo &b) { return a.start < b.start; });
    return spans;
}

QVector<SpanInfo> sentenceLevelOpinions(const Sentence &sentence)
{
    QVector<SpanInfo> out;
    for (int i = 0; i < static_cast<int>(sentence.opinions.size()); ++i) {
        const Opinion &o = sentence.opinions[i];
        if (o.isNull)
            out.push_back({SpanKind::Opinion, i, 0, 0, opinionLabel(o), QString::fromStdString(o.category),
                           o.polarity, true});
    }
    return out;
}

SpanProblem checkNewSpan(const Sentence &sentence, SpanKind kind, std::size_t start, std::size_t end)
{
    if (end <= start)
        return SpanProblem::Empty;
    if (end > utf8::length(sentence.text))
        return SpanProblem::OutOfRange;
    for (const SpanInfo &span : spansOf(sentence)) {
        if (span.kind != kind)
            continue;
        const bool same = span.start == start && span.end == end;
        if (same && kind == SpanKind::Opinion)
            continue;
        if (start < span.end && span.start < end)
            return SpanProblem::Overlaps;
    }
    return SpanProblem::None;
}

int addOpinion(Sentence &sentence, std::size_t start, std::size_t end, const std::string &category,
               Polarity polarity)
{
    Opinion opinion;
    opinion.target = utf8::substr(sentence.text, start, end);
    opinion.category = category;
    opinion.polarity = polarity;
    opinion.from = start;
    opinion.to = end;
    sentence.opinions.push_back(opinion);
    return static_cast<int>(sentence.opinions.size()) - 1;
}

int addSentenceOpinion(Sentence &sentence, const std::string &category, Polarity polarity)
{
    Opinion opinion;
    opinion.isNull = true;
    opinion.category = category;
    opinion.polarity = polarity;
    sentence.opinions.push_back(opinion);
    return static_cast<int>(sentence.opinions.size()) - 1;
}

int addEntity(Sentence &sentence, std::size_t start, std::size_t end, const std::string &label)
{
    sentence.entities.push_back({label, start, end});
    return static_cast<int>(sentence.entities.size()) - 1;
}

void setSpanLabel(Sentence &sentence, SpanKind kind, int index, const std::string &label)
{
    if (kind == SpanKind::Opinion && index >= 0 && index < static_cast<int>(sentence.opinions.size()))
        sentence.opinions[index].category = label;
    else if (kind == SpanKind::Entity && index >= 0 && index < static_cast<int>(sentence.entities.size()))
        sentence.entities[index].label = label;
}

void setSpanPolarity(Sentence &sentence, SpanKind kind, int index, Polarity polarity)
{
    if (kind == SpanKind::Opinion && index >= 0 && index < static_cast<int>(sentence.opinions.size()))
        sentence.opinions[index].polarity = polarity;
}

void removeSpan(Sentence &sentence, SpanKind kind, int index)
{
    if (kind == SpanKind::Opinion && index >= 0 && index < static_cast<int>(sentence.opinions.size()))
        sentence.opinions.erase(sentence.opinions.begin() + index);
    else if (kind == SpanKind::Entity && index >= 0 && index < static_cast<int>(sentence.entities.size()))
        sentence.entities.erase(sentence.entities.begin() + index);
}

namespace {
const std::pair<std::string, std::string> kSuggested{"suggested", "model"};
} // namespace

void markSuggested(Opinion &opinion)
{
    if (!isSuggested(opinion))
        opinion.extra.push_back(kSuggested);
}

bool isSuggested(const Opinion &opinion)
{
    return std::find(opinion.extra.begin(), opinion.extra.end(), kSuggested) != opinion.extra.end();
}

void clearSuggested(Sentence &sentence)
{
    for (Opinion &o : sentence.opinions)
        o.extra.erase(std::remove(o.extra.begin(), o.extra.end(), kSuggested), o.extra.end());
}

bool hasConflict(const Sentence &sentence)
{
    const auto &ops = sentence.opinions;
    for (std::size_t i = 0; i < ops.size(); ++i) {
        if (ops[i].polarity == Polarity::Conflict)
            return true;
        for (std::size_t j = i + 1; j < ops.size(); ++j)
            if (!ops[i].isNull && !ops[j].isNull && ops[i].from == ops[j].from && ops[i].to == ops[j].to
                && ops[i].polarity != ops[j].polarity)
                return true;
    }
    return false;
}

bool isUnannotated(const Sentence &sentence) { return sentence.opinions.empty() && sentence.entities.empty(); }

} // namespace mizan::ui
