// TransformerBackend's aspect categories: the category head on the shared encoder, the
// sentiment head on (sentence, category) pairs, each blended with the linear category model
// trained beside the run.
#include <algorithm>

#include "predict/categorizer.h"
#include "predict/transformerbackend.h"
#include "tasks/categorytask.h"
#include "tasks/modelrun.h"

namespace mizan {

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
    TaskData d;
    d.name = head.name;
    d.kind = head.kind;
    d.labels = head.labels;
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
    TaskData d;
    d.name = sentiment.name;
    d.kind = sentiment.kind;
    d.labels = sentiment.labels;
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

void TransformerBackend::addCategories(Prediction &p) const
{
    const ModelTask *head = find(TaskKind::Categories);
    if (!head) {
        PredictBackend::addCategories(p);
        return;
    }
    std::vector<double> probs = sentenceCategories(*head, p.text);
    const CategoryModel *linear = categories();
    if (const double w = categoryBlend(); w > 0)
        for (const ScoredCategory &c : linear->sentenceScores(p.text)) {
            const auto it = std::find(head->labels.begin(), head->labels.end(), c.category);
            if (it != head->labels.end()) {
                double &mine = probs[std::size_t(it - head->labels.begin())];
                mine = (1.0 - w) * mine + w * c.score;
            }
        }
    std::vector<std::size_t> order(probs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return probs[a] > probs[b]; });
    std::vector<std::string> carried;
    for (PredictedTarget &t : p.targets) {
        t.category.clear();
        if (linear)
            if (auto scored = linear->predictTarget(p.text, t.start, t.end)) {
                t.category = scored->category;
                t.categoryScore = scored->score;
            }
        if (t.category.empty() && !order.empty()) {  // no linear model: the sentence's most probable
            t.category = head->labels[order[0]];
            t.categoryScore = probs[order[0]];
        }
        carried.push_back(t.category);
    }
    p.sentenceOpinions.clear();
    for (std::size_t i : order)
        if (probs[i] >= m_categoryThreshold && std::find(carried.begin(), carried.end(), head->labels[i]) == carried.end())
            p.sentenceOpinions.push_back({head->labels[i], probs[i], "", {}});
    if (const ModelTask *sentiment = find(TaskKind::TargetSentiment))
        classifyCategories(*sentiment, p.text, p.sentenceOpinions);
}

} // namespace mizan
