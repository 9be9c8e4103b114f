// The baseline with word vectors (vectorfeatures.h): vectors learned from the tiny corpus's
// own text in a second; the baseline trains with them, records which vectors it used,
// predicts the same after a round trip, and refuses to load without them.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <optional>

#include <nlohmann/json.hpp>

#include "baseline/baselineeval.h"
#include "baseline/baselinemodel.h"
#include "baseline/featurehasher.h"
#include "baseline/vectorfeatures.h"
#include "common/atomicfile.h"
#include "corpus/corpusfiles.h"
#include "support/testsupport.h"
#include "tinyvectors.h"

namespace mizan {
namespace {

class BaselineVectors : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_tmp = new test::TempDir;
        auto corpora = importCorpora({test::dataFile("train/tiny_hotels.xml")});
        ASSERT_TRUE(corpora.ok()) << corpora.error();
        s_corpus = new Corpus(corpora->front());
        const Status trained = test::trainTinyVectors(*s_corpus, s_tmp->file("vectors"));
        ASSERT_TRUE(trained.isOk()) << trained.message();
    }
    static void TearDownTestSuite()
    {
        delete s_corpus;
        delete s_tmp;
    }
    static BaselineOptions options()
    {
        BaselineOptions o;
        o.taggerBuckets = 1 << 12;
        o.sentimentBuckets = 1 << 12;
        o.taggerEpochs = 3;
        o.vectors = s_tmp->file("vectors");
        return o;
    }
    static test::TempDir *s_tmp;
    static Corpus *s_corpus;
};
test::TempDir *BaselineVectors::s_tmp = nullptr;
Corpus *BaselineVectors::s_corpus = nullptr;

TEST(VectorText, IsTheBaselinesNormalisedWordsWithoutPunctuationJoinedBySpaces)
{
    EXPECT_EQ(baseline::vectorText("  أَحْمَد   في الغرفةِ "), "احمد في الغرفه");
    EXPECT_EQ(baseline::vectorText(" \t "), "");
    EXPECT_EQ(baseline::vectorText("الفندق، جميل! ..."), "الفندق جميل");  // punctuation left out
}

TEST_F(BaselineVectors, DenseInputsAreTheSentenceTargetAndWindowMeans)
{
    auto v = baseline::VectorFeatures::load(s_tmp->file("vectors"), "", 2.0);
    ASSERT_TRUE(v.ok()) << v.error();
    ASSERT_EQ((*v)->denseSize(), 24u);
    const baseline::UnitSentence s = baseline::prepareSentence("الغرفة نظيفة جدا");
    const std::vector<float> withTarget = (*v)->dense(s, std::make_pair(std::size_t(0), std::size_t(0)));
    ASSERT_EQ(withTarget.size(), 24u);
    for (std::size_t part = 0; part < 3; ++part) {  // each part has the length of the scale
        double norm = 0.0;
        for (std::size_t d = 0; d < 8; ++d)
            norm += withTarget[part * 8 + d] * withTarget[part * 8 + d];
        EXPECT_NEAR(std::sqrt(norm), 2.0, 1e-4) << "part " << part;
    }
    const std::vector<float> noTarget = (*v)->dense(s, std::nullopt);
    EXPECT_EQ(std::vector<float>(noTarget.begin() + 8, noTarget.end()), std::vector<float>(16, 0.0f));
    // Three words of one unit each: 4 cluster ids of its own word, one of each neighbour's.
    ASSERT_EQ(s.units.size(), 3u);
    std::vector<std::vector<std::int64_t>> features(s.units.size());
    (*v)->addUnitFeatures(baseline::FeatureHasher(1 << 12), s, features);
    EXPECT_EQ(features[0].size(), 5u);
    EXPECT_EQ(features[1].size(), 6u);
    EXPECT_EQ(features[2].size(), 5u);
}

TEST_F(BaselineVectors, ATargetsDenseInputsSeeItsWindowOnly)
{
    // On a long line the target and window parts are those of the target's words and 3 either
    // side (the same as in a sentence of those words alone), the sentence part is the whole
    // line's whatever the target, and the sentence's part prepared once gives the same.
    auto v = baseline::VectorFeatures::load(s_tmp->file("vectors"), "", 1.0);
    ASSERT_TRUE(v.ok()) << v.error();
    const std::vector<std::string> words = {"الغرفة",  "نظيفة", "جدا",     "والموظفون", "لطفاء",  "لكن",
                                            "الإفطار", "سيئ",   "والمسبح", "بارد",      "الفندق", "جميل"};
    std::string line, window;
    for (std::size_t w = 0; w < words.size(); ++w) {
        line += (w ? " " : "") + words[w];
        if (w >= 4 && w <= 10)
            window += (w > 4 ? " " : "") + words[w];
    }
    const baseline::UnitSentence s = baseline::prepareSentence(line), alone = baseline::prepareSentence(window);
    ASSERT_EQ(s.wordForms.size(), words.size());
    // The units of whitespace word `w` (a word may be several units: و + الموظفون).
    const auto unitsOf = [](const baseline::UnitSentence &u, std::size_t w) {
        std::optional<std::pair<std::size_t, std::size_t>> cover;
        for (std::size_t i = 0; i < u.units.size(); ++i)
            if (u.units[i].word == w)
                cover = std::make_pair(cover ? cover->first : i, i);
        return cover;
    };
    const baseline::VectorSentence prepared = (*v)->prepare(s);
    const std::vector<float> whole = (*v)->dense(s, std::nullopt);
    const std::vector<float> inLine = (*v)->dense(s, prepared, unitsOf(s, 7));
    const std::vector<float> inWindow = (*v)->dense(alone, unitsOf(alone, 3));
    ASSERT_EQ(inLine.size(), 24u);
    EXPECT_EQ(std::vector<float>(inLine.begin(), inLine.begin() + 8),
              std::vector<float>(whole.begin(), whole.begin() + 8));
    EXPECT_EQ(std::vector<float>(inLine.begin() + 8, inLine.end()),
              std::vector<float>(inWindow.begin() + 8, inWindow.end()));
    EXPECT_NE(std::vector<float>(inLine.begin(), inLine.begin() + 8),
              std::vector<float>(inWindow.begin(), inWindow.begin() + 8));
    EXPECT_EQ(inLine, (*v)->dense(s, unitsOf(s, 7)));
}

TEST_F(BaselineVectors, ABaselineWithVectorsTrainsRoundTripsAndPredicts)
{
    auto m = BaselineModel::train(corpusSentences(*s_corpus), options());
    ASSERT_TRUE(m.ok()) << m.error();
    EXPECT_TRUE(std::filesystem::path(m->options().vectors).is_absolute());
    EXPECT_EQ(m->options().vectorsSha256.size(), 64u);
    const std::string dir = s_tmp->file("model");
    ASSERT_TRUE(m->save(dir).isOk());
    auto loaded = BaselineModel::load(dir);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    const Sentence &first = *corpusSentences(*s_corpus).front();
    const auto a = m->predict(first.text), b = loaded->predict(first.text);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].start, b[i].start);
        EXPECT_EQ(a[i].polarity.label, b[i].polarity.label);
        for (std::size_t k = 0; k < a[i].polarity.scores.size(); ++k)
            EXPECT_NEAR(a[i].polarity.scores[k].second, b[i].polarity.scores[k].second, 1e-6);
    }
    auto ev = evaluateBaseline(*loaded, corpusSentences(*s_corpus));
    ASSERT_TRUE(ev.ok()) << ev.error();
    EXPECT_GT(ev->sentiment.accuracy, 0.5);
}

TEST_F(BaselineVectors, ABaselineWhoseVectorsAreGoneOrOthersFailsToLoadNamingThem)
{
    auto m = BaselineModel::train(corpusSentences(*s_corpus), options());
    ASSERT_TRUE(m.ok()) << m.error();
    const std::string dir = s_tmp->file("model-moved");
    ASSERT_TRUE(m->save(dir).isOk());
    const std::string config = dir + "/baseline.json";
    auto j = nlohmann::json::parse(*readFile(config));
    j["options"]["vectors"] = s_tmp->file("nowhere");
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto gone = BaselineModel::load(dir);
    ASSERT_FALSE(gone.ok());
    EXPECT_NE(gone.error().find(config + ": \"vectors\": " + s_tmp->file("nowhere")), std::string::npos)
        << gone.error();
    j["options"]["vectors"] = s_tmp->file("vectors");
    j["options"]["vectors_sha256"] = std::string(64, '0');
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto other = BaselineModel::load(dir);
    ASSERT_FALSE(other.ok());
    EXPECT_NE(other.error().find("not the word vectors this baseline was trained with"), std::string::npos)
        << other.error();
}

TEST_F(BaselineVectors, VectorsLearnedFromOtherTextAreRefused)
{
    WordVectorOptions o;
    o.dim = 4;
    o.minCount = 1;
    o.threads = 1;
    o.buckets = 1000;
    o.normalisation = "raw";
    ASSERT_TRUE(WordVectors::train({"نص بلا تطبيع"}, o, s_tmp->file("raw")).ok());
    BaselineOptions b = options();
    b.vectors = s_tmp->file("raw");
    auto m = BaselineModel::train(corpusSentences(*s_corpus), b);
    ASSERT_FALSE(m.ok());
    EXPECT_NE(m.error().find("expected 'baseline-words-1'"), std::string::npos) << m.error();
}

} // namespace
} // namespace mizan
