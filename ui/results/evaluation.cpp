#include "ui/results/evaluation.h"

#include <cmath>
#include <exception>
#include <string_view>

#include "common/errortext.h"
#include "predict/predictor.h"

namespace mizan::ui {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

} // namespace

const TaskReport *Evaluation::report(const QString &task) const
{
    auto it = tasks.find(task.toStdString());
    return it == tasks.end() ? nullptr : &it->second;
}

QStringList Evaluation::taskNames() const
{
    QStringList names;
    for (const auto &[name, r] : tasks) {
        const auto *spans = std::get_if<SpanReport>(&r);
        const auto *classes = std::get_if<ClassificationReport>(&r);
        // An end-to-end score has no labels to show, a failed one no numbers.
        if ((spans && spans->perLabel) || (classes && classes->error.empty()) ||
            std::holds_alternative<CategoryReport>(r))
            names << q(name);
    }
    return names;
}

QString Evaluation::kind(const QString &task) const
{
    const TaskReport *r = report(task);
    return r ? q(std::visit([](const auto &x) { return x.kind; }, *r)) : QString();
}

std::optional<double> Evaluation::metric(const QString &task, const char *name) const
{
    const TaskReport *r = report(task);
    if (const auto *categories = r ? std::get_if<CategoryReport>(r) : nullptr)
        if (std::string_view(name) == "slot12_f1")
            return categories->scores.slot12.f1;
    return r ? reportMetric(*r, name) : std::nullopt;
}

std::optional<Evaluation::Blend> Evaluation::blend(const QString &task) const
{
    const TaskReport *r = report(task);
    if (!r)
        return std::nullopt;
    const auto &ensemble =
        std::visit([](const auto &x) -> const std::optional<EnsembleReport> & { return x.ensemble; }, *r);
    if (!ensemble)
        return std::nullopt;
    Blend b;
    b.weight = ensemble->weight;
    b.accuracy = ensemble->accuracy;
    b.macroF1 = ensemble->macroF1;
    b.f1 = ensemble->alone.f1;
    b.tagging = kind(task) == QStringLiteral("tagging");
    return b;
}

std::vector<Evaluation::LabelRow> Evaluation::perLabel(const QString &task) const
{
    std::vector<LabelRow> rows;
    const TaskReport *r = report(task);
    if (!r)
        return rows;
    if (const auto *c = std::get_if<ClassificationReport>(r)) {
        std::map<std::string, Prf> byLabel;  // rows in label order, as for span tasks
        for (std::size_t i = 0; i < c->metrics.labels.size() && i < c->metrics.perClass.size(); ++i)
            byLabel[c->metrics.labels[i]] = c->metrics.perClass[i];
        for (const auto &[label, p] : byLabel)
            rows.push_back({q(label), p.precision, p.recall, p.f1, qint64(p.support)});
        return rows;
    }
    if (const auto *categories = std::get_if<CategoryReport>(r)) {
        for (const auto &[category, p] : categories->scores.perCategory)
            rows.push_back({q(category), p.precision, p.recall, p.f1, qint64(p.support)});
        return rows;
    }
    const auto &spans = std::get<SpanReport>(*r);
    if (spans.perLabel)
        for (const auto &[label, p] : *spans.perLabel)
            rows.push_back({q(label), p.precision, p.recall, p.f1, qint64(p.support)});
    return rows;
}

Evaluation::Confusion Evaluation::confusion(const QString &task) const
{
    Confusion c;
    const TaskReport *r = report(task);
    if (!r)
        return c;
    if (const auto *classes = std::get_if<ClassificationReport>(r)) {
        const ClassificationMetrics &m = classes->metrics;
        for (const std::string &l : m.labels)
            c.labels << q(l);
        c.counts.assign(m.labels.size(), std::vector<qint64>(m.labels.size(), 0));
        for (std::size_t g = 0; g < m.confusion.size() && g < m.labels.size(); ++g)
            for (std::size_t p = 0; p < m.confusion[g].size() && p < m.labels.size(); ++p)
                c.counts[g][p] = qint64(m.confusion[g][p]);
        return c;
    }
    if (const auto *categories = std::get_if<CategoryReport>(r)) {
        // Categories: the confusion between their entities ("ROOMS" of "ROOMS#CLEANLINESS").
        const auto &cells = categories->scores.entityConfusion;
        for (const auto &[gold, row] : cells) {
            if (!c.labels.contains(q(gold)))
                c.labels << q(gold);
            for (const auto &[predicted, n] : row)
                if (!c.labels.contains(q(predicted)))
                    c.labels << q(predicted);
        }
        c.counts.assign(std::size_t(c.labels.size()), std::vector<qint64>(std::size_t(c.labels.size()), 0));
        for (const auto &[gold, row] : cells)
            for (const auto &[predicted, n] : row)
                c.counts[std::size_t(c.labels.indexOf(q(gold)))][std::size_t(c.labels.indexOf(q(predicted)))] =
                    qint64(n);
        return c;
    }
    // Tagging: labelled spans. Correct spans sit on the diagonal; a missed gold span is
    // (label, none), a spurious one (none, label). Exact-boundary matches only, as in the F1.
    const auto rows = perLabel(task);
    for (const LabelRow &row : rows)
        c.labels << row.label;
    const QString none = QStringLiteral("(none)");
    c.labels << none;
    const int n = int(c.labels.size());
    c.counts.assign(std::size_t(n), std::vector<qint64>(std::size_t(n), 0));
    for (std::size_t i = 0; i < rows.size(); ++i)
        c.counts[i][i] = qint64(std::llround(rows[i].recall * double(rows[i].support)));
    auto errs = errors.find(task.toStdString());
    if (errs != errors.end())
        for (const PredictionError &e : errs->second) {
            const int g = e.gold.empty() ? n - 1 : int(c.labels.indexOf(q(e.gold)));
            const int p = e.predicted.empty() ? n - 1 : int(c.labels.indexOf(q(e.predicted)));
            if (g >= 0 && p >= 0)
                ++c.counts[std::size_t(g)][std::size_t(p)];
        }
    return c;
}

Evaluation evaluateNow(const QString &modelDir, const QStringList &corpora, bool devSplitOnly)
{
    Evaluation out;
    out.modelDir = modelDir;
    out.corpora = corpora;
    out.devSplitOnly = devSplitOnly;
    try {
        auto predictor = Predictor::load(modelDir.toStdString());
        if (!predictor) {
            out.error = q(predictor.error());
            return out;
        }
        std::vector<std::string> files;
        for (const QString &c : corpora)
            files.push_back(c.toStdString());
        auto result = (*predictor)->evaluate(files, devSplitOnly, &out.errors);
        if (!result) {
            out.error = q(result.error());
            return out;
        }
        out.tasks = std::move(result->tasks);
        out.ok = true;
    } catch (const std::exception &e) {
        out.error = QString::fromStdString(mizan::errorText(e));
    }
    return out;
}

} // namespace mizan::ui
