// Rare-word neighbours (rareneighbours.h): a rare or unseen word gets its nearest frequent
// training word by cosine of the centred vectors, a frequent word gets none, the table
// round-trips through its file, and a baseline trained with it saves it, predicts the same
// after loading, and refuses a table or vectors that do not match. Vectors are learned from
// the tiny corpus's own text in a second.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "baseline/baselinedata.h"
#include "baseline/baselineeval.h"
#include "baseline/baselinemodel.h"
#include "baseline/rareneighbours.h"
#include "common/atomicfile.h"
#include "corpus/corpusfiles.h"
#include "support/testsupport.h"
#include "tinyvectors.h"

namespace mizan {
namespace {

using baseline::RareNeighbours;

class RareNeighboursTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_tmp = new test::TempDir;
        auto corpora = importCorpora({test::dataFile("train/tiny_hotels.xml")});
        ASSERT_TRUE(corpora.ok()) << corpora.error();
        s_corpus = new Corpus(corpora->front());
        const Status trained = test::trainTinyVectors(*s_corpus, s_tmp->file("vectors"));
        ASSERT_TRUE(trained.isOk()) << trained.message();
        auto v = baseline::VectorFeatures::load(s_tmp->file("vectors"), "", 1.0);
        ASSERT_TRUE(v.ok()) << v.error();
        s_vectors = new std::shared_ptr<const baseline::VectorFeatures>(*v);
    }
    static void TearDownTestSuite()
    {
        delete s_vectors;
        delete s_corpus;
        delete s_tmp;
    }
    // Frequent: الغرفه, الموظفين, سرير (2+); rare: نظيفه (once); the rest unseen.
    static std::shared_ptr<const RareNeighbours> table(int k = 1)
    {
        std::unordered_map<std::string, std::size_t> counts;
        RareNeighbours::countWords(baseline::prepareSentence("الغرفة، الموظفين سرير نظيفة"), counts);
        RareNeighbours::countWords(baseline::prepareSentence("الغرفة الموظفين سرير"), counts);
        return RareNeighbours::build(*s_vectors, counts, 2, k);
    }
    static double cosine(const std::string &a, const std::string &b)
    {
        const auto x = (*s_vectors)->centred(a), y = (*s_vectors)->centred(b);
        double dot = 0.0, nx = 0.0, ny = 0.0;
        for (std::size_t d = 0; d < x.size(); ++d) {
            dot += double(x[d]) * y[d];
            nx += double(x[d]) * x[d];
            ny += double(y[d]) * y[d];
        }
        return dot / std::sqrt(nx * ny);
    }
    static BaselineOptions options()
    {
        BaselineOptions o;
        o.taggerBuckets = 1 << 12;
        o.sentimentBuckets = 1 << 12;
        o.taggerEpochs = 3;
        o.vectors = s_tmp->file("vectors");
        o.vectorTagger = false;
        o.vectorSentiment = false;
        o.rareNeighbours = 2;
        return o;
    }
    static test::TempDir *s_tmp;
    static Corpus *s_corpus;
    static std::shared_ptr<const baseline::VectorFeatures> *s_vectors;
};
test::TempDir *RareNeighboursTest::s_tmp = nullptr;
Corpus *RareNeighboursTest::s_corpus = nullptr;
std::shared_ptr<const baseline::VectorFeatures> *RareNeighboursTest::s_vectors = nullptr;

TEST_F(RareNeighboursTest, CountsTheWordsAsTheVectorsSeeThem)
{
    std::unordered_map<std::string, std::size_t> counts;
    RareNeighbours::countWords(baseline::prepareSentence("الغرفةُ، والغرفة الغرفة !"), counts);
    EXPECT_EQ(counts, (std::unordered_map<std::string, std::size_t>{{"الغرفه", 2}, {"والغرفه", 1}}));
}

TEST_F(RareNeighboursTest, FrequentWordsHaveNoneRareAndUnseenOnesTheNearestFrequentOne)
{
    const auto t = table();
    EXPECT_EQ(t->candidates(), 3u);
    for (const char *frequent : {"الغرفه", "الموظفين", "سرير", ""})
        EXPECT_TRUE(t->of(frequent).empty()) << frequent;
    const std::vector<std::string> candidates = {"الغرفه", "الموظفين", "سرير"};
    for (const char *other : {"نظيفه", "بالغرفه", "الموظفون", "سريرنا"}) {  // rare (trained) and unseen
        const std::vector<std::string> found = t->of(other);
        ASSERT_EQ(found.size(), 1u) << other;
        for (const std::string &c : candidates)  // no candidate is closer than the one given
            EXPECT_LE(cosine(other, c), cosine(other, found[0]) + 1e-6) << other << " " << c;
    }
    const auto two = table(2)->of("بالغرفه");
    ASSERT_EQ(two.size(), 2u);  // closest first
    EXPECT_EQ(two[0], t->of("بالغرفه")[0]);
    EXPECT_NE(two[0], two[1]);
    EXPECT_GE(cosine("بالغرفه", two[0]), cosine("بالغرفه", two[1]));
}

TEST_F(RareNeighboursTest, TheNeighboursFeaturesAreAddedOnlyToRareWords)
{
    const auto t = table();
    baseline::FeatureHasher plain(1 << 16), with(1 << 16);
    with.setNeighbours(t);
    const auto frequent = baseline::prepareSentence("الغرفة سرير");
    EXPECT_EQ(baseline::taggerExample(with, frequent).features, baseline::taggerExample(plain, frequent).features);
    EXPECT_EQ(baseline::sentenceBag(with, frequent, 3), baseline::sentenceBag(plain, frequent, 3));
    const auto rare = baseline::prepareSentence("بالغرفة سرير");
    const std::string near = t->of("بالغرفه").at(0);
    const auto a = baseline::taggerExample(plain, rare), b = baseline::taggerExample(with, rare);
    ASSERT_EQ(a.features.size(), b.features.size());
    for (std::size_t i = 0; i < a.features.size(); ++i) {  // the units of بالغرفه gain W=near, سرير nothing
        const bool ofRare = rare.units[i].word == 0;
        EXPECT_EQ(b.features[i].size(), a.features[i].size() + (ofRare ? 1 : 0)) << i;
        if (ofRare) {
            EXPECT_EQ(b.features[i].back(), with.id("W", near));
        }
    }
    std::vector<std::int64_t> bag = baseline::sentenceBag(plain, rare, 3);
    bag.push_back(plain.id("S1", near));
    EXPECT_EQ(baseline::sentenceBag(with, rare, 3), bag);
}

TEST_F(RareNeighboursTest, TheTableRoundTripsAndAMismatchIsRefused)
{
    const auto t = table();
    const std::string path = s_tmp->file("neighbours.json");
    ASSERT_TRUE(t->save(path).isOk());
    auto loaded = RareNeighbours::load(path, *s_vectors, 2, 1);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ((*loaded)->candidates(), 3u);
    for (const char *w : {"نظيفه", "بالغرفه", "الغرفه", "سريرنا"})
        EXPECT_EQ((*loaded)->of(w), t->of(w)) << w;
    auto otherK = RareNeighbours::load(path, *s_vectors, 2, 3);
    ASSERT_FALSE(otherK.ok());
    EXPECT_NE(otherK.error().find(path), std::string::npos) << otherK.error();
    ASSERT_TRUE(writeFileAtomic(path, "{\"format\": \"other\"}").isOk());
    EXPECT_FALSE(RareNeighbours::load(path, *s_vectors, 2, 1).ok());
}

TEST_F(RareNeighboursTest, ABaselineWithNeighboursSavesThemAndPredictsTheSameAfterLoading)
{
    auto m = BaselineModel::train(corpusSentences(*s_corpus), options());
    ASSERT_TRUE(m.ok()) << m.error();
    const std::string dir = s_tmp->file("model");
    ASSERT_TRUE(m->save(dir).isOk());
    EXPECT_TRUE(std::filesystem::exists(dir + "/neighbours.json"));
    auto loaded = BaselineModel::load(dir);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->options().rareNeighbours, 2);
    for (const char *text : {"الغرفة نظيفة جدا والموظفين رائعين", "بالغرفه سريرين مريحين"}) {
        const auto a = m->predict(text), b = loaded->predict(text);
        ASSERT_EQ(a.size(), b.size()) << text;
        for (std::size_t i = 0; i < a.size(); ++i) {
            EXPECT_EQ(a[i].start, b[i].start);
            for (std::size_t k = 0; k < a[i].polarity.scores.size(); ++k)
                EXPECT_NEAR(a[i].polarity.scores[k].second, b[i].polarity.scores[k].second, 1e-6);
        }
    }
    std::filesystem::remove(dir + "/neighbours.json");
    auto missing = BaselineModel::load(dir);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find(dir + "/neighbours.json"), std::string::npos) << missing.error();
}

TEST_F(RareNeighboursTest, OtherVectorsOrNoneAreRefused)
{
    auto m = BaselineModel::train(corpusSentences(*s_corpus), options());
    ASSERT_TRUE(m.ok()) << m.error();
    const std::string dir = s_tmp->file("model-other");
    ASSERT_TRUE(m->save(dir).isOk());
    const std::string config = dir + "/baseline.json";
    auto j = nlohmann::json::parse(*readFile(config));
    j["options"]["vectors_sha256"] = std::string(64, '0');
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto other = BaselineModel::load(dir);
    ASSERT_FALSE(other.ok());
    EXPECT_NE(other.error().find("not the word vectors this baseline was trained with"), std::string::npos)
        << other.error();
    j["options"]["vectors"] = "";
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto none = BaselineModel::load(dir);
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().find("\"rare_neighbours\" needs \"vectors\""), std::string::npos) << none.error();
    BaselineOptions o = options();
    o.vectors.clear();
    auto untrained = BaselineModel::train(corpusSentences(*s_corpus), o);
    ASSERT_FALSE(untrained.ok());
    EXPECT_NE(untrained.error().find("need word vectors"), std::string::npos) << untrained.error();
}

} // namespace
} // namespace mizan
