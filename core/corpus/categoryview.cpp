#include "corpus/categoryview.h"

#include <set>

namespace mizan {

std::vector<std::string> sentenceCategories(const Sentence &sentence)
{
    std::set<std::string> out;
    for (const Opinion &o : sentence.opinions)
        if (!o.category.empty())
            out.insert(o.category);
    return {out.begin(), out.end()};
}

std::vector<TargetCategory> targetCategories(const Sentence &sentence)
{
    std::vector<TargetCategory> out;
    for (const Opinion &o : sentence.opinions)
        if (!o.isNull && !o.category.empty() && o.to > o.from)
            out.push_back({o.from, o.to, o.category, o.polarity});
    return out;
}

std::vector<std::string> categoryLabels(const std::vector<const Sentence *> &sentences)
{
    std::set<std::string> out;
    for (const Sentence *s : sentences)
        for (const Opinion &o : s->opinions)
            if (!o.category.empty())
                out.insert(o.category);
    return {out.begin(), out.end()};
}

std::vector<CategoryOpinion> categoryOpinions(const Sentence &sentence)
{
    std::vector<CategoryOpinion> out;
    for (const Opinion &o : sentence.opinions) {
        if (o.category.empty())
            continue;
        const bool isNull = o.isNull || o.to <= o.from;
        out.push_back({o.category, isNull, isNull ? 0 : o.from, isNull ? 0 : o.to});
    }
    return out;
}

} // namespace mizan
