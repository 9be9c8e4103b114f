#include "tasks/polarityblend.h"

#include <algorithm>

#include "eval/evalreport.h"

namespace mizan {

namespace {

std::vector<double> inLabelOrder(const std::vector<std::string> &labels, const BaselinePolarity &bp)
{
    std::vector<double> q(labels.size(), 0.0);
    for (std::size_t c = 0; c < labels.size(); ++c)
        for (const auto &[label, score] : bp.scores)
            if (label == labels[c])
                q[c] = score;
    return q;
}

} // namespace

std::vector<std::vector<double>> baselinePolarityProbs(const BaselineModel &baseline, const TaskData &d)
{
    const std::size_t n = d.examples.size();
    std::vector<std::vector<double>> out(n);
    for (std::size_t first = 0, end = 0; first < n; first = end) {
        const TaskExample &head = d.examples[first];
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        for (end = first; end < n && d.examples[end].sentenceId == head.sentenceId && d.examples[end].text == head.text;
             ++end)
            spans.emplace_back(d.examples[end].target.start, d.examples[end].target.end);
        auto polarities = baseline.predictPolarities(head.text, spans);
        for (std::size_t i = first; i < end; ++i) {
            // A bad span fails the group: its targets are asked one by one (the others kept).
            auto bp = polarities ? Result<BaselinePolarity>((*polarities)[i - first])
                                 : baseline.predictPolarity(head.text, spans[i - first].first, spans[i - first].second);
            if (bp)
                out[i] = inLabelOrder(d.labels, *bp);
        }
    }
    return out;
}

void blendPolarities(TaskPredictions &p, const std::vector<std::vector<double>> &baseline, double weight)
{
    const std::size_t n = std::min({baseline.size(), p.classProbs.size(), p.classes.size()});
    for (std::size_t i = 0; i < n; ++i) {
        auto &probs = p.classProbs[i];
        if (baseline[i].empty())
            continue;
        for (std::size_t c = 0; c < probs.size() && c < baseline[i].size(); ++c)
            probs[c] = (1.0 - weight) * probs[c] + weight * baseline[i][c];
        p.classes[i] = std::int64_t(std::max_element(probs.begin(), probs.end()) - probs.begin());
    }
}

BlendChoice chooseBlendWeight(const TaskData &d, const TaskPredictions &transformer,
                              const std::vector<std::vector<double>> &baseline)
{
    BlendChoice choice;
    choice.examples = d.examples.size();
    double best = -1;
    for (int k = 0; k <= 10; ++k) {
        BlendCandidate c;
        c.weight = k / 10.0;
        TaskPredictions p = transformer;
        blendPolarities(p, baseline, c.weight);
        const TaskReport report = scoreTask(d, p);
        c.accuracy = reportMetric(report, "accuracy").value_or(0.0);
        c.macroF1 = reportMetric(report, "macro_f1").value_or(0.0);
        best = std::max(best, c.accuracy + c.macroF1);
        choice.candidates.push_back(c);
    }
    std::vector<double> tied;
    for (const BlendCandidate &c : choice.candidates)
        if (c.accuracy + c.macroF1 >= best - 1e-12)
            tied.push_back(c.weight);
    choice.weight = tied[(tied.size() - 1) / 2];
    return choice;
}

nlohmann::json blendChoiceToJson(const BlendChoice &choice)
{
    nlohmann::json candidates = nlohmann::json::array();
    for (const BlendCandidate &c : choice.candidates)
        candidates.push_back({{"weight", c.weight}, {"accuracy", c.accuracy}, {"macro_f1", c.macroF1}});
    return {{"blend_weight", choice.weight},
            {"held_out_targets", choice.examples},
            {"criterion", "accuracy + macro-F1 of the blended target polarity on held-out training reviews"},
            {"candidates", candidates}};
}

} // namespace mizan
