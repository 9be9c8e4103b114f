#include "eval/evalreport.h"

namespace mizan {

double ClassificationReport::headline() const
{
    return error.empty() ? (metrics.accuracy + metrics.macro.f1) / 2 : 0.0;
}

double headline(const TaskReport &report)
{
    return std::visit([](const auto &r) { return r.headline(); }, report);
}

std::optional<double> reportMetric(const TaskReport &report, const std::string &name)
{
    if (const auto *c = std::get_if<ClassificationReport>(&report)) {
        if (!c->error.empty())
            return std::nullopt;
        if (name == "accuracy")
            return c->metrics.accuracy;
        if (name == "macro_f1")
            return c->metrics.macro.f1;
        if (name == "weighted_f1")
            return c->metrics.weighted.f1;
        return std::nullopt;
    }
    if (const auto *c = std::get_if<CategoryReport>(&report)) {
        if (name == "precision")
            return c->scores.slot1.precision;
        if (name == "recall")
            return c->scores.slot1.recall;
        if (name == "f1")
            return c->scores.slot1.f1;
        return std::nullopt;
    }
    const auto &s = std::get<SpanReport>(report);
    if (name == "precision")
        return s.micro.precision;
    if (name == "recall")
        return s.micro.recall;
    if (name == "f1")
        return s.micro.f1;
    if (name == "token_accuracy" && s.tokenBio)
        return s.tokenBio->tokenAccuracy;
    return std::nullopt;
}

} // namespace mizan
