#include "ui/results/evaluation.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>

#include "common/errortext.h"
#include "predict/predictor.h"

namespace mizan::ui {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

double num(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}

} // namespace

QStringList Evaluation::taskNames() const
{
    QStringList names;
    for (auto it = tasks.begin(); it != tasks.end(); ++it)
        if (it.value().is_object() && (it.value().contains("per_label") || it.value().contains("per_class")))
            names << q(it.key());
    return names;
}

QString Evaluation::kind(const QString &task) const
{
    auto it = tasks.find(task.toStdString());
    if (it == tasks.end() || !it->contains("kind") || !(*it)["kind"].is_string())
        return {};
    return q((*it)["kind"].get<std::string>());
}

std::optional<double> Evaluation::metric(const QString &task, const char *name) const
{
    auto it = tasks.find(task.toStdString());
    if (it == tasks.end())
        return std::nullopt;
    auto m = it->find(name);
    if (m == it->end() || !m->is_number())
        return std::nullopt;
    return m->get<double>();
}

std::optional<Evaluation::Blend> Evaluation::blend(const QString &task) const
{
    auto it = tasks.find(task.toStdString());
    if (it == tasks.end() || !it->contains("ensemble") || !(*it)["ensemble"].is_object())
        return std::nullopt;
    const auto &e = (*it)["ensemble"];
    const auto alone = e.value("transformer_only", nlohmann::json::object());
    Blend b;
    b.weight = e.value("baseline_weight", e.value("transformer_weight", 0.0));
    b.accuracy = alone.value("accuracy", 0.0);
    b.macroF1 = alone.value("macro_f1", 0.0);
    b.f1 = alone.value("f1", 0.0);
    b.tagging = kind(task) == QStringLiteral("tagging");
    return b;
}

std::vector<Evaluation::LabelRow> Evaluation::perLabel(const QString &task) const
{
    std::vector<LabelRow> rows;
    auto it = tasks.find(task.toStdString());
    if (it == tasks.end())
        return rows;
    const char *key = it->contains("per_class") ? "per_class" : "per_label";
    if (!it->contains(key) || !(*it)[key].is_object())
        return rows;
    for (auto l = (*it)[key].begin(); l != (*it)[key].end(); ++l)
        rows.push_back({q(l.key()), num(l.value(), "precision"), num(l.value(), "recall"), num(l.value(), "f1"),
                        qint64(num(l.value(), "support"))});
    return rows;
}

Evaluation::Confusion Evaluation::confusion(const QString &task) const
{
    Confusion c;
    auto it = tasks.find(task.toStdString());
    if (it == tasks.end())
        return c;
    if (it->contains("confusion") && (*it)["confusion"].is_object()) {
        if (it->contains("labels") && (*it)["labels"].is_array())
            for (const auto &l : (*it)["labels"])
                c.labels << q(l.get<std::string>());
        else
            for (auto g = (*it)["confusion"].begin(); g != (*it)["confusion"].end(); ++g)
                c.labels << q(g.key());
        const int n = int(c.labels.size());
        c.counts.assign(std::size_t(n), std::vector<qint64>(std::size_t(n), 0));
        const auto &m = (*it)["confusion"];
        for (int g = 0; g < n; ++g) {
            auto row = m.find(c.labels[g].toStdString());
            if (row == m.end())
                continue;
            for (int p = 0; p < n; ++p) {
                auto cell = row->find(c.labels[p].toStdString());
                if (cell != row->end() && cell->is_number())
                    c.counts[std::size_t(g)][std::size_t(p)] = cell->get<qint64>();
            }
        }
        return c;
    }
    // Tagging: labelled spans. Correct spans sit on the diagonal; a missed gold span is
    // (label, none), a spurious one (none, label). Exact-boundary matches only, as in the F1.
    for (const LabelRow &row : perLabel(task))
        c.labels << row.label;
    const QString none = QStringLiteral("(none)");
    c.labels << none;
    const int n = int(c.labels.size());
    c.counts.assign(std::size_t(n), std::vector<qint64>(std::size_t(n), 0));
    const auto rows = perLabel(task);
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
        out.tasks = result->contains("tasks") ? (*result)["tasks"] : *result;
        out.ok = true;
    } catch (const std::exception &e) {
        out.error = QString::fromStdString(mizan::errorText(e));
    }
    return out;
}

QFuture<Evaluation> evaluateAsync(const QString &modelDir, const QStringList &corpora, bool devSplitOnly)
{
    return QtConcurrent::run([modelDir, corpora, devSplitOnly] { return evaluateNow(modelDir, corpora, devSplitOnly); });
}

} // namespace mizan::ui
