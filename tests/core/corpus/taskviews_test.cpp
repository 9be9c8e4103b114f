#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "corpus/taskviews.h"
#include "support/testsupport.h"

using namespace mizan;

namespace {

Corpus oneSentence(const std::string &text, std::vector<Opinion> opinions, std::vector<EntitySpan> entities = {})
{
    Corpus c;
    c.documents.emplace_back();
    c.documents[0].id = "1";
    Sentence s;
    s.id = "1:0";
    s.text = text;
    s.opinions = std::move(opinions);
    s.entities = std::move(entities);
    c.documents[0].sentences.push_back(s);
    return c;
}

Opinion target(const std::string &t, std::size_t from, std::size_t to, const std::string &cat,
               Polarity p = Polarity::Positive)
{
    Opinion o;
    o.target = t;
    o.from = from;
    o.to = to;
    o.category = cat;
    o.polarity = p;
    return o;
}

} // namespace

TEST(TaskViews, TrainFileSentimentPairs)
{
    const std::string path = test::sharedFile(test::kSemEvalTrain);
    if (!std::filesystem::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "SemEval train file not found at " << path;
    ImportResult r = importCorpus(path);
    ASSERT_TRUE(r.ok);
    std::vector<SentimentExample> ex = buildSentimentExamples(r.corpus);
    ASSERT_EQ(ex.size(), 9620u);
    std::map<Polarity, std::size_t> counts;
    for (const SentimentExample &e : ex) {
        ++counts[e.polarity];
        EXPECT_EQ(utf8::substr(e.text, e.from, e.to), e.target);
    }
    EXPECT_EQ(counts[Polarity::Positive], 5819u);
    EXPECT_EQ(counts[Polarity::Negative], 3141u);
    EXPECT_EQ(counts[Polarity::Neutral], 660u);
    EXPECT_EQ(buildCategoryExamples(r.corpus).size(), 889u);
    EXPECT_EQ(buildCategoryExamples(r.corpus, false).size(), 10509u);

    BioView bio = buildBioView(r.corpus, {SpanSource::Targets, TargetLabeling::Single, "TARGET"});
    EXPECT_EQ(bio.examples.size(), 4802u);
    EXPECT_EQ(bio.labels, (std::vector<std::string>{"O", "B-TARGET", "I-TARGET"}));
    std::size_t begins = 0;
    for (const TokenExample &e : bio.examples) {
        ASSERT_EQ(e.labels.size(), e.tokens.size());
        for (const std::string &l : e.labels)
            begins += l == "B-TARGET";
    }
    EXPECT_GT(begins, 8000u);
    EXPECT_LT(begins + bio.droppedSpans, 9620u);
    BioView byEntity = buildBioView(r.corpus, {SpanSource::Targets, TargetLabeling::CategoryEntity, "TARGET"});
    // HOTEL ROOMS ROOMS_AMENITIES FACILITIES SERVICE LOCATION FOOD_DRINKS
    EXPECT_EQ(byEntity.labels.size(), 1u + 2u * 7u);
}

TEST(TaskViews, BioLabelsOverWordTokens)
{
    // "الخدمة سيئة والإفطار بارد." with targets الخدمة and الإفطار (inside the word والإفطار)
    Corpus c = oneSentence("الخدمة سيئة والإفطار بارد.",
                           {target("الخدمة", 0, 6, "SERVICE#GENERAL", Polarity::Negative),
                            target("الإفطار", 13, 20, "FOOD_DRINKS#QUALITY", Polarity::Negative),
                            target("الإفطار", 13, 20, "FOOD_DRINKS#PRICES", Polarity::Negative)});
    BioView v = buildBioView(c, {SpanSource::Targets, TargetLabeling::Single, "TARGET"});
    ASSERT_EQ(v.examples.size(), 1u);
    const TokenExample &e = v.examples[0];
    EXPECT_EQ(e.words, (std::vector<std::string>{"الخدمة", "سيئة", "والإفطار", "بارد", "."}));
    EXPECT_EQ(e.labels, (std::vector<std::string>{"B-TARGET", "O", "B-TARGET", "O", "O"}));
    EXPECT_EQ(v.droppedSpans, 0u);

    BioView byCat = buildBioView(c, {SpanSource::Targets, TargetLabeling::CategoryEntity, ""});
    EXPECT_EQ(byCat.examples[0].labels,
              (std::vector<std::string>{"B-SERVICE", "O", "B-FOOD_DRINKS", "O", "O"}));
    EXPECT_EQ(byCat.labels, (std::vector<std::string>{"O", "B-FOOD_DRINKS", "I-FOOD_DRINKS", "B-SERVICE", "I-SERVICE"}));
}

TEST(TaskViews, OverlappingSpansOfAnotherLabelAreDroppedAndCounted)
{
    Corpus c = oneSentence("a b c d", {}, {{"PERS", 0, 3}, {"LOC", 2, 5}, {"ORG", 6, 7}});
    BioView v = buildBioView(c);
    EXPECT_EQ(v.examples[0].labels, (std::vector<std::string>{"B-PERS", "I-PERS", "O", "B-ORG"}));
    EXPECT_EQ(v.droppedSpans, 1u);
}

TEST(TaskViews, CustomSplitterIsUsed)
{
    Corpus c = oneSentence("ab cd", {}, {{"X", 3, 5}});
    WordSplitter perChar = [](std::string_view text) {
        std::vector<WordToken> t;
        for (std::size_t i = 0; i < utf8::length(text); ++i)
            if (utf8::substr(text, i, i + 1) != " ")
                t.push_back({i, i + 1});
        return t;
    };
    BioView v = buildBioView(c, {}, perChar);
    EXPECT_EQ(v.examples[0].labels, (std::vector<std::string>{"O", "O", "B-X", "I-X"}));
}

TEST(TaskViews, SampleCorpusIsCleanAndCoversEveryPolarity)
{
    ImportResult r = importCorpus(test::resourceFile("sample/hotel_reviews_sample.xml"), {true, CorpusFormat::Unknown});
    ASSERT_TRUE(r.ok) << r.report.issues[0].toString();
    EXPECT_TRUE(r.report.issues.empty());
    EXPECT_EQ(r.corpus.sentenceCount(), 100u);
    EXPECT_GE(r.corpus.documents.size(), 10u);
    std::map<Polarity, std::size_t> counts;
    for (const SentimentExample &e : buildSentimentExamples(r.corpus))
        ++counts[e.polarity];
    EXPECT_GT(counts[Polarity::Positive], 0u);
    EXPECT_GT(counts[Polarity::Negative], 0u);
    EXPECT_GT(counts[Polarity::Neutral], 0u);
    EXPECT_GT(buildCategoryExamples(r.corpus).size(), 0u);

    ImportResult ner = importCorpus(test::resourceFile("sample/ner_sample.conll"), {true, CorpusFormat::Unknown});
    ASSERT_TRUE(ner.ok);
    EXPECT_TRUE(ner.report.issues.empty());
    EXPECT_EQ(ner.corpus.sentenceCount(), 40u);
    BioView v = buildBioView(ner.corpus);
    EXPECT_EQ(v.labels, (std::vector<std::string>{"O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG",
                                                  "B-PERS", "I-PERS"}));
}
