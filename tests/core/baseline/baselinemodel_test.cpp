// Tiny configurations on a synthetic corpus: the baseline learns it, round-trips through
// save/load, cancels, and fails clearly on bad input. Seconds each.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "baseline/baselineeval.h"
#include "baseline/baselinemodel.h"
#include "common/atomicfile.h"
#include "common/utf8.h"

namespace mizan {
namespace {

// "<prefix><target> <adjective>" sentences: the target sometimes follows an attached و,
// polarity comes from the adjective.
Corpus syntheticCorpus()
{
    const std::vector<std::string> targets = {"الغرفة", "الخدمة", "الموقع", "الإفطار", "المسبح"};
    const std::vector<std::pair<std::string, Polarity>> adjectives = {
        {"ممتاز", Polarity::Positive}, {"رائع", Polarity::Positive}, {"سيء", Polarity::Negative},
        {"قذر", Polarity::Negative},   {"عادي", Polarity::Neutral}};
    Corpus c;
    int n = 0;
    for (std::size_t t = 0; t < targets.size(); ++t) {
        Document d;
        d.id = std::to_string(t);
        for (std::size_t a = 0; a < adjectives.size(); ++a) {
            for (const std::string prefix : {"", "و", "كان "}) {
                Sentence s;
                s.id = d.id + ":" + std::to_string(n++);
                s.text = prefix + targets[t] + " " + adjectives[a].first + " جدا";
                Opinion o;
                o.target = targets[t];
                o.from = utf8::length(prefix);
                o.to = o.from + utf8::length(targets[t]);
                o.polarity = adjectives[a].second;
                o.category = "X#Y";
                s.opinions.push_back(o);
                d.sentences.push_back(s);
            }
        }
        c.documents.push_back(d);
    }
    return c;
}

BaselineOptions tinyOptions()
{
    BaselineOptions o;
    o.taggerBuckets = 1 << 12;
    o.sentimentBuckets = 1 << 12;
    o.sentimentDim = 8;
    o.taggerEpochs = 15;
    o.sentimentEpochs = 30;
    o.batchSize = 8;
    o.taggerLr = 0.1;
    o.sentimentLr = 0.05;
    return o;
}

class BaselineModelTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_corpus = new Corpus(syntheticCorpus());
        auto m = BaselineModel::train(corpusSentences(*s_corpus), tinyOptions());
        ASSERT_TRUE(m.ok()) << m.error();
        s_model = new BaselineModel(std::move(*m));
    }
    static void TearDownTestSuite()
    {
        delete s_model;
        delete s_corpus;
    }
    static Corpus *s_corpus;
    static BaselineModel *s_model;
};
Corpus *BaselineModelTest::s_corpus = nullptr;
BaselineModel *BaselineModelTest::s_model = nullptr;

TEST_F(BaselineModelTest, LearnsTargetsAndPolaritiesOfItsTrainingSet)
{
    auto ev = evaluateBaseline(*s_model, corpusSentences(*s_corpus));
    ASSERT_TRUE(ev.ok()) << ev.error();
    EXPECT_GE(ev->targets.prf.f1, 0.95);
    EXPECT_GE(ev->sentiment.accuracy, 0.95);
    EXPECT_EQ(ev->sentiment.count, 75u);
    EXPECT_EQ(ev->targets.goldCount, 75u);
    EXPECT_GE(ev->unitBio.conlleval.micro.f1, 0.95);
}

TEST_F(BaselineModelTest, PredictsTargetAfterAttachedWawWithRawOffsets)
{
    const std::string text = "والغرفة رائع جدا";
    const auto targets = s_model->predict(text);
    ASSERT_EQ(targets.size(), 1u);
    EXPECT_EQ(targets[0].start, 1u);
    EXPECT_EQ(targets[0].end, 7u);
    EXPECT_EQ(targets[0].text, "الغرفة");
    EXPECT_EQ(targets[0].polarity.label, "positive");
    ASSERT_EQ(targets[0].polarity.scores.size(), 3u);
    double sum = 0.0;
    for (const auto &[label, p] : targets[0].polarity.scores)
        sum += p;
    EXPECT_NEAR(sum, 1.0, 1e-5);
}

TEST_F(BaselineModelTest, PolarityOfAGivenTarget)
{
    auto p = s_model->predictPolarity("الخدمة سيء جدا", 0, 6);
    ASSERT_TRUE(p.ok()) << p.error();
    EXPECT_EQ(p->label, "negative");
    auto bad = s_model->predictPolarity("الخدمة", 3, 40);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.status().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(bad.error().find("outside"), std::string::npos);
}

TEST_F(BaselineModelTest, PolaritiesOfSeveralTargetsAreEachTargetsAlone)
{
    // One call per sentence (the sentence prepared once) answers what one call per target does.
    const std::string text = "الخدمة سيء جدا لكن الغرفة نظيفة";
    const std::vector<std::pair<std::size_t, std::size_t>> spans = {{0, 6}, {19, 25}, {7, 10}};
    auto all = s_model->predictPolarities(text, spans);
    ASSERT_TRUE(all.ok()) << all.error();
    ASSERT_EQ(all->size(), spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        auto one = s_model->predictPolarity(text, spans[i].first, spans[i].second);
        ASSERT_TRUE(one.ok()) << one.error();
        EXPECT_EQ((*all)[i].label, one->label) << i;
        ASSERT_EQ((*all)[i].scores.size(), one->scores.size());
        for (std::size_t c = 0; c < one->scores.size(); ++c)
            EXPECT_NEAR((*all)[i].scores[c].second, one->scores[c].second, 1e-6) << i;
    }
    EXPECT_TRUE(s_model->predictPolarities(text, {})->empty());
    auto bad = s_model->predictPolarities(text, {{0, 6}, {30, 90}});
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("[30, 90)"), std::string::npos) << bad.error();
}

TEST_F(BaselineModelTest, SaveLoadRoundTripGivesIdenticalPredictions)
{
    const auto dir = std::filesystem::temp_directory_path() / "mizan_baseline_roundtrip";
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(s_model->save(dir.string()).isOk());
    auto loaded = BaselineModel::load(dir.string());
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    for (const std::string text : {"والموقع عادي جدا", "كان المسبح قذر جدا", "الإفطار ممتاز"}) {
        const auto a = s_model->predict(text);
        const auto b = loaded->predict(text);
        ASSERT_EQ(a.size(), b.size()) << text;
        for (std::size_t i = 0; i < a.size(); ++i) {
            EXPECT_EQ(a[i].start, b[i].start);
            EXPECT_EQ(a[i].end, b[i].end);
            EXPECT_EQ(a[i].polarity.label, b[i].polarity.label);
            for (std::size_t c = 0; c < a[i].polarity.scores.size(); ++c)
                EXPECT_DOUBLE_EQ(a[i].polarity.scores[c].second, b[i].polarity.scores[c].second);
        }
    }
    EXPECT_EQ(loaded->options().sentimentDim, 8);
    std::filesystem::remove_all(dir);
}

TEST_F(BaselineModelTest, LoadNamesTheFileAndTheProblem)
{
    const auto dir = std::filesystem::temp_directory_path() / "mizan_baseline_bad";
    std::filesystem::remove_all(dir);
    auto missing = BaselineModel::load(dir.string());
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("baseline.json"), std::string::npos) << missing.error();

    ASSERT_TRUE(s_model->save(dir.string()).isOk());
    const std::string config = (dir / "baseline.json").string();
    ASSERT_TRUE(writeFileAtomic(config, "{\"model_type\": \"mizan-baseline\",\n  \"format_version\": ").isOk());
    auto broken = BaselineModel::load(dir.string());
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.status().code(), ErrorCode::ParseError);
    EXPECT_NE(broken.error().find("baseline.json"), std::string::npos) << broken.error();

    // Options that do not match the stored tensors: a wrong shape, named.
    ASSERT_TRUE(s_model->save(dir.string()).isOk());
    auto text = readFile(config);
    ASSERT_TRUE(text.ok());
    std::string edited = *text;
    const auto pos = edited.find("\"sentiment_dim\": 8");
    ASSERT_NE(pos, std::string::npos);
    edited.replace(pos, 18, "\"sentiment_dim\": 9");
    ASSERT_TRUE(writeFileAtomic(config, edited).isOk());
    auto shape = BaselineModel::load(dir.string());
    ASSERT_FALSE(shape.ok());
    EXPECT_NE(shape.error().find("sentiment.emb.weight"), std::string::npos) << shape.error();
    std::filesystem::remove_all(dir);
}

TEST(BaselineModel, StopFlagCancelsTraining)
{
    const Corpus c = syntheticCorpus();
    std::atomic<bool> stop{true};
    auto m = BaselineModel::train(corpusSentences(c), tinyOptions(), {}, &stop);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.status().code(), ErrorCode::Cancelled);
}

TEST(BaselineModel, ProgressReportsFallingLoss)
{
    const Corpus c = syntheticCorpus();
    std::vector<BaselineProgress> seen;
    BaselineOptions o = tinyOptions();
    o.taggerEpochs = 4;
    o.sentimentEpochs = 4;
    auto m = BaselineModel::train(corpusSentences(c), o, [&](const BaselineProgress &p) { seen.push_back(p); });
    ASSERT_TRUE(m.ok()) << m.error();
    ASSERT_EQ(seen.size(), 8u);
    EXPECT_EQ(seen[0].part, "tagger");
    EXPECT_EQ(seen[4].part, "sentiment");
    EXPECT_LT(seen[3].loss, seen[0].loss);
    EXPECT_LT(seen[7].loss, seen[4].loss);
}

TEST(BaselineModel, NothingToTrainOnIsAnError)
{
    Sentence s;
    s.text = "لا شيء هنا";
    auto m = BaselineModel::train({&s}, tinyOptions());
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.status().code(), ErrorCode::InvalidArgument);
    EXPECT_FALSE(evaluateBaseline(BaselineModel(), {&s}).ok());
}

// "<verb> <person> <preposition> <city>" sentences, the city sometimes with an attached ب:
// the entity tagger learns both types and its spans land on raw offsets.
Corpus entityCorpus()
{
    const std::vector<std::string> people = {"محمد", "علي", "سارة", "خالد"};
    const std::vector<std::string> cities = {"القاهرة", "عمان", "بيروت", "الرباط"};
    Corpus c;
    Document d;
    d.id = "ner";
    int n = 0;
    for (const std::string &person : people)
        for (const std::string &city : cities)
            for (const std::string verb : {"زار", "سافر", "عاش"}) {
                Sentence s;
                s.id = "ner:" + std::to_string(n++);
                const std::string prefix = verb + " " + person + (verb == "عاش" ? " ب" : " إلى ");
                s.text = prefix + city + " أمس";
                const std::size_t p0 = utf8::length(verb + " ");
                s.entities.push_back({"PERS", p0, p0 + utf8::length(person)});
                const std::size_t c0 = utf8::length(prefix);
                s.entities.push_back({"LOC", c0, c0 + utf8::length(city)});
                d.sentences.push_back(s);
            }
    c.documents.push_back(d);
    return c;
}

TEST(BaselineModel, LearnsEntitiesAndRoundTripsThem)
{
    const Corpus c = entityCorpus();
    auto m = BaselineModel::train(corpusSentences(c), tinyOptions());
    ASSERT_TRUE(m.ok()) << m.error();
    EXPECT_FALSE(m->hasTargets());
    EXPECT_FALSE(m->hasSentiment());
    EXPECT_EQ(m->entityLabels(), (std::vector<std::string>{"O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"}));
    auto ev = evaluateBaseline(*m, corpusSentences(c));
    ASSERT_TRUE(ev.ok()) << ev.error();
    EXPECT_TRUE(ev->hasEntities);
    EXPECT_FALSE(ev->hasTargets);
    EXPECT_EQ(ev->entities.goldCount, 96u);
    EXPECT_GE(ev->entities.prf.f1, 0.95);
    ASSERT_EQ(ev->entitiesPerLabel.count("LOC"), 1u);
    EXPECT_GE(ev->entitiesPerLabel.at("LOC").prf.f1, 0.95);
    // The city after an attached ب starts after it, in raw code points.
    const std::string text = "عاش خالد ببيروت أمس";
    const auto entities = m->predictEntities(text);
    ASSERT_EQ(entities.size(), 2u);
    EXPECT_EQ(entities[0].label, "PERS");
    EXPECT_EQ(utf8::substr(text, entities[0].start, entities[0].end), "خالد");
    EXPECT_EQ(entities[1].label, "LOC");
    EXPECT_EQ(utf8::substr(text, entities[1].start, entities[1].end), "بيروت");
    // Marginals: one distribution per unit over the five labels.
    const BaselineUnitTags tags = m->entityUnitTags(text);
    ASSERT_EQ(tags.labels, m->entityLabels());
    ASSERT_EQ(tags.units.size(), tags.probs.size());
    for (const auto &p : tags.probs) {
        double sum = 0;
        for (double x : p)
            sum += x;
        EXPECT_NEAR(sum, 1.0, 1e-6);
    }
    // Decoding with extra evidence: weight 0 is the tagger's own decoding; strong evidence
    // for O everywhere removes every span; rows that do not match the units give none.
    auto same = m->decodeWithEvidence(text, true, tags.probs, 0.0);
    ASSERT_EQ(same.size(), entities.size());
    for (std::size_t i = 0; i < same.size(); ++i) {
        EXPECT_EQ(same[i].start, entities[i].start);
        EXPECT_EQ(same[i].label, entities[i].label);
    }
    const std::vector<std::vector<double>> allO(tags.units.size(), {1.0, 0.0, 0.0, 0.0, 0.0});
    EXPECT_TRUE(m->decodeWithEvidence(text, true, allO, 5.0).empty());
    EXPECT_TRUE(m->decodeWithEvidence(text, true, {{1.0}}, 1.0).empty());
    EXPECT_TRUE(m->decodeWithEvidence(text, false, tags.probs, 1.0).empty());  // no target tagger
    // No sentiment part: asking for a polarity says so.
    auto pol = m->predictPolarity(text, 4, 8);
    ASSERT_FALSE(pol.ok());
    EXPECT_NE(pol.error().find("no sentiment"), std::string::npos) << pol.error();
    EXPECT_TRUE(m->predictTargetSpans(text).empty());

    const auto dir = std::filesystem::temp_directory_path() / "mizan_baseline_entities";
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(m->save(dir.string()).isOk());
    auto loaded = BaselineModel::load(dir.string());
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->entityLabels(), m->entityLabels());
    EXPECT_FALSE(loaded->hasSentiment());
    const auto again = loaded->predictEntities(text);
    ASSERT_EQ(again.size(), entities.size());
    for (std::size_t i = 0; i < again.size(); ++i) {
        EXPECT_EQ(again[i].start, entities[i].start);
        EXPECT_EQ(again[i].end, entities[i].end);
        EXPECT_EQ(again[i].label, entities[i].label);
    }
    std::filesystem::remove_all(dir);
}

TEST(BaselineModel, PeerFeaturesAndLinearPathLearnAndRoundTrip)
{
    const Corpus c = syntheticCorpus();
    BaselineOptions o = tinyOptions();
    o.sentimentFeatures = 2;
    o.sentimentLinear = true;
    auto m = BaselineModel::train(corpusSentences(c), o);
    ASSERT_TRUE(m.ok()) << m.error();
    auto ev = evaluateBaseline(*m, corpusSentences(c));
    ASSERT_TRUE(ev.ok()) << ev.error();
    EXPECT_GE(ev->sentiment.accuracy, 0.95);
    const auto dir = std::filesystem::temp_directory_path() / "mizan_baseline_linear";
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(m->save(dir.string()).isOk());
    auto loaded = BaselineModel::load(dir.string());
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->options().sentimentFeatures, 2);
    EXPECT_TRUE(loaded->options().sentimentLinear);
    auto a = m->predictPolarity("الخدمة سيء جدا", 0, 6), b = loaded->predictPolarity("الخدمة سيء جدا", 0, 6);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->label, "negative");
    for (std::size_t k = 0; k < a->scores.size(); ++k)
        EXPECT_DOUBLE_EQ(a->scores[k].second, b->scores[k].second);
    // A folder written before the keys existed reads as feature set 1 without the linear
    // path: here its weights lack "sentiment.lin.weight", which loading then never asks for.
    const std::string config = (dir / "baseline.json").string();
    auto j = nlohmann::json::parse(*readFile(config));
    j["options"].erase("sentiment_features");
    j["options"].erase("sentiment_linear");
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto old = BaselineModel::load(dir.string());
    ASSERT_TRUE(old.ok()) << old.error();
    EXPECT_EQ(old->options().sentimentFeatures, 1);
    EXPECT_FALSE(old->options().sentimentLinear);
    j["options"]["sentiment_linear"] = "yes";
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto bad = BaselineModel::load(dir.string());
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("sentiment_linear"), std::string::npos) << bad.error();
    std::filesystem::remove_all(dir);
}

TEST(BaselineModel, TfidfLogisticPathLearnsAndRoundTripsItsIdf)
{
    const Corpus c = syntheticCorpus();
    BaselineOptions o = tinyOptions();
    o.sentimentFeatures = 2;
    o.sentimentLinear = true;
    o.sentimentTfidf = true;
    o.sentimentC = 0.0;  // chosen on an inner split of the training sentences
    o.sentimentEpochs = 1;
    auto m = BaselineModel::train(corpusSentences(c), o);
    ASSERT_TRUE(m.ok()) << m.error();
    auto ev = evaluateBaseline(*m, corpusSentences(c));
    ASSERT_TRUE(ev.ok()) << ev.error();
    EXPECT_GE(ev->sentiment.accuracy, 0.95);
    const auto dir = std::filesystem::temp_directory_path() / "mizan_baseline_tfidf";
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(m->save(dir.string()).isOk());
    auto loaded = BaselineModel::load(dir.string());
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_TRUE(loaded->options().sentimentTfidf);
    // The idf is part of the weights: without it the loaded scores would differ.
    auto a = m->predictPolarity("الخدمة سيء جدا", 0, 6), b = loaded->predictPolarity("الخدمة سيء جدا", 0, 6);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->label, "negative");
    for (std::size_t k = 0; k < a->scores.size(); ++k)
        EXPECT_DOUBLE_EQ(a->scores[k].second, b->scores[k].second);
    const std::string config = (dir / "baseline.json").string();
    auto j = nlohmann::json::parse(*readFile(config));
    j["options"]["sentiment_tfidf"] = 1;
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto bad = BaselineModel::load(dir.string());
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("sentiment_tfidf"), std::string::npos) << bad.error();
    std::filesystem::remove_all(dir);
}

TEST_F(BaselineModelTest, ReadsFormatVersionOneFolders)
{
    // A baseline saved before entities existed: no "parts", targets and sentiment always.
    const auto dir = std::filesystem::temp_directory_path() / "mizan_baseline_v1";
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(s_model->save(dir.string()).isOk());
    const std::string config = (dir / "baseline.json").string();
    auto text = readFile(config);
    ASSERT_TRUE(text.ok());
    auto j = nlohmann::json::parse(*text);
    j.erase("parts");
    j["format_version"] = 1;
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto loaded = BaselineModel::load(dir.string());
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_TRUE(loaded->hasTargets());
    EXPECT_TRUE(loaded->hasSentiment());
    EXPECT_TRUE(loaded->entityLabels().empty());
    EXPECT_EQ(loaded->predict("الإفطار ممتاز").size(), s_model->predict("الإفطار ممتاز").size());
    j["format_version"] = 3;
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto future = BaselineModel::load(dir.string());
    ASSERT_FALSE(future.ok());
    EXPECT_NE(future.error().find("format_version"), std::string::npos) << future.error();
    // A polarity label listed twice is refused by name.
    j["format_version"] = 1;
    j["polarity_labels"] = {"positive", "negative", "positive"};
    ASSERT_TRUE(writeFileAtomic(config, j.dump()).isOk());
    auto twice = BaselineModel::load(dir.string());
    ASSERT_FALSE(twice.ok());
    EXPECT_NE(twice.error().find("\"polarity_labels\" lists the string \"positive\" more than once"), std::string::npos)
        << twice.error();
    std::filesystem::remove_all(dir);
}


TEST(BaselineModel, TfidfLinearPathAloneLearnsWithZeroSentimentEpochs)
{
    const Corpus c = syntheticCorpus();
    BaselineOptions o = tinyOptions();
    o.sentimentFeatures = 2;
    o.sentimentLinear = true;
    o.sentimentTfidf = true;
    o.sentimentEpochs = 0;  // the L-BFGS fit alone answers
    auto m = BaselineModel::train(corpusSentences(c), o);
    ASSERT_TRUE(m.ok()) << m.error();
    auto ev = evaluateBaseline(*m, corpusSentences(c));
    ASSERT_TRUE(ev.ok()) << ev.error();
    EXPECT_GE(ev->sentiment.accuracy, 0.95);
    auto p = m->predictPolarity("الخدمة سيء جدا", 0, 6);
    ASSERT_TRUE(p.ok()) << p.error();
    EXPECT_EQ(p->label, "negative");

    o.sentimentTfidf = false;  // without the fitted path nothing would learn
    auto bad = BaselineModel::train(corpusSentences(c), o);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("sentiment_tfidf"), std::string::npos) << bad.error();
}

} // namespace
} // namespace mizan
