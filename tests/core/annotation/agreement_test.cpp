// Span F1 (exact / overlap, per label), polarity and category agreement, disagreements.
#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "annotation/agreement.h"

using namespace mizan;

namespace {

Opinion target(std::size_t from, std::size_t to, Polarity p, const std::string &category = "ROOMS#GENERAL")
{
    Opinion o;
    o.from = from;
    o.to = to;
    o.target = "x";
    o.polarity = p;
    o.category = category;
    return o;
}

Sentence sentence(const std::string &id, const std::string &text, std::vector<Opinion> ops,
                  std::vector<EntitySpan> ents = {})
{
    Sentence s;
    s.id = id;
    s.text = text;
    s.opinions = std::move(ops);
    s.entities = std::move(ents);
    return s;
}

Corpus corpus(std::vector<Sentence> sentences)
{
    Corpus c;
    Document d;
    d.id = "d";
    d.sentences = std::move(sentences);
    c.documents.push_back(d);
    return c;
}

const Disagreement *find(const AnnotatorPair &p, DisagreementKind kind, const std::string &layer)
{
    for (const Disagreement &d : p.disagreements)
        if (d.kind == kind && d.layer == layer)
            return &d;
    return nullptr;
}

} // namespace

TEST(Agreement, TargetsExactAndOverlapF1OfBAgainstA)
{
    // A: 3 targets; B: one exact, one shifted (overlap), one elsewhere, one more spurious.
    const Corpus a = corpus({sentence("1", "0123456789abcdefghij",
                                      {target(0, 4, Polarity::Positive), target(5, 9, Polarity::Negative),
                                       target(12, 15, Polarity::Positive)})});
    const Corpus b = corpus({sentence("1", "0123456789abcdefghij",
                                      {target(0, 4, Polarity::Negative), target(6, 10, Polarity::Negative),
                                       target(16, 18, Polarity::Positive), target(19, 20, Polarity::Neutral)})});
    auto r = computeAgreement({{&a, &b}, {"A", "B"}});
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_EQ(r->pairs.size(), 1u);
    const AnnotatorPair &p = r->pairs[0];
    EXPECT_EQ(p.targets.countA, 3u);
    EXPECT_EQ(p.targets.countB, 4u);
    EXPECT_EQ(p.targets.exactMatches, 1u);
    EXPECT_EQ(p.targets.overlapMatches, 2u);
    EXPECT_DOUBLE_EQ(p.targets.exact.precision, 0.25);
    EXPECT_DOUBLE_EQ(p.targets.exact.recall, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(p.targets.overlap.f1, 2 * 0.5 * (2.0 / 3.0) / (0.5 + 2.0 / 3.0));
    EXPECT_DOUBLE_EQ(p.targets.exactByLabel.at("target").recall, 1.0 / 3.0);
    // Polarity is compared only on the one span both marked: 0..4, positive vs negative.
    EXPECT_EQ(p.polarity.items, 1u);
    EXPECT_EQ(p.polarity.agreed, 0u);
    const Disagreement *pol = find(p, DisagreementKind::Polarity, "targets");
    ASSERT_NE(pol, nullptr);
    EXPECT_EQ(pol->valueA, "positive");
    EXPECT_EQ(pol->valueB, "negative");
    const Disagreement *boundary = find(p, DisagreementKind::Boundary, "targets");
    ASSERT_NE(boundary, nullptr);
    EXPECT_EQ(boundary->startA, 5u);
    EXPECT_EQ(boundary->startB, 6u);
    ASSERT_NE(find(p, DisagreementKind::OnlyA, "targets"), nullptr);
    ASSERT_NE(find(p, DisagreementKind::OnlyB, "targets"), nullptr);
}

TEST(Agreement, EntitiesPerLabelAndLabelDisagreement)
{
    const Corpus a = corpus({sentence("s", "abcdefghij", {}, {{"PER", 0, 3}, {"LOC", 5, 8}})});
    const Corpus b = corpus({sentence("s", "abcdefghij", {}, {{"PER", 0, 3}, {"ORG", 5, 8}})});
    auto r = computeAgreement({{&a, &b}, {"A", "B"}});
    ASSERT_TRUE(r.ok());
    const AnnotatorPair &p = r->pairs[0];
    EXPECT_TRUE(r->hasEntities);
    EXPECT_FALSE(r->hasTargets);
    EXPECT_DOUBLE_EQ(p.entities.exact.f1, 0.5);
    EXPECT_DOUBLE_EQ(p.entities.exactByLabel.at("PER").f1, 1.0);
    EXPECT_DOUBLE_EQ(p.entities.exactByLabel.at("LOC").recall, 0.0);
    EXPECT_EQ(p.entities.exactByLabel.at("ORG").support, 0u);
    const Disagreement *d = find(p, DisagreementKind::Label, "entities");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->valueA, "LOC");
    EXPECT_EQ(d->valueB, "ORG");
}

TEST(Agreement, SentencesMatchedByTextWhenIdsDiffer)
{
    const Corpus a = corpus({sentence("r1:0", "first", {target(0, 2, Polarity::Positive)}),
                             sentence("r1:1", "second", {target(0, 3, Polarity::Negative)})});
    const Corpus b = corpus({sentence("7", "second", {target(0, 3, Polarity::Negative)}),
                             sentence("8", "first", {target(0, 2, Polarity::Positive)}),
                             sentence("9", "only in b", {})});
    auto r = computeAgreement({{&a, &b}, {"A", "B"}});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->pairs[0].sentences, 2u);
    EXPECT_DOUBLE_EQ(r->pairs[0].targets.exact.f1, 1.0);
    EXPECT_EQ(r->pairs[0].polarity.agreed, 2u);
    ASSERT_EQ(r->alignment.warnings.size(), 1u);
    EXPECT_NE(r->alignment.warnings[0].find("\"9\""), std::string::npos);
}

TEST(Agreement, CategoriesAndTheirPolarity)
{
    Opinion nullTarget = target(0, 0, Polarity::Negative, "SERVICE#GENERAL");
    nullTarget.isNull = true;
    const Corpus a = corpus({sentence("1", "text", {target(0, 2, Polarity::Positive, "ROOMS#GENERAL"), nullTarget})});
    Opinion nullPositive = nullTarget;
    nullPositive.polarity = Polarity::Positive;
    const Corpus b = corpus({sentence("1", "text", {nullPositive})});
    auto r = computeAgreement({{&a, &b}, {"A", "B"}});
    ASSERT_TRUE(r.ok());
    const AnnotatorPair &p = r->pairs[0];
    EXPECT_TRUE(r->hasCategories);
    EXPECT_DOUBLE_EQ(p.categories.exact.precision, 1.0);
    EXPECT_DOUBLE_EQ(p.categories.exact.recall, 0.5);
    EXPECT_EQ(p.categoryPolarity.items, 1u);
    EXPECT_EQ(p.categoryPolarity.agreed, 0u);
    EXPECT_NE(find(p, DisagreementKind::Polarity, "categories"), nullptr);
    EXPECT_NE(find(p, DisagreementKind::OnlyA, "categories"), nullptr);
}

TEST(Agreement, ThreeAnnotatorsGiveAllPairsAlphaAndMultiKappa)
{
    const Corpus a = corpus({sentence("1", "abcdef", {target(0, 1, Polarity::Positive), target(2, 3, Polarity::Negative),
                                                      target(4, 5, Polarity::Positive)})});
    const Corpus b = a;
    const Corpus c = corpus({sentence("1", "abcdef", {target(0, 1, Polarity::Positive), target(2, 3, Polarity::Positive),
                                                      target(4, 5, Polarity::Positive)})});
    auto r = computeAgreement({{&a, &b, &c}, {"A", "B", "C"}});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->pairs.size(), 3u);
    EXPECT_EQ(r->pairs[2].a, 1u);
    EXPECT_EQ(r->pairs[2].b, 2u);
    EXPECT_EQ(r->polarityItems, 3u);
    ASSERT_TRUE(r->polarityAlpha.has_value());
    ASSERT_TRUE(r->polarityMultiKappa.has_value());
    // Same labels through the statistics directly.
    const std::vector<LabelColumn> cols = {{"positive", "negative", "positive"},
                                           {"positive", "negative", "positive"},
                                           {"positive", "positive", "positive"}};
    EXPECT_DOUBLE_EQ(*r->polarityAlpha, *krippendorffAlphaNominal(cols));
    EXPECT_DOUBLE_EQ(*r->polarityMultiKappa, *multiKappa(cols));
}

TEST(Agreement, FewerThanTwoAnnotationsIsAnError)
{
    const Corpus a = corpus({});
    auto r = computeAgreement({{&a}, {"A"}});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument);
}

TEST(Agreement, ManySpansInOneSentenceMatchLikeThePairwiseDefinition)
{
    // Thousands of entity spans in one sentence (a hostile file): matched without comparing
    // every pair, with the result of the definition (each B, in order, takes the first free A
    // of its label that overlaps it, then the first free A with its exact span), checked here
    // by that definition on random spans over a few labels, empty spans included.
    std::uint64_t state = 11;
    auto next = [&](std::size_t n) { return std::size_t(((state = state * 6364136223846793005ull + 1) >> 33) % n); };
    auto spans = [&] {
        std::vector<EntitySpan> out;
        for (int k = 0; k < 1500; ++k) {
            const std::size_t start = next(3000);
            out.push_back({std::string(1, char('A' + next(3))), start, start + next(6)});
        }
        return out;
    };
    const Corpus a = corpus({sentence("s", std::string(3100, 'x'), {}, spans())});
    const Corpus b = corpus({sentence("s", std::string(3100, 'x'), {}, spans())});
    auto r = computeAgreement({{&a, &b}, {"A", "B"}});
    ASSERT_TRUE(r.ok());

    using Key = std::tuple<std::size_t, std::size_t, std::string>;  // start, end, label: set order
    auto keys = [](const Corpus &c) {
        std::set<Key> out;
        for (const EntitySpan &e : c.documents[0].sentences[0].entities)
            if (e.end > e.start)
                out.insert({e.start, e.end, e.label});
        return out;
    };
    const std::set<Key> sa = keys(a), sb = keys(b);
    std::vector<Key> restA, restB;
    for (const Key &k : sa)
        if (!sb.count(k))
            restA.push_back(k);
    for (const Key &k : sb)
        if (!sa.count(k))
            restB.push_back(k);
    std::vector<bool> usedA(restA.size()), usedB(restB.size());
    std::vector<std::string> expected;
    auto name = [](const Key &k) {
        return std::to_string(std::get<0>(k)) + "-" + std::to_string(std::get<1>(k)) + std::get<2>(k);
    };
    for (std::size_t j = 0; j < restB.size(); ++j)
        for (std::size_t i = 0; i < restA.size(); ++i) {
            const auto &[as, ae, al] = restA[i];
            const auto &[bs, be, bl] = restB[j];
            if (!usedA[i] && al == bl && std::max(as, bs) < std::min(ae, be)) {
                usedA[i] = usedB[j] = true;
                expected.push_back("boundary " + name(restA[i]) + " " + name(restB[j]));
                break;
            }
        }
    for (std::size_t j = 0; j < restB.size(); ++j)
        for (std::size_t i = 0; i < restA.size() && !usedB[j]; ++i)
            if (!usedA[i] && std::get<0>(restA[i]) == std::get<0>(restB[j]) && std::get<1>(restA[i]) == std::get<1>(restB[j])) {
                usedA[i] = usedB[j] = true;
                expected.push_back("label " + name(restA[i]) + " " + name(restB[j]));
            }
    std::vector<std::string> got;
    for (const Disagreement &d : r->pairs[0].disagreements) {
        const Key ka{d.startA, d.endA, d.valueA}, kb{d.startB, d.endB, d.valueB};
        if (d.kind == DisagreementKind::Boundary)
            got.push_back("boundary " + name(ka) + " " + name(kb));
        else if (d.kind == DisagreementKind::Label)
            got.push_back("label " + name(ka) + " " + name(kb));
    }
    ASSERT_GT(expected.size(), 100u);
    EXPECT_EQ(got, expected);
}
