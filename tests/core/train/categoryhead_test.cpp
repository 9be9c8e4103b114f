// The transformer's aspect categories: a multi-label head on the shared encoder trained in the
// same multi-task loop (on by default when the corpus has categories), the sentiment head on
// (sentence, category) pairs, saved in the checkpoint and answering predictions; runs without
// the head still load, predict and resume.
#include "train/trainer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "eval/evalreportjson.h"
#include "model/headspec.h"
#include "predict/predictor.h"
#include "tinytraining.h"

using namespace mizan;
using namespace mizan::test;
namespace fs = std::filesystem;

namespace {

struct MessageObserver : RecordingObserver {
    std::vector<std::string> messages;
    void onMessage(EventTime, const std::string &m) override { messages.push_back(m); }
};

// Mean loss of `task`'s steps in [from, to) of the run's steps of that task.
double meanLoss(const std::vector<StepEvent> &steps, const std::string &task, bool firstHalf)
{
    std::vector<double> losses;
    for (const StepEvent &s : steps)
        if (s.task == task)
            losses.push_back(s.loss);
    const std::size_t half = losses.size() / 2;
    double sum = 0;
    for (std::size_t i = firstHalf ? 0 : half; i < (firstHalf ? half : losses.size()); ++i)
        sum += losses[i];
    return sum / double(firstHalf ? half : losses.size() - half);
}

} // namespace

TEST(CategoryHead, TrainsInTheMultiTaskLoopAndAnswersPredictions)
{
    const std::string out = freshDir("categories");
    TrainParams params = tinyParams(out);
    params.preset.epochs = 8;
    params.preset.charNgramBuckets = 512;  // the category head's and the tagger's wide paths
    params.preset.charNgramDim = 8;
    params.preset.wideTagging = true;
    params.preset.targetPooling = true;
    MessageObserver obs;
    Trainer trainer(params);
    trainer.setObserver(&obs);
    auto r = trainer.run();
    ASSERT_TRUE(r.ok()) << r.error();
    // The same sampler draws the category batches beside the others, and they learn.
    std::set<std::string> tasks;
    for (const StepEvent &s : obs.steps)
        tasks.insert(s.task);
    EXPECT_EQ(tasks, (std::set<std::string>{"categories", "sentiment", "target_categories", "targets"}));
    EXPECT_LT(meanLoss(obs.steps, "categories", false), meanLoss(obs.steps, "categories", true));
    EXPECT_LT(meanLoss(obs.steps, "target_categories", false), meanLoss(obs.steps, "target_categories", true));
    ASSERT_FALSE(obs.evals.empty());
    EXPECT_TRUE(obs.evals.back().metrics.at("categories").count("f1"));
    // The NULL-target opinion of the training part is a sentiment pair.
    bool pairs = false;
    for (const std::string &m : obs.messages)
        pairs = pairs || m.find("(sentence, category) pairs") != std::string::npos;
    EXPECT_TRUE(pairs);

    auto labels = readFile((fs::path(r->modelDir) / "labels.json").string());
    ASSERT_TRUE(labels.ok());
    auto heads = parseHeadSpecs(*labels, "labels.json");
    ASSERT_TRUE(heads.ok()) << heads.error();
    const HeadSpec *head = nullptr;
    for (const HeadSpec &h : *heads)
        if (h.task == "categories")
            head = &h;
    ASSERT_NE(head, nullptr);
    EXPECT_EQ(head->kind, HeadKind::MultiLabel);
    EXPECT_TRUE(head->wide);  // the sentence's feature bags, as the tagger's
    const auto perTarget = std::find_if(heads->begin(), heads->end(),
                                        [](const HeadSpec &h) { return h.task == "target_categories"; });
    ASSERT_NE(perTarget, heads->end());
    EXPECT_EQ(perTarget->kind, HeadKind::SequenceClassification);
    EXPECT_TRUE(perTarget->targetPooling);
    EXPECT_EQ(perTarget->labels, head->labels);
    EXPECT_EQ(head->labels.size(), 10u);  // the categories of the training part (13 in the file)
    EXPECT_TRUE(std::is_sorted(head->labels.begin(), head->labels.end()));

    // No baseline beside (tinyParams): the categories are the head's. Threshold 0: every
    // category no target carries is a sentence opinion, with the sentiment head's polarity.
    PredictorOptions options;
    options.categoryThreshold = 0.0;
    auto predictor = Predictor::load(out, options);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    EXPECT_EQ((*predictor)->tasks().size(), 4u);
    auto p = (*predictor)->predict("الغرفة نظيفة والخدمة سيئة", {{0, 6}});
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_EQ(p->targets.size(), 1u);
    EXPECT_FALSE(p->targets[0].category.empty());
    EXPECT_EQ(p->sentenceOpinions.size(), head->labels.size() - 1);
    for (const PredictedOpinion &o : p->sentenceOpinions) {
        EXPECT_NE(o.category, p->targets[0].category);
        EXPECT_GE(o.score, 0.0);
        EXPECT_LE(o.score, 1.0);
        ASSERT_EQ(o.scores.size(), 3u) << o.category;
        double sum = 0;
        for (const auto &[label, score] : o.scores)
            sum += score;
        EXPECT_NEAR(sum, 1.0, 1e-5);
        EXPECT_EQ(o.polarity, std::max_element(o.scores.begin(), o.scores.end(), [](const auto &a, const auto &b) {
                                  return a.second < b.second;
                              })->first);
    }
    for (std::size_t i = 1; i < p->sentenceOpinions.size(); ++i)
        EXPECT_GE(p->sentenceOpinions[i - 1].score, p->sentenceOpinions[i].score);
    // Different categories are different pairs: their polarity scores are not all the same.
    std::set<double> positive;
    for (const PredictedOpinion &o : p->sentenceOpinions)
        positive.insert(o.scores.at("positive"));
    EXPECT_GT(positive.size(), 1u);

    auto ev = (*predictor)->evaluate({tinyCorpus()}, true);
    ASSERT_TRUE(ev.ok()) << ev.error();
    const nlohmann::json j = reportToJson(*ev);
    ASSERT_TRUE(j["tasks"].contains("categories"));
    ASSERT_TRUE(j["tasks"].contains("target_categories"));
    EXPECT_EQ(j["tasks"]["target_categories"]["kind"], "target_categories");
    EXPECT_EQ(j["tasks"]["categories"]["kind"], "categories");
    EXPECT_TRUE(j["tasks"]["categories"].contains("slot12"));

    PredictorOptions bad;
    bad.categoryThreshold = 1.5;
    EXPECT_FALSE(Predictor::load(out, bad).ok());
}

TEST(CategoryHead, RunsWithoutTheHeadLoadPredictAndResume)
{
    const std::string out = freshDir("no-categories");
    TrainParams params = tinyParams(out);
    params.tasks = {"targets", "sentiment"};
    params.maxSteps = 5;
    auto r = Trainer(params).run();
    ASSERT_TRUE(r.ok()) << r.error();
    auto predictor = Predictor::load(out);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    EXPECT_EQ((*predictor)->tasks(), (std::vector<std::string>{"sentiment", "targets"}));
    auto p = (*predictor)->predict("الغرفة نظيفة", {{0, 6}});
    ASSERT_TRUE(p.ok()) << p.error();
    EXPECT_TRUE(p->targets[0].category.empty());
    EXPECT_TRUE(p->sentenceOpinions.empty());

    // Resumed with every task of the corpus: the run goes on without categories.
    TrainParams resumed = tinyParams(out);
    resumed.resumeDir = out;
    MessageObserver obs;
    Trainer trainer(resumed);
    trainer.setObserver(&obs);
    auto rr = trainer.run();
    ASSERT_TRUE(rr.ok()) << rr.error();
    for (const StepEvent &s : obs.steps)
        EXPECT_NE(s.task, "categories");
    bool said = false;
    for (const std::string &m : obs.messages)
        said = said || m.find("no category head") != std::string::npos;
    EXPECT_TRUE(said);
}

TEST(CategoryHead, TargetsTakeTheirCategoryFromThePairHeadAndRunsWithoutItStillWork)
{
    // A run from before the target-category head: sentence categories only.
    const std::string out = freshDir("no-target-categories");
    TrainParams params = tinyParams(out);
    params.tasks = {"targets", "sentiment", "categories"};
    params.maxSteps = 6;
    auto r = Trainer(params).run();
    ASSERT_TRUE(r.ok()) << r.error();
    auto before = Predictor::load(out);
    ASSERT_TRUE(before.ok()) << before.error();
    auto p = (*before)->predict("الغرفة نظيفة والخدمة سيئة", {{0, 6}, {13, 19}});
    ASSERT_TRUE(p.ok()) << p.error();
    for (const PredictedTarget &t : p->targets)  // the sentence's most probable category
        EXPECT_EQ(t.category, p->targets[0].category);

    TrainParams resumed = tinyParams(out);
    resumed.resumeDir = out;
    resumed.maxSteps = 8;
    MessageObserver obs;
    Trainer trainer(resumed);
    trainer.setObserver(&obs);
    ASSERT_TRUE(trainer.run().ok());
    bool said = false;
    for (const std::string &m : obs.messages)
        said = said || m.find("no target category head") != std::string::npos;
    EXPECT_TRUE(said);

    // With the head, each target's category is its pair's argmax with that probability.
    const std::string withHead = freshDir("target-categories");
    TrainParams full = tinyParams(withHead);
    full.preset.epochs = 6;
    ASSERT_TRUE(Trainer(full).run().ok());
    auto predictor = Predictor::load(withHead);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto q = (*predictor)->predict("الغرفة نظيفة والخدمة سيئة", {{0, 6}, {13, 19}});
    ASSERT_TRUE(q.ok()) << q.error();
    ASSERT_EQ(q->targets.size(), 2u);
    for (const PredictedTarget &t : q->targets) {
        EXPECT_FALSE(t.category.empty());
        EXPECT_GT(t.categoryScore, 0.0);
        EXPECT_LE(t.categoryScore, 1.0);
    }
    EXPECT_TRUE(q->targets[0].category != q->targets[1].category ||
                q->targets[0].categoryScore != q->targets[1].categoryScore);  // two pairs, two answers
}
