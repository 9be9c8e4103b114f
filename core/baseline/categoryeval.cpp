#include "baseline/categoryeval.h"

#include <algorithm>
#include <cmath>
#include <set>

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

CategoryThresholdChoice chooseCategoryThreshold(const std::vector<std::vector<ScoredCategory>> &scores,
                                                const std::vector<std::vector<std::string>> &gold,
                                                const std::vector<std::vector<std::string>> &carried)
{
    CategoryThresholdChoice best;
    best.sentences = std::min(scores.size(), gold.size());
    double bestF1 = -1.0;
    for (int step = 1; step <= 19; ++step) {
        const double t = double(step) / 20.0;
        std::size_t correct = 0, predicted = 0, golds = 0;
        for (std::size_t i = 0; i < best.sentences; ++i) {
            const std::set<std::string> g(gold[i].begin(), gold[i].end());
            std::set<std::string> p;
            if (i < carried.size())
                p.insert(carried[i].begin(), carried[i].end());
            for (const ScoredCategory &c : scores[i])
                if (c.score >= t)
                    p.insert(c.category);
            golds += g.size();
            predicted += p.size();
            for (const std::string &c : p)
                correct += g.count(c);
        }
        const double f1 = predicted + golds == 0 ? 0.0 : 2.0 * double(correct) / double(predicted + golds);
        const bool tie = std::fabs(f1 - bestF1) <= 1e-12;
        if (f1 > bestF1 + 1e-12 || (tie && std::fabs(t - 0.5) < std::fabs(best.threshold - 0.5))) {
            bestF1 = f1;
            best.threshold = t;
        }
    }
    best.f1 = std::max(0.0, bestF1);
    return best;
}

} // namespace mizan
