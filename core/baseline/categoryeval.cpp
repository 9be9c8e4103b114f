#include "baseline/categoryeval.h"

#include "corpus/categoryview.h"

namespace mizan {

std::vector<CategoryOpinion> predictCategoryOpinions(const CategoryModel &categories, const BaselineModel *targets,
                                                     const std::string &text)
{
    std::vector<CategoryOpinion> out;
    if (!categories.isValid())
        return out;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    if (targets && targets->hasTargets())
        spans = targets->predictTargetSpans(text);
    for (const CategorizedOpinion &o : categories.predictOpinions(text, spans))
        out.push_back({o.category, o.isNull, o.start, o.end});
    return out;
}

CategoryScores evaluateCategories(const CategoryModel &categories, const BaselineModel *targets,
                                  const std::vector<const Sentence *> &sentences)
{
    std::vector<CategorySentence> scored;
    scored.reserve(sentences.size());
    for (const Sentence *s : sentences) {
        if (!s)
            continue;
        scored.push_back({s->id, categoryOpinions(*s), predictCategoryOpinions(categories, targets, s->text)});
    }
    return scoreCategories(scored);
}

} // namespace mizan
