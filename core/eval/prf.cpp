#include "eval/prf.h"

namespace mizan::detail {

Prf prfFromCounts(std::size_t correct, std::size_t predicted, std::size_t gold)
{
    Prf r;
    r.precision = predicted == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(predicted);
    r.recall = gold == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(gold);
    const double denom = r.precision + r.recall;
    r.f1 = denom == 0.0 ? 0.0 : 2.0 * r.precision * r.recall / denom;
    r.support = gold;
    return r;
}

Prf averagePrf(const std::vector<Prf> &perClass, bool weighted)
{
    Prf avg;
    double weightSum = 0.0;
    for (const Prf &c : perClass) {
        avg.support += c.support;
        const double w = weighted ? static_cast<double>(c.support) : 1.0;
        avg.precision += w * c.precision;
        avg.recall += w * c.recall;
        avg.f1 += w * c.f1;
        weightSum += w;
    }
    if (weightSum == 0.0) {
        avg.precision = avg.recall = avg.f1 = 0.0;
        return avg;
    }
    avg.precision /= weightSum;
    avg.recall /= weightSum;
    avg.f1 /= weightSum;
    return avg;
}

PredictionError spanError(const std::string &sentenceId, std::string gold, std::string predicted,
                          std::size_t start, std::size_t end)
{
    PredictionError e;
    e.sentenceId = sentenceId;
    e.gold = std::move(gold);
    e.predicted = std::move(predicted);
    e.hasSpan = true;
    e.start = start;
    e.end = end;
    return e;
}

} // namespace mizan::detail
