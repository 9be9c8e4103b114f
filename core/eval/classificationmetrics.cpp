#include "eval/classificationmetrics.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "eval/prf.h"

namespace mizan {

std::size_t ClassificationMetrics::indexOf(const std::string &label) const
{
    return static_cast<std::size_t>(std::find(labels.begin(), labels.end(), label) - labels.begin());
}

Result<ClassificationMetrics> classificationMetrics(const std::vector<std::string> &gold,
                                                    const std::vector<std::string> &predicted,
                                                    const std::vector<std::string> &labels)
{
    if (gold.size() != predicted.size())
        return Status(ErrorCode::InvalidArgument,
                      "classification metrics: " + std::to_string(gold.size()) + " gold labels but " +
                          std::to_string(predicted.size()) + " predictions");
    ClassificationMetrics m;
    if (labels.empty()) {
        std::set<std::string> all(gold.begin(), gold.end());
        all.insert(predicted.begin(), predicted.end());
        m.labels.assign(all.begin(), all.end());
    } else {
        m.labels = labels;
    }
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < m.labels.size(); ++i) {
        if (!index.emplace(m.labels[i], i).second)
            return Status(ErrorCode::InvalidArgument,
                          "classification metrics: label \"" + m.labels[i] + "\" is listed twice");
    }
    const std::size_t k = m.labels.size();
    m.count = gold.size();
    m.confusion.assign(k, std::vector<std::size_t>(k, 0));
    std::vector<std::size_t> goldCount(k, 0), predCount(k, 0), correct(k, 0);
    std::size_t hits = 0;
    for (std::size_t i = 0; i < gold.size(); ++i) {
        if (gold[i] == predicted[i])
            ++hits;
        const auto g = index.find(gold[i]);
        const auto p = index.find(predicted[i]);
        if (g != index.end())
            ++goldCount[g->second];
        if (p != index.end())
            ++predCount[p->second];
        if (g != index.end() && p != index.end()) {
            ++m.confusion[g->second][p->second];
            if (g->second == p->second)
                ++correct[g->second];
        }
    }
    m.accuracy = gold.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(gold.size());
    m.perClass.reserve(k);
    for (std::size_t c = 0; c < k; ++c)
        m.perClass.push_back(detail::prfFromCounts(correct[c], predCount[c], goldCount[c]));
    m.macro = detail::averagePrf(m.perClass, false);
    m.weighted = detail::averagePrf(m.perClass, true);
    return m;
}

std::vector<PredictionError> classificationErrors(const std::vector<std::string> &ids,
                                                  const std::vector<std::string> &gold,
                                                  const std::vector<std::string> &predicted)
{
    std::vector<PredictionError> errors;
    const std::size_t n = std::min(gold.size(), predicted.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (gold[i] == predicted[i])
            continue;
        PredictionError e;
        e.sentenceId = i < ids.size() ? ids[i] : std::string();
        e.gold = gold[i];
        e.predicted = predicted[i];
        errors.push_back(std::move(e));
    }
    return errors;
}

} // namespace mizan
