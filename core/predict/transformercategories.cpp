// TransformerBackend's aspect categories: the category head on the shared encoder, the
// sentiment head on (sentence, category) pairs, each blended with the linear category model
// trained beside the run.
#include <algorithm>

#include "predict/categorizer.h"
#include "predict/transformerbackend.h"
#include "tasks/categorytask.h"
#include "tasks/modelrun.h"

namespace mizan {

namespace {

// A task of `head`'s name, kind and labels, no examples yet.
TaskData emptyTask(const ModelTask &head)
{
    TaskData d;
    d.name = head.name;
    d.kind = head.kind;
    d.labels = head.labels;
    return d;
}

} // namespace

bool TransformerBackend::hasCategories() const
{
    return find(TaskKind::Categories) != nullptr || PredictBackend::hasCategories();
}

double TransformerBackend::categoryBlend() const
{
    return categories() && m_ensemble ? m_ensemble->blendWeight() : 0.0;
}

std::vector<double> TransformerBackend::sentenceCategories(const ModelTask &head, const std::string &raw) const
{
    TaskData d = emptyTask(head);
    Sentence s;
    s.id = "input";
    s.text = raw;
    d.examples.push_back(makeCategoryExample(s, head.labels, *m_encoder, *m_tokenizer, m_text.maxLength));
    return predictTask(*m_model.ptr(), d, 1, m_tokenizer->padId(), m_device).classProbs.at(0);
}

void TransformerBackend::classifyCategories(const ModelTask &sentiment, const std::string &raw,
                                            std::vector<PredictedOpinion> &opinions) const
{
    if (opinions.empty())
        return;
    TaskData d = emptyTask(sentiment);
    const std::vector<Token> pieces = m_encoder->tokenize(raw);
    for (const PredictedOpinion &o : opinions)
        d.examples.push_back(
            makeCategoryPairExample("input", raw, o.category, *m_encoder, *m_tokenizer, m_text.maxLength, &pieces));
    const TaskPredictions p = predictTask(*m_model.ptr(), d, 32, m_tokenizer->padId(), m_device);
    const double w = categoryBlend();
    for (std::size_t i = 0; i < opinions.size(); ++i) {
        PredictedOpinion &o = opinions[i];
        o.scores.clear();
        for (std::size_t c = 0; c < d.labels.size(); ++c)
            o.scores[d.labels[c]] = (1.0 - w) * p.classProbs[i][c];
        if (w > 0)
            if (auto linear = categories()->predictPairPolarity(raw, o.category))
                for (const auto &[label, score] : linear->scores)
                    if (o.scores.count(label))
                        o.scores[label] += w * score;
        o.polarity = std::max_element(o.scores.begin(), o.scores.end(), [](const auto &a, const auto &b) {
                         return a.second < b.second;
                     })->first;
    }
}

std::vector<std::vector<double>> TransformerBackend::targetCategories(const ModelTask &head, const Prediction &p) const
{
    TaskData d = emptyTask(head);
    const std::vector<Token> pieces = m_encoder->tokenize(p.text);
    for (const PredictedTarget &t : p.targets)
        d.examples.push_back(makePairExample("input", p.text, {t.start, t.end}, *m_encoder, *m_tokenizer,
                                             m_text.maxLength, m_text.markTarget, &pieces));
    if (d.examples.empty())
        return {};
    return predictTask(*m_model.ptr(), d, 32, m_tokenizer->padId(), m_device).classProbs;
}

void TransformerBackend::categoriseTargets(const ModelTask &head, const std::vector<double> &probs, Prediction &p) const
{
    const CategoryModel *linear = categories();
    const ModelTask *perTarget = find(TaskKind::TargetCategories);
    std::vector<std::vector<double>> pairProbs;
    if (perTarget)
        pairProbs = targetCategories(*perTarget, p);
    const double w = categoryBlend();
    for (std::size_t i = 0; i < p.targets.size(); ++i) {
        PredictedTarget &t = p.targets[i];
        t.category.clear();
        if (perTarget && i < pairProbs.size()) {
            std::vector<double> mine = pairProbs[i];
            if (w > 0)
                if (auto scored = linear->targetScores(p.text, t.start, t.end)) {
                    for (double &x : mine)
                        x *= 1.0 - w;
                    for (const ScoredCategory &c : *scored) {
                        const auto it = std::find(perTarget->labels.begin(), perTarget->labels.end(), c.category);
                        if (it != perTarget->labels.end())
                            mine[std::size_t(it - perTarget->labels.begin())] += w * c.score;
                    }
                }
            const auto best = std::max_element(mine.begin(), mine.end());
            if (best != mine.end()) {
                t.category = perTarget->labels[std::size_t(best - mine.begin())];
                t.categoryScore = *best;
            }
            continue;
        }
        if (linear)
            if (auto scored = linear->predictTarget(p.text, t.start, t.end)) {
                t.category = scored->category;
                t.categoryScore = scored->score;
            }
        if (t.category.empty() && !probs.empty()) {  // no linear model: the sentence's most probable
            const auto best = std::max_element(probs.begin(), probs.end());
            t.category = head.labels[std::size_t(best - probs.begin())];
            t.categoryScore = *best;
        }
    }
}

void TransformerBackend::addCategories(Prediction &p) const
{
    const ModelTask *head = find(TaskKind::Categories);
    if (!head) {
        PredictBackend::addCategories(p);
        return;
    }
    std::vector<double> probs = sentenceCategories(*head, p.text);
    if (const double w = categoryBlend(); w > 0)
        for (const ScoredCategory &c : categories()->sentenceScores(p.text)) {
            const auto it = std::find(head->labels.begin(), head->labels.end(), c.category);
            if (it != head->labels.end()) {
                double &mine = probs[std::size_t(it - head->labels.begin())];
                mine = (1.0 - w) * mine + w * c.score;
            }
        }
    categoriseTargets(*head, probs, p);
    std::vector<std::size_t> order(probs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return probs[a] > probs[b]; });
    std::vector<std::string> carried;
    for (const PredictedTarget &t : p.targets)
        carried.push_back(t.category);
    p.sentenceOpinions.clear();
    for (std::size_t i : order)
        if (probs[i] >= m_categoryThreshold &&
            std::find(carried.begin(), carried.end(), head->labels[i]) == carried.end())
            p.sentenceOpinions.push_back({head->labels[i], probs[i], "", {}});
    if (const ModelTask *sentiment = find(TaskKind::TargetSentiment))
        classifyCategories(*sentiment, p.text, p.sentenceOpinions);
}

} // namespace mizan
