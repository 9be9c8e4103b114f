#include "eval/categoryscore.h"

#include <array>
#include <set>
#include <tuple>

#include "eval/evaljson.h"
#include "eval/prf.h"

namespace mizan {
namespace {

using Item12 = std::tuple<std::string, bool, std::size_t, std::size_t>;

std::string entityOf(const std::string &category)
{
    return category.substr(0, category.find('#'));
}

std::set<std::string> categorySet(const std::vector<CategoryOpinion> &opinions)
{
    std::set<std::string> out;
    for (const CategoryOpinion &o : opinions)
        if (!o.category.empty())
            out.insert(o.category);
    return out;
}

std::set<Item12> itemSet(const std::vector<CategoryOpinion> &opinions)
{
    std::set<Item12> out;
    for (const CategoryOpinion &o : opinions)
        if (!o.category.empty())
            out.emplace(o.category, o.isNull, o.isNull ? 0 : o.from, o.isNull ? 0 : o.to);
    return out;
}

template <typename T>
std::size_t common(const std::set<T> &a, const std::set<T> &b)
{
    std::size_t n = 0;
    for (const T &x : a)
        n += b.count(x);
    return n;
}

void addEntityConfusion(const std::set<std::string> &gold, const std::set<std::string> &predicted,
                        std::map<std::string, std::map<std::string, std::size_t>> &confusion)
{
    std::set<std::string> g, p;
    for (const std::string &c : gold)
        g.insert(entityOf(c));
    for (const std::string &c : predicted)
        p.insert(entityOf(c));
    std::vector<std::string> missed, spurious;
    for (const std::string &e : g)
        p.count(e) ? void(++confusion[e][e]) : missed.push_back(e);
    for (const std::string &e : p)
        if (!g.count(e))
            spurious.push_back(e);
    for (const std::string &m : missed) {
        if (spurious.empty())
            ++confusion[m][kNoEntity];
        for (const std::string &s : spurious)
            ++confusion[m][s];
    }
    if (missed.empty())
        for (const std::string &s : spurious)
            ++confusion[kNoEntity][s];
}

} // namespace

CategoryScores scoreCategories(const std::vector<CategorySentence> &sentences)
{
    CategoryScores s;
    // category -> {correct, predicted, gold}
    std::map<std::string, std::array<std::size_t, 3>> counts;
    for (const CategorySentence &sentence : sentences) {
        const auto gold = categorySet(sentence.gold);
        const auto predicted = categorySet(sentence.predicted);
        for (const std::string &c : gold) {
            ++counts[c][2];
            if (predicted.count(c))
                ++counts[c][0];
            else
                s.errors.push_back({sentence.sentenceId, c, "", false, 0, 0});
        }
        for (const std::string &c : predicted) {
            ++counts[c][1];
            if (!gold.count(c))
                s.errors.push_back({sentence.sentenceId, "", c, false, 0, 0});
        }
        s.gold1 += gold.size();
        s.predicted1 += predicted.size();
        s.correct1 += common(gold, predicted);
        addEntityConfusion(gold, predicted, s.entityConfusion);

        const auto gold12 = itemSet(sentence.gold);
        const auto predicted12 = itemSet(sentence.predicted);
        s.gold12 += gold12.size();
        s.predicted12 += predicted12.size();
        s.correct12 += common(gold12, predicted12);
    }
    s.slot1 = detail::prfFromCounts(s.correct1, s.predicted1, s.gold1);
    s.slot12 = detail::prfFromCounts(s.correct12, s.predicted12, s.gold12);
    for (const auto &[category, c] : counts)
        s.perCategory[category] = detail::prfFromCounts(c[0], c[1], c[2]);
    return s;
}

nlohmann::json categoryScoresToJson(const CategoryScores &scores)
{
    auto slot = [](const Prf &prf, std::size_t gold, std::size_t predicted, std::size_t correct) {
        nlohmann::json j = prfToJson(prf);
        j["gold"] = gold;
        j["predicted"] = predicted;
        j["correct"] = correct;
        return j;
    };
    nlohmann::json perCategory = nlohmann::json::object();
    for (const auto &[category, prf] : scores.perCategory)
        perCategory[category] = prfToJson(prf);
    nlohmann::json confusion = nlohmann::json::object();
    for (const auto &[gold, row] : scores.entityConfusion)
        for (const auto &[predicted, n] : row)
            confusion[gold][predicted] = n;
    return {{"slot1", slot(scores.slot1, scores.gold1, scores.predicted1, scores.correct1)},
            {"slot12", slot(scores.slot12, scores.gold12, scores.predicted12, scores.correct12)},
            {"per_category", perCategory},
            {"entity_confusion", confusion}};
}

} // namespace mizan
