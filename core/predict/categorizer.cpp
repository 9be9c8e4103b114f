#include "predict/categorizer.h"

#include "corpus/categoryview.h"
#include "eval/categoryscore.h"

namespace mizan {

Status PredictBackend::loadCategories(const std::string &dir)
{
    if (dir.empty() || !CategoryModel::existsIn(dir))
        return Status();
    auto model = CategoryModel::load(dir);
    if (!model)
        return model.status();
    m_categories = std::move(*model);
    return Status();
}

void categorize(const CategoryModel &model, const std::string &raw, Prediction &p)
{
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const PredictedTarget &t : p.targets)
        spans.emplace_back(t.start, t.end);
    p.sentenceOpinions.clear();
    std::size_t next = 0;
    for (const CategorizedOpinion &o : model.predictOpinions(raw, spans)) {
        if (o.isNull) {
            PredictedOpinion n{o.category, o.categoryScore, o.polarity.label, {}};
            for (const auto &[label, score] : o.polarity.scores)
                n.scores[label] = score;
            p.sentenceOpinions.push_back(std::move(n));
            continue;
        }
        while (next < p.targets.size() && (p.targets[next].start != o.start || p.targets[next].end != o.end))
            ++next;
        if (next == p.targets.size())
            break;
        p.targets[next].category = o.category;
        p.targets[next].categoryScore = o.categoryScore;
        ++next;
    }
}

void PredictBackend::addCategories(Prediction &p) const
{
    if (const CategoryModel *model = categories())
        categorize(*model, p.text, p);
}

CategoryReport scoreCategoryTask(const PredictBackend &backend, const std::vector<const Sentence *> &sentences,
                                 std::vector<PredictionError> *errors)
{
    std::vector<CategorySentence> scored;
    for (const Sentence *s : sentences) {
        Prediction p = backend.predict(s->text);
        backend.addCategories(p);
        CategorySentence cs{s->id, categoryOpinions(*s), {}};
        for (const PredictedTarget &t : p.targets)
            if (!t.category.empty())
                cs.predicted.push_back({t.category, false, t.start, t.end});
        for (const PredictedOpinion &o : p.sentenceOpinions)
            cs.predicted.push_back({o.category, true, 0, 0});
        scored.push_back(std::move(cs));
    }
    CategoryReport report;
    report.scores = scoreCategories(scored);
    report.f1Definition = "unique (sentence, category) pairs (SemEval-2016 slot 1); slot12: with the target";
    if (errors)
        *errors = std::move(report.scores.errors);
    return report;
}

} // namespace mizan
