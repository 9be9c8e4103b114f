#include "train/trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <tuple>
#include <vector>

#include "baseline/baselinemodel.h"
#include "common/problem.h"
#include "eval/evalreportjson.h"
#include "model/bertconfig.h"
#include "model/checkpoint.h"
#include "model/headspec.h"
#include "model/tensorio.h"
#include "predict/predictor.h"
#include "tinytraining.h"
#include "train/trainhooks.h"

using namespace mizan;
using namespace mizan::test;
namespace fs = std::filesystem;

TEST(Trainer, TrainsEveryTaskAndLeavesAUsableModel)
{
    const std::string out = freshDir("basic");
    RecordingObserver obs;
    Trainer trainer(tinyParams(out));
    trainer.setObserver(&obs);
    auto r = trainer.run();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->reason, StopReason::Completed);
    EXPECT_GT(r->steps, 5u);
    EXPECT_EQ(obs.steps.size(), r->steps);
    EXPECT_FALSE(obs.evals.empty());
    std::set<std::string> tasks;
    for (const auto &s : obs.steps) {
        tasks.insert(s.task);
        EXPECT_TRUE(std::isfinite(s.loss));
        EXPECT_GT(s.tokensPerSecond, 0.0);
    }
    EXPECT_EQ(tasks, (std::set<std::string>{"categories", "sentiment", "target_categories", "targets"}));
    ASSERT_EQ(obs.finished.size(), 1u);
    // Step events count the updates done: 1, 2, ... N, the last one the total (the studio's counter).
    for (std::size_t i = 0; i < obs.steps.size(); ++i)
        EXPECT_EQ(obs.steps[i].step, i + 1);
    EXPECT_EQ(obs.steps.back().step, obs.steps.back().totalSteps);
    EXPECT_EQ(obs.finished.front().step, r->steps);
    EXPECT_TRUE(fs::exists(fs::path(r->modelDir) / "labels.json"));
    EXPECT_TRUE(fs::exists(fs::path(out) / "last" / "labels.json"));
    // The learning rate warms up, then decays to zero at the last step.
    EXPECT_LT(obs.steps.front().learningRate, obs.steps[obs.steps.size() / 3].learningRate);
    EXPECT_NEAR(obs.steps.back().learningRate, 0.0, 1e-12);
    // Events carry increasing timestamps.
    EXPECT_LE(obs.steps.front().time, obs.steps.back().time);
    auto predictor = Predictor::load(out);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    EXPECT_EQ((*predictor)->tasks().size(), 4u);
}

TEST(Trainer, ResumeContinuesWithTheSameLosses)
{
    // Uninterrupted run.
    RecordingObserver fullObs, resumedObs;
    Trainer fullTrainer(tinyParams(freshDir("full")));
    fullTrainer.setObserver(&fullObs);
    auto full = fullTrainer.run();
    ASSERT_TRUE(full.ok()) << full.error();
    ASSERT_GT(full->losses.size(), 8u);

    // The same run stopped after 7 updates, then resumed.
    const std::string out = freshDir("resumed");
    TrainParams first = tinyParams(out);
    first.maxSteps = 7;
    auto part1 = Trainer(first).run();
    ASSERT_TRUE(part1.ok()) << part1.error();
    EXPECT_EQ(part1->reason, StopReason::Cancelled);
    ASSERT_EQ(part1->losses.size(), 7u);

    TrainParams second = tinyParams(out);
    second.resumeDir = out;
    Trainer secondTrainer(second);
    secondTrainer.setObserver(&resumedObs);
    auto part2 = secondTrainer.run();
    // The resumed run reports the same steps, tasks and learning rates as the uninterrupted one.
    ASSERT_EQ(resumedObs.steps.size() + 7, fullObs.steps.size());
    for (std::size_t i = 0; i < resumedObs.steps.size(); ++i) {
        EXPECT_EQ(resumedObs.steps[i].step, fullObs.steps[i + 7].step);
        EXPECT_EQ(resumedObs.steps[i].task, fullObs.steps[i + 7].task);
        EXPECT_DOUBLE_EQ(resumedObs.steps[i].learningRate, fullObs.steps[i + 7].learningRate);
    }
    ASSERT_TRUE(part2.ok()) << part2.error();
    EXPECT_EQ(part2->reason, StopReason::Completed);

    std::vector<double> joined = part1->losses;
    joined.insert(joined.end(), part2->losses.begin(), part2->losses.end());
    ASSERT_EQ(joined.size(), full->losses.size());
    for (std::size_t i = 0; i < joined.size(); ++i)
        EXPECT_NEAR(joined[i], full->losses[i], 1e-6 * std::max(1.0, std::abs(full->losses[i]))) << "update " << i + 1;
}

// With ema_decay the saved model is the weight average: without dev data it is saved at the
// end, equal to the average kept in last/ and not to the raw weights there; a resumed run
// continues the same average.
TEST(Trainer, WeightAverageIsTheModelAndResumes)
{
    auto params = [](const std::string &out) {
        TrainParams t = tinyParams(out);
        t.devFraction = 0;
        t.preset.emaDecay = 0.9;
        t.preset.epochs = 2;
        return t;
    };
    const std::string full = freshDir("ema-full");
    auto r = Trainer(params(full)).run();
    ASSERT_TRUE(r.ok()) << r.error();
    auto avg = loadSafetensors((fs::path(full) / "last" / "ema.safetensors").string());
    ASSERT_TRUE(avg.ok()) << avg.error();
    auto saved = loadSafetensors((fs::path(full) / "model" / "model.safetensors").string());
    auto raw = loadSafetensors((fs::path(full) / "last" / "model.safetensors").string());
    ASSERT_TRUE(saved.ok() && raw.ok());
    // Parameter names of the module ("bert.embeddings...") are the checkpoint's names.
    std::size_t compared = 0, differ = 0;
    for (const auto &[name, t] : *avg) {
        ASSERT_TRUE(saved->count(name)) << name;
        EXPECT_TRUE(torch::equal(saved->at(name), t)) << name;
        differ += !torch::allclose(raw->at(name), t);
        ++compared;
    }
    EXPECT_GT(compared, 10u);
    EXPECT_GT(differ, 0u) << "the average equals the raw weights";

    const std::string out = freshDir("ema-resumed");
    TrainParams first = params(out);
    first.maxSteps = 5;
    ASSERT_TRUE(Trainer(first).run().ok());
    TrainParams second = params(out);
    second.resumeDir = out;
    ASSERT_TRUE(Trainer(second).run().ok());
    auto resumed = loadSafetensors((fs::path(out) / "last" / "ema.safetensors").string());
    ASSERT_TRUE(resumed.ok()) << resumed.error();
    for (const auto &[name, t] : *avg)
        EXPECT_TRUE(torch::allclose(resumed->at(name), t, 1e-5, 1e-6)) << name;
}

TEST(Trainer, CancelKeepsAUsableCheckpoint)
{
    const std::string out = freshDir("cancel");
    RecordingObserver obs;
    Trainer trainer(tinyParams(out));
    obs.onEachStep = [&](const StepEvent &e) {
        if (e.step == 3)
            trainer.requestStop();
    };
    trainer.setObserver(&obs);
    auto r = trainer.run();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->reason, StopReason::Cancelled);
    EXPECT_EQ(r->steps, 3u);
    auto predictor = Predictor::load(r->modelDir);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto p = (*predictor)->predict("الغرفة نظيفة والخدمة سيئة", {{0, 6}});
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_EQ(p->targets.size(), 1u);
    EXPECT_FALSE(p->targets[0].polarity.empty());
    // The resume state is there too, with the optimizer.
    EXPECT_TRUE(fs::exists(fs::path(out) / "last" / "training.json"));
}

TEST(Trainer, SkipsNonFiniteStepsAndContinues)
{
    TrainParams params = tinyParams(freshDir("nan"));
    TrainHooks hooks;
    hooks.poisonStep = [](std::size_t batch) { return batch == 3 || batch == 4; };
    RecordingObserver obs;
    Trainer trainer(params);
    setTrainHooks(trainer, hooks);
    trainer.setObserver(&obs);
    auto r = trainer.run();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->reason, StopReason::Completed);
    ASSERT_EQ(obs.skipped.size(), 2u);
    EXPECT_EQ(obs.skipped[0].consecutive, 1u);
    EXPECT_EQ(obs.skipped[1].consecutive, 2u);
    EXPECT_NE(obs.skipped[0].reason.find("NaN"), std::string::npos);
    for (double l : r->losses)
        EXPECT_TRUE(std::isfinite(l));
}

TEST(Trainer, StopsAfterRepeatedNonFiniteStepsWithAGoodModel)
{
    TrainParams params = tinyParams(freshDir("nanstorm"));
    params.preset.maxBadSteps = 4;
    TrainHooks hooks;
    hooks.poisonStep = [](std::size_t batch) { return batch > 5; };
    RecordingObserver obs;
    Trainer trainer(params);
    setTrainHooks(trainer, hooks);
    trainer.setObserver(&obs);
    auto r = trainer.run();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->reason, StopReason::TooManyBadSteps);
    EXPECT_EQ(r->steps, 5u);
    EXPECT_EQ(obs.skipped.size(), 4u);
    auto predictor = Predictor::load(r->modelDir);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto p = (*predictor)->predict("الفندق رائع", {{0, 6}});
    ASSERT_TRUE(p.ok()) << p.error();
    for (const auto &[label, score] : p->targets.at(0).scores)
        EXPECT_TRUE(std::isfinite(score)) << label;
}

TEST(Trainer, OutOfMemoryNamesTheBatchShapeToLower)
{
    TrainParams params = tinyParams(freshDir("oom"));
    TrainHooks hooks;
    hooks.outOfMemoryAt = [](std::size_t batch) { return batch == 2; };
    Trainer trainer(params);
    setTrainHooks(trainer, hooks);
    auto r = trainer.run();
    ASSERT_FALSE(r.ok());
    const std::string &e = r.error();
    EXPECT_NE(e.find("out of memory at step 2 on a batch of "), std::string::npos) << e;
    EXPECT_NE(e.find("lower --batch-size (now 4) or the preset's max_length (now 64)"), std::string::npos) << e;
    EXPECT_EQ(e.find("test hook"), std::string::npos) << e;  // our words, not the library's
    // The studio words it in its own language from the code and arguments found again.
    const auto problem = parseProblem(e);
    ASSERT_TRUE(problem.has_value()) << e;
    EXPECT_EQ(problem->code, ProblemCode::OutOfMemoryAtStep);
    ASSERT_EQ(problem->args.size(), 6u);
    EXPECT_EQ(problem->args, (std::vector<std::string>{"", "2", problem->args.at(2), problem->args.at(3), "4", "64"}));
}

TEST(Trainer, ReportsBadInputAsAnError)
{
    TrainParams params = tinyParams(freshDir("bad"));
    params.trainCorpora = {"/nonexistent/corpus.xml"};
    RecordingObserver obs;
    Trainer trainer(params);
    trainer.setObserver(&obs);
    auto r = trainer.run();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("/nonexistent/corpus.xml"), std::string::npos);
    ASSERT_EQ(obs.failed.size(), 1u);

    TrainParams wrongTask = tinyParams(freshDir("badtask"));
    wrongTask.tasks = {"ner"};
    auto r2 = Trainer(wrongTask).run();
    ASSERT_FALSE(r2.ok());
    EXPECT_NE(r2.error().find("ner"), std::string::npos);
}

TEST(Trainer, TrainsTheBaselineBesideAndAlone)
{
    const std::string out = freshDir("baseline");
    TrainParams params = tinyParams(out);
    params.preset.baseline = true;
    params.preset.epochs = 1;
    auto r = Trainer(params).run();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_TRUE(fs::exists(fs::path(out) / "baseline" / "baseline.json"));
    // The corpus has aspect categories: the baseline learns them beside (SemEval slot 1).
    EXPECT_TRUE(fs::exists(fs::path(out) / "baseline" / "categories.json"));

    const std::string alone = freshDir("baseline-alone");
    TrainParams b = tinyParams(alone);
    b.encoder = "baseline";
    auto rb = Trainer(b).run();
    ASSERT_TRUE(rb.ok()) << rb.error();
    auto predictor = Predictor::load(alone);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto p = (*predictor)->predict("الغرفة نظيفة", {{0, 6}});
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_EQ(p->targets.size(), 1u);
    EXPECT_FALSE(p->targets[0].polarity.empty());
    auto ev = (*predictor)->evaluate({tinyCorpus()}, true);
    ASSERT_TRUE(ev.ok()) << ev.error();
    const nlohmann::json evJson = reportToJson(*ev);
    EXPECT_TRUE(evJson["tasks"].contains("sentiment"));
    EXPECT_TRUE(evJson["tasks"].contains("targets"));
    ASSERT_TRUE(evJson["tasks"].contains("categories"));
    EXPECT_EQ(evJson["tasks"]["categories"]["kind"], "categories");
    EXPECT_FALSE(p->targets[0].category.empty());
}

// An entity corpus alone: the baseline learns the entities too, is scored beside the model,
// and votes the model's entities with it (preset ensemble_baseline).
TEST(Trainer, EntityTaskGetsABaselineThatVotes)
{
    const std::string out = freshDir("entities");
    const std::string data = freshDir("entities-data");
    std::string conll, text;
    const std::vector<std::string> people = {"محمد", "علي", "سارة", "خالد"};
    const std::vector<std::string> cities = {"القاهرة", "عمان", "بيروت", "الرباط"};
    for (const std::string &person : people)
        for (const std::string &city : cities) {
            conll += "زار\tO\n" + person + "\tB-PERS\nمدينة\tO\n" + city + "\tB-LOC\nأمس\tO\n\n";
            text += "زار " + person + " مدينة " + city + " أمس ";
        }
    const std::string corpus = data + "/people.conll";
    ASSERT_TRUE(writeFileAtomic(corpus, conll).isOk());
    TrainParams params = tinyParams(out);
    params.trainCorpora = {corpus};
    params.vocabDir = writeCharVocab(out + "-vocab", text);
    params.preset.baseline = true;
    params.preset.ensembleTagging = 0.5;
    params.preset.epochs = 2;
    auto r = Trainer(params).run();
    ASSERT_TRUE(r.ok()) << r.error();
    auto baseline = BaselineModel::load((fs::path(out) / "baseline").string());
    ASSERT_TRUE(baseline.ok()) << baseline.error();
    EXPECT_EQ(baseline->entityLabels(), (std::vector<std::string>{"O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"}));
    EXPECT_FALSE(baseline->hasTargets());

    auto predictor = Predictor::load(out);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto ev = (*predictor)->evaluate({corpus}, true);
    ASSERT_TRUE(ev.ok()) << ev.error();
    const nlohmann::json evJson = reportToJson(*ev);
    const auto &ner = evJson["tasks"]["ner"];
    ASSERT_TRUE(ner.contains("ensemble")) << ner.dump();
    EXPECT_TRUE(ner["ensemble"]["transformer_only"].contains("f1"));
    ASSERT_TRUE(evJson["baseline"]["tasks"].contains("ner")) << evJson["baseline"].dump();
    EXPECT_TRUE(evJson["model_vs_baseline"].contains("ner"));
    auto p = (*predictor)->predict("زار علي مدينة بيروت أمس");
    ASSERT_TRUE(p.ok()) << p.error();
    for (const auto &e : p->entities) {
        EXPECT_TRUE(e.label == "PERS" || e.label == "LOC") << e.label;
        EXPECT_GT(e.score, 0.0);
        EXPECT_LE(e.score, 1.0 + 1e-9);
    }

    // --encoder baseline on the entity corpus: a baseline model of entities alone.
    const std::string alone = freshDir("entities-alone");
    TrainParams b = tinyParams(alone);
    b.trainCorpora = {corpus};
    b.encoder = "baseline";
    auto rb = Trainer(b).run();
    ASSERT_TRUE(rb.ok()) << rb.error();
    auto only = Predictor::load(alone);
    ASSERT_TRUE(only.ok()) << only.error();
    EXPECT_EQ((*only)->tasks(), (std::vector<std::string>{"ner"}));
    auto pe = (*only)->predict("زار سارة مدينة عمان أمس");
    ASSERT_TRUE(pe.ok()) << pe.error();
    EXPECT_TRUE(pe->targets.empty());
    auto eo = (*only)->evaluate({corpus}, false);
    ASSERT_TRUE(eo.ok()) << eo.error();
    const nlohmann::json eoJson = reportToJson(*eo);
    EXPECT_GE(eoJson["tasks"]["ner"]["f1"].get<double>(), 0.9) << eoJson["tasks"]["ner"].dump();
}

namespace {

// Tiny training parameters with character n-grams (512 x 8) and target pooling, 2 epochs.
TrainParams ngramParams(const std::string &out)
{
    TrainParams params = tinyParams(out);
    params.preset.charNgramBuckets = 512;
    params.preset.charNgramDim = 8;
    params.preset.targetPooling = true;
    params.preset.epochs = 2;
    return params;
}

// The head specs a run wrote to its model's labels.json.
std::vector<HeadSpec> trainedHeads(const std::string &out)
{
    auto labels = readFile((fs::path(out) / "model" / "labels.json").string());
    EXPECT_TRUE(labels.ok());
    auto heads = parseHeadSpecs(labels.ok() ? *labels : std::string("{}"), "labels.json");
    EXPECT_TRUE(heads.ok()) << heads.error();
    return heads.ok() ? *heads : std::vector<HeadSpec>{};
}

} // namespace

TEST(Trainer, CharNgramsTargetPoolingAndBaselineBlend)
{
    const std::string out = freshDir("ngrams");
    TrainParams params = ngramParams(out);
    params.preset.wideTagging = true;
    params.preset.baseline = true;
    params.preset.ensembleBaseline = 0.5;
    params.preset.ensembleTagging = 0.5;
    auto r = Trainer(params).run();
    ASSERT_TRUE(r.ok()) << r.error();
    auto config = readBertConfig((fs::path(out) / "model" / "config.json").string());
    ASSERT_TRUE(config.ok()) << config.error();
    EXPECT_EQ(config->charNgramBuckets, 512);
    EXPECT_EQ(config->charNgramDim, 8);
    const std::vector<HeadSpec> heads = trainedHeads(out);
    ASSERT_FALSE(heads.empty());
    for (const HeadSpec &h : heads) {
        EXPECT_EQ(h.wide, h.kind != HeadKind::SequenceClassification) << h.task;  // tagging and categories
        EXPECT_EQ(h.targetPooling, h.kind == HeadKind::SequenceClassification) << h.task;
    }

    auto predictor = Predictor::load(out);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto p = (*predictor)->predict("الغرفة نظيفة", {{0, 6}});
    ASSERT_TRUE(p.ok()) << p.error();
    ASSERT_EQ(p->targets.size(), 1u);
    double sum = 0;
    for (const auto &[label, score] : p->targets[0].scores)
        sum += score;
    EXPECT_NEAR(sum, 1.0, 1e-6);
    // The blend is the model's answer; the transformer alone is reported beside it.
    auto ev = (*predictor)->evaluate({tinyCorpus()}, true);
    ASSERT_TRUE(ev.ok()) << ev.error();
    const nlohmann::json evJson = reportToJson(*ev);
    const auto &senti = evJson["tasks"]["sentiment"];
    ASSERT_TRUE(senti.contains("ensemble")) << senti.dump();
    EXPECT_DOUBLE_EQ(senti["ensemble"]["baseline_weight"].get<double>(), 0.5);
    EXPECT_TRUE(senti["ensemble"]["transformer_only"].contains("accuracy"));
    // Targets are voted with the baseline's tagger; the transformer's own F1 is beside it.
    const auto &targets = evJson["tasks"]["targets"];
    ASSERT_TRUE(targets.contains("ensemble")) << targets.dump();
    EXPECT_TRUE(targets["ensemble"]["transformer_only"].contains("f1"));
    // The weights can be changed at load time: 0 turns the blend and the vote off.
    PredictorOptions alone;
    alone.blendWeight = 0;
    alone.voteWeight = 0;
    auto plain = Predictor::load(out, alone);
    ASSERT_TRUE(plain.ok()) << plain.error();
    auto evPlain = (*plain)->evaluate({tinyCorpus()}, true);
    ASSERT_TRUE(evPlain.ok()) << evPlain.error();
    const nlohmann::json evPlainJson = reportToJson(*evPlain);
    EXPECT_FALSE(evPlainJson["tasks"]["sentiment"].contains("ensemble"));
    EXPECT_FALSE(evPlainJson["tasks"]["targets"].contains("ensemble"));
    EXPECT_DOUBLE_EQ(evPlainJson["tasks"]["targets"]["f1"].get<double>(),
                     targets["ensemble"]["transformer_only"]["f1"].get<double>());
    PredictorOptions tooMuch;
    tooMuch.voteWeight = 1.5;
    EXPECT_FALSE(Predictor::load(out, tooMuch).ok());
    auto found = (*predictor)->predict("الفندق رائع والموظفين سيئون");
    ASSERT_TRUE(found.ok()) << found.error();
    for (const auto &t : found->targets) {
        EXPECT_LT(t.start, t.end);
        EXPECT_GT(t.score, 0.0);
        EXPECT_LE(t.score, 1.0);
        EXPECT_FALSE(t.polarity.empty());
    }

    // Without the baseline it was trained to lean on, the model refuses to load (it would
    // silently answer differently).
    fs::remove_all(fs::path(out) / "baseline");
    auto missing = Predictor::load(out);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("baseline"), std::string::npos) << missing.error();
}

// wide_sentiment / wide_window: the sentiment head scores the pair's bags and its target
// window's; both paths are trained (they start at zero) and the model answers through them.
TEST(Trainer, WideSentimentPathsLearnAndAnswer)
{
    TrainParams params = ngramParams(freshDir("widesent"));
    std::tie(params.preset.wideSentiment, params.preset.wideWindow) = std::make_tuple(true, 3);
    const std::string out = params.outDir;
    ASSERT_TRUE(Trainer(params).run().ok());
    bool sawSentiment = false;
    for (const HeadSpec &h : trainedHeads(out)) {
        const bool sentiment = h.task == "sentiment";  // not target_categories, a sequence head too
        sawSentiment = sawSentiment || sentiment;
        EXPECT_EQ(h.wide, sentiment) << h.task;  // wide_tagging is off here
        EXPECT_EQ(h.wideWindow, sentiment ? 3 : 0) << h.task;
    }
    ASSERT_TRUE(sawSentiment);
    auto loaded = loadCheckpoint((fs::path(out) / "model").string(), torch::kCPU);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    for (const char *path : {".wide.weight", ".wide_window.weight"}) {
        bool found = false;
        for (const auto &item : loaded->model->named_parameters())
            if (item.key().find(path) != std::string::npos) {
                found = true;
                EXPECT_GT(item.value().abs().sum().item<double>(), 0.0) << item.key();
            }
        EXPECT_TRUE(found) << path;
    }
    // The model answers through both paths: evaluation and a pasted sentence.
    auto predictor = Predictor::load(out);
    ASSERT_TRUE(predictor.ok()) << predictor.error();
    auto ev = (*predictor)->evaluate({tinyCorpus()}, true);
    ASSERT_TRUE(ev.ok()) << ev.error();
    const double accuracy = reportToJson(*ev)["tasks"]["sentiment"]["accuracy"].get<double>();
    EXPECT_GE(accuracy, 0.0);
    EXPECT_LE(accuracy, 1.0);
    auto answer = (*predictor)->predict("الخدمة ممتازة", {{0, 6}});
    ASSERT_TRUE(answer.ok()) << answer.error();
    ASSERT_EQ(answer->targets.size(), 1u);
    EXPECT_FALSE(answer->targets[0].polarity.empty());
}
