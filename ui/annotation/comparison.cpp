#include "ui/annotation/comparison.h"

#include <QStandardItem>

#include <map>

#include "ui/annotate/renderings.h"
#include "ui/annotation/comparepanel.h"
#include "ui/common/textoffsets.h"

namespace mizan::ui {
namespace {

QString percent(double v) { return QString::number(v, 'f', 3); }
QString optional(const std::optional<double> &v) { return v ? percent(*v) : ComparePanel::tr("undefined"); }

QString spansLine(const QString &title, const SpanAgreement &s)
{
    return ComparePanel::tr("<b>%1</b>: A %2, B %3 — exact F1 %4, overlap F1 %5")
        .arg(title)
        .arg(s.countA)
        .arg(s.countB)
        .arg(percent(s.exact.f1), percent(s.overlap.f1));
}

QString labelsLine(const QString &title, const PairAgreement &p)
{
    return ComparePanel::tr("<b>%1</b>: %2 items both labelled — agreement %3, Cohen's κ %4")
        .arg(title)
        .arg(p.items)
        .arg(percent(p.percentAgreement), optional(p.kappa));
}

} // namespace

std::shared_ptr<Comparison> computeComparison(Corpus a, std::shared_ptr<const Corpus> b, QString path,
                                              QStringList warnings)
{
    auto c = std::make_shared<Comparison>();
    c->a = std::move(a);
    c->b = std::move(b);
    c->bPath = std::move(path);
    c->importWarnings = warnings;
    c->warnings = std::move(warnings);
    std::map<const Sentence *, SentenceRef> where;
    for (std::size_t d = 0; d < c->a.documents.size(); ++d)
        for (std::size_t s = 0; s < c->a.documents[d].sentences.size(); ++s)
            where[&c->a.documents[d].sentences[s]] = SentenceRef{int(d), int(s)};
    auto report = computeAgreement({{&c->a, c->b.get()}, {"A", "B"}});
    if (!report) {
        c->error = QString::fromStdString(report.error());
        return c;
    }
    c->report = std::move(*report);
    for (const auto &row : c->report.alignment.rows)
        c->refs.push_back(where.at(row[0]));
    for (const std::string &w : c->report.alignment.warnings)
        c->warnings << QString::fromStdString(w);
    return c;
}

QString comparisonSummaryHtml(const Comparison &c)
{
    const AgreementReport &r = c.report;
    if (r.pairs.empty())
        return {};
    const AnnotatorPair &p = r.pairs.front();
    QStringList lines;
    lines << ComparePanel::tr("%1 sentences in both (B scored against A).").arg(p.sentences);
    if (r.hasTargets) {
        lines << spansLine(ComparePanel::tr("Targets"), p.targets);
        lines << labelsLine(ComparePanel::tr("Target polarity"), p.polarity) +
                     ComparePanel::tr(", Krippendorff's α %1").arg(optional(r.polarityAlpha));
    }
    if (r.hasEntities)
        lines << spansLine(ComparePanel::tr("Entities"), p.entities);
    if (r.hasCategories) {
        lines << spansLine(ComparePanel::tr("Categories"), p.categories);
        lines << labelsLine(ComparePanel::tr("Category polarity"), p.categoryPolarity);
    }
    lines << ComparePanel::tr("%n disagreement(s).", nullptr, int(p.disagreements.size()));
    if (!c.warnings.isEmpty())
        lines << ComparePanel::tr("%n warning(s): %1", nullptr, int(c.warnings.size()))
                     .arg(c.warnings.front().toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString disagreementKindText(DisagreementKind k)
{
    switch (k) {
    case DisagreementKind::OnlyA: return ComparePanel::tr("only in A");
    case DisagreementKind::OnlyB: return ComparePanel::tr("only in B");
    case DisagreementKind::Label: return ComparePanel::tr("label");
    case DisagreementKind::Boundary: return ComparePanel::tr("boundary");
    case DisagreementKind::Polarity: return ComparePanel::tr("polarity");
    }
    return {};
}

QString disagreementLayerText(const std::string &layer)
{
    if (layer == "targets")
        return ComparePanel::tr("targets");
    if (layer == "entities")
        return ComparePanel::tr("entities");
    return ComparePanel::tr("categories");
}

// A version of a sentence: its targets (or entities) highlighted, the disputed span outlined.
QVector<Highlight> versionHighlights(const Sentence &s, const QString &text, const std::string &layer,
                                     std::size_t start, std::size_t end, int *current)
{
    const Utf16Map map(text);
    QVector<Highlight> out;
    *current = -1;
    const auto add = [&](std::size_t from, std::size_t to, const QString &label, Polarity polarity,
                         const QString &tip) {
        if (from == start && to == end && end > start)
            *current = out.size();
        out.push_back(
            {map.toUtf16(from), map.toUtf16(to), labelColor(label), polarityColor(polarity), tip, int(out.size())});
    };
    if (layer == "entities") {
        for (const EntitySpan &e : s.entities)
            add(e.start, e.end, QString::fromStdString(e.label), Polarity::None, QString::fromStdString(e.label));
    } else {
        for (const Opinion &o : s.opinions)
            if (!o.isNull && o.to > o.from)
                add(o.from, o.to, QStringLiteral("TARGET"), o.polarity,
                    QString::fromStdString(o.category) + QLatin1Char(' ') + polarityText(o.polarity));
    }
    return out;
}

// A disagreement's value for display: a trailing polarity name ("... positive") translated.
QString disagreementValueText(const std::string &value)
{
    if (value == "target")
        return ComparePanel::tr("target");
    const std::size_t space = value.rfind(' ');
    const std::string last = space == std::string::npos ? value : value.substr(space + 1);
    const std::optional<Polarity> p = parsePolarity(last);
    if (!p || last.empty())
        return QString::fromStdString(value);
    const QString head = space == std::string::npos ? QString() : QString::fromStdString(value.substr(0, space + 1));
    return head + polarityText(*p);
}

// Arabic cells read from the right.
void alignByText(QStandardItem *item)
{
    if (item->text().isRightToLeft())
        item->setTextAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
}

QString sentenceCategoriesText(const Sentence &s)
{
    QStringList cats;
    for (const Opinion &o : s.opinions)
        if (!o.category.empty())
            cats << QString::fromStdString(o.category) + QLatin1Char(' ') + polarityText(o.polarity);
    return cats.join(QStringLiteral(", "));
}

} // namespace mizan::ui
