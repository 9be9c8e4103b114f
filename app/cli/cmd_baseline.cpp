// mizan baseline: the linear baseline (hashed n-gram CRF taggers of targets and entities, a TF-IDF
// logistic-regression sentiment head, a category part) on its own: train, eval and predict.
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "baseline/baselineeval.h"
#include "baseline/categoryeval.h"
#include "corpus/categoryview.h"
#include "baseline/baselinemodel.h"
#include "commands.h"
#include "stdinlines.h"
#include "common/outputdir.h"
#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "corpus/datasplit.h"
#include "eval/evalreportjson.h"
#include "predict/predictor.h"
#include "rundir/rundir.h"
#include "tasks/taskscore.h"

namespace mizan::cli {
namespace {

struct BaselineCliOptions {
    std::vector<std::string> train, dev, test, text;
    std::string out, model, writeSplit;
    double devFraction = 0.1;
    std::uint64_t seed = 13;
    bool json = false, errors = false;
    BaselineOptions model_;
    CategoryOptions categories_;
    bool noCategories = false;
};

[[noreturn]] void fail(const std::string &message, int code = 1)
{
    std::cerr << "mizan baseline: " << message << '\n';
    throw CLI::RuntimeError(code);
}

// Reads and merges corpus files; import errors are fatal and printed with file:line:column.
Corpus readCorpora(const std::vector<std::string> &files)
{
    Corpus all;
    for (const std::string &file : files) {
        ImportResult r = importCorpus(file);
        for (const ImportIssue &i : r.report.issues)
            if (i.severity == Severity::Error)
                std::cerr << i.toString() << '\n';
        if (!r.ok)
            fail(file + ": cannot be read as a corpus", 2);
        for (Document &d : r.corpus.documents)
            all.documents.push_back(std::move(d));
    }
    return all;
}

// The one JSON layout of a baseline evaluation (a BaselineReport, as `mizan eval --json` and
// the Results panel read it), with each task's wrong predictions when asked.
nlohmann::json evaluationJson(const BaselineEvaluation &ev, bool withErrors)
{
    BaselineReport report{"baseline", baselineReports(ev)};
    if (withErrors) {
        const std::pair<const char *, const std::vector<PredictionError> *> lists[] = {
            {"targets", &ev.targetErrors}, {"sentiment", &ev.sentimentErrors}, {"ner", &ev.entityErrors}};
        for (const auto &[task, errors] : lists)
            if (auto it = report.tasks.find(task); it != report.tasks.end())
                std::visit([errors = errors](TaskReportNotes &notes) { notes.errors = *errors; }, it->second);
    }
    return reportToJson(report);
}

void printEvaluation(const BaselineEvaluation &ev)
{
    std::cout << std::fixed << std::setprecision(4);
    if (ev.hasEntities) {
        std::cout << "entities (exact labelled character spans): P " << ev.entities.prf.precision << "  R "
                  << ev.entities.prf.recall << "  F1 " << ev.entities.prf.f1 << "  (gold " << ev.entities.goldCount
                  << ", predicted " << ev.entities.predictedCount << ", correct " << ev.entities.correctCount << ")\n";
        for (const auto &[label, m] : ev.entitiesPerLabel)
            std::cout << "  " << std::left << std::setw(9) << label << std::right << " P " << m.prf.precision << "  R "
                      << m.prf.recall << "  F1 " << m.prf.f1 << "  support " << m.goldCount << '\n';
        std::cout << "entities (unit-level BIO, conlleval): F1 " << ev.entityUnitBio.conlleval.micro.f1
                  << "  token accuracy " << ev.entityUnitBio.tokenAccuracy << '\n';
    }
    if (ev.hasTargets) {
        std::cout << "targets (SemEval slot 2, exact character spans): P " << ev.targets.prf.precision << "  R "
                  << ev.targets.prf.recall << "  F1 " << ev.targets.prf.f1 << "  (gold " << ev.targets.goldCount
                  << ", predicted " << ev.targets.predictedCount << ", correct " << ev.targets.correctCount << ")\n";
        std::cout << "targets (unit-level BIO, conlleval): F1 " << ev.unitBio.conlleval.micro.f1
                  << "  strict IOB2 F1 " << ev.unitBio.strict.micro.f1 << "  token accuracy "
                  << ev.unitBio.tokenAccuracy << '\n';
    }
    if (!ev.hasSentiment)
        return;
    std::cout << "sentiment (gold targets): accuracy " << ev.sentiment.accuracy << "  macro-F1 "
              << ev.sentiment.macro.f1 << "  weighted-F1 " << ev.sentiment.weighted.f1 << "  (" << ev.sentiment.count
              << " targets)\n";
    for (std::size_t i = 0; i < ev.sentiment.labels.size(); ++i) {
        const Prf &p = ev.sentiment.perClass[i];
        std::cout << "  " << std::left << std::setw(9) << ev.sentiment.labels[i] << std::right << " P "
                  << p.precision << "  R " << p.recall << "  F1 " << p.f1 << "  support " << p.support << '\n';
    }
    std::cout << "  confusion (rows gold, columns predicted):";
    for (const auto &l : ev.sentiment.labels)
        std::cout << ' ' << l;
    std::cout << '\n';
    for (std::size_t i = 0; i < ev.sentiment.labels.size(); ++i) {
        std::cout << "  " << std::left << std::setw(9) << ev.sentiment.labels[i] << std::right;
        for (std::size_t c : ev.sentiment.confusion[i])
            std::cout << std::setw(7) << c;
        std::cout << '\n';
    }
}

void printCategories(const CategoryScores &c)
{
    std::cout << "categories (SemEval slot 1, unique sentence-category pairs): P " << c.slot1.precision << "  R "
              << c.slot1.recall << "  F1 " << c.slot1.f1 << "  (gold " << c.gold1 << ", predicted " << c.predicted1
              << ", correct " << c.correct1 << ")\n";
    std::cout << "categories with targets (SemEval slot 1+2): P " << c.slot12.precision << "  R " << c.slot12.recall
              << "  F1 " << c.slot12.f1 << "  (gold " << c.gold12 << ", predicted " << c.predicted12 << ", correct "
              << c.correct12 << ")\n";
}

nlohmann::json categoriesJson(const CategoryScores &c, bool withErrors)
{
    CategoryReport r;
    r.scores = c;
    if (withErrors)
        r.errors = c.errors;
    return reportToJson(r);
}

// With a category part: SemEval-2016 slot 1 and 1+2 (the baseline's predicted targets) too.
void report(const BaselineEvaluation &ev, const CategoryModel &categories, const BaselineModel &model,
            const std::vector<const Sentence *> &sentences, const BaselineCliOptions &o, double trainSeconds = -1)
{
    const bool withCategories = categories.isValid() && !categoryLabels(sentences).empty();
    const CategoryScores cs = withCategories ? evaluateCategories(categories, &model, sentences) : CategoryScores{};
    if (o.json) {
        nlohmann::json j = evaluationJson(ev, o.errors);
        if (withCategories) {
            j["tasks"]["categories"] = categoriesJson(cs, o.errors);
            const CategoryThresholdChoice &t = categories.thresholdChoice();
            j["category_threshold"] = {{"value", categories.options().threshold},
                                       {"held_out_sentences", t.sentences},
                                       {"held_out_slot1_f1", t.f1}};
        }
        if (trainSeconds >= 0)
            j["train_seconds"] = trainSeconds;
        std::cout << j.dump() << '\n';
        return;
    }
    printEvaluation(ev);
    if (withCategories)
        printCategories(cs);
}

// The sentences the model learns from and is scored on, as DIR/train.jsonl and DIR/dev.jsonl
// (Mizan JSONL keeps every annotation), so other tools can train on the very same split.
void writeSplit(const Corpus &train, const Corpus &dev, const std::string &dir)
{
    if (Status st = checkOutputDir(dir); !st)
        fail(st.message());
    if (Status st = markOutputDir(dir); !st)
        fail(st.message());
    for (const auto &[corpus, name] :
         {std::pair<const Corpus *, const char *>{&train, "train.jsonl"}, {&dev, "dev.jsonl"}})
        if (Status st = exportCorpus(*corpus, (std::filesystem::path(dir) / name).string(), CorpusFormat::JsonlMizan);
            !st)
            fail(st.message());
}

void runTrain(const BaselineCliOptions &o)
{
    Corpus train = readCorpora(o.train);
    Corpus dev;
    if (!o.dev.empty()) {
        dev = readCorpora(o.dev);
    } else if (o.devFraction > 0.0) {
        auto [tr, dv] = splitTrainDev(train, o.devFraction, o.seed);
        train = std::move(tr);
        dev = std::move(dv);
    }
    if (!o.writeSplit.empty())
        writeSplit(train, dev, o.writeSplit);
    if (!o.json)
        std::cerr << "training on " << train.documents.size() << " documents (" << train.sentenceCount()
                  << " sentences), dev " << dev.documents.size() << " documents (" << dev.sentenceCount()
                  << " sentences)\n";
    const auto t0 = std::chrono::steady_clock::now();
    auto model = BaselineModel::train(corpusSentences(train), o.model_, [&](const BaselineProgress &p) {
        if (!o.json)
            std::cerr << p.part << " epoch " << p.epoch << "/" << p.epochs << "  loss " << p.loss << '\n';
    });
    if (!model)
        fail(model.error());
    CategoryModel categories;
    if (!o.noCategories && !categoryLabels(corpusSentences(train)).empty()) {
        CategoryOptions co = o.categories_;
        co.seed = o.seed;
        co.threads = o.model_.threads;
        auto trained = CategoryModel::train(corpusSentences(train), co, [&](const BaselineProgress &p) {
            if (!o.json)
                std::cerr << p.part << " epoch " << p.epoch << "/" << p.epochs << "  loss " << p.loss << '\n';
        });
        if (!trained)
            fail(trained.error());
        categories = std::move(*trained);
        if (const CategoryThresholdChoice &t = categories.thresholdChoice(); !o.json && t.sentences > 0)
            std::cerr << "category threshold " << categories.options().threshold << ", chosen on " << t.sentences
                      << " held-out training sentences (slot-1 F1 " << t.f1 << ")\n";
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!o.json)
        std::cerr << "trained in " << std::setprecision(1) << std::fixed << seconds << " s\n";
    if (!o.out.empty()) {
        if (Status st = model->save(o.out); !st)
            fail(st.message());
        if (categories.isValid())
            if (Status st = categories.save(o.out); !st)
                fail(st.message());
        if (!o.json)
            std::cerr << "saved to " << o.out << '\n';
    }
    if (dev.sentenceCount() == 0)
        return;
    auto ev = evaluateBaseline(*model, corpusSentences(dev));
    if (!ev)
        fail(ev.error());
    if (!o.json)
        std::cout << "dev:\n";
    report(*ev, categories, *model, corpusSentences(dev), o, seconds);
}

BaselineModel loadModel(const std::string &dir)
{
    auto m = BaselineModel::load(dir);
    if (!m)
        fail(m.error(), 2);
    return std::move(*m);
}

// The folder's category part; an invalid (empty) model when it has none.
CategoryModel loadCategories(const std::string &dir)
{
    if (!CategoryModel::existsIn(dir))
        return {};
    auto m = CategoryModel::load(dir);
    if (!m)
        fail(m.error(), 2);
    return std::move(*m);
}

void runEval(const BaselineCliOptions &o)
{
    const BaselineModel model = loadModel(o.model);
    const CategoryModel categories = loadCategories(o.model);
    const Corpus test = readCorpora(o.test);
    auto ev = evaluateBaseline(model, corpusSentences(test));
    if (!ev)
        fail(ev.error());
    report(*ev, categories, model, corpusSentences(test), o);
}

void predictLine(const Predictor &predictor, const std::string &line, const std::string &where)
{
    if (const auto bad = utf8::findInvalid(line))
        fail(where + ":" + std::to_string(bad->codePoint + 1) + ": invalid UTF-8 at byte " +
                 std::to_string(bad->byteOffset) + ": expected UTF-8 text",
             2);
    auto p = predictor.predict(line);
    if (!p)
        fail(where + ": " + p.error());
    std::cout << predictionToJson(*p).dump() << '\n';
}

// The same JSON lines as `mizan predict --json`: targets with polarity and category, entities,
// and the sentence-level (NULL-target) opinions of a baseline with its category part.
void runPredict(const BaselineCliOptions &o)
{
    if (!isBaselineDir(o.model))
        loadModel(o.model);  // fails naming what the folder lacks
    auto predictor = Predictor::load(o.model);
    if (!predictor)
        fail(predictor.error(), 2);
    if (o.text.empty() || (o.text.size() == 1 && o.text[0] == "-")) {
        const std::size_t skipped = forEachStdinLine("mizan baseline predict",
                                                     [&](std::string &line, const std::string &where) {
                                                         predictLine(**predictor, line, where);
                                                     });
        if (skipped > 0)
            throw CLI::RuntimeError(1);
        return;
    }
    for (std::size_t i = 0; i < o.text.size(); ++i)
        predictLine(**predictor, o.text[i], "argument " + std::to_string(i + 1));
}

/// The options that shape the model and its training (`mizan baseline train`).
void addModelOptions(CLI::App &t, BaselineCliOptions &o)
{
    t.add_option("--tagger-epochs", o.model_.taggerEpochs)->check(CLI::Range(1, 1000));
    t.add_option("--sentiment-epochs", o.model_.sentimentEpochs,
                 "Epochs of the embedding path (default 0: the TF-IDF linear path alone)")
        ->check(CLI::Range(0, 1000));
    t.add_option("--tagger-lr", o.model_.taggerLr, "Adagrad learning rate of the tagger")
        ->check(CLI::Range(1e-6, 10.0));
    t.add_option("--sentiment-lr", o.model_.sentimentLr, "Adagrad learning rate of the sentiment head")
        ->check(CLI::Range(1e-6, 10.0));
    t.add_option("--class-weight-power", o.model_.classWeightPower, "0 = unweighted, 1 = balanced class weights")
        ->check(CLI::Range(0.0, 2.0));
    t.add_option("--tagger-buckets", o.model_.taggerBuckets, "Hashed feature ids of the tagger (model size)")
        ->check(CLI::Range(std::int64_t(1024), std::int64_t(1) << 26));
    t.add_option("--sentiment-buckets", o.model_.sentimentBuckets,
                 "Hashed feature ids of the sentiment head (model size)")
        ->check(CLI::Range(std::int64_t(1024), std::int64_t(1) << 26));
    t.add_option("--window", o.model_.window, "Units either side of a target in its window features");
    t.add_option("--outside-bias", o.model_.outsideBias,
                 "Added to O's score when decoding tags (negative: more spans, more recall)")
        ->check(CLI::Range(-10.0, 10.0));
    t.add_option("--sentiment-features", o.model_.sentimentFeatures,
                 "Sentiment feature set: 1 = word 1-2-grams and char 3-grams, 2 = also the peers' char 2-5-grams and "
                 "+-3 word window, 3 = the peers' four blocks (sentence and window, words and chars) and an intercept")
        ->check(CLI::Range(1, 3));
    t.add_flag("--sentiment-linear", o.model_.sentimentLinear,
               "A logistic-regression path over the sentiment features (default; =false: off)");
    t.add_flag("--sentiment-tfidf", o.model_.sentimentTfidf,
               "TF-IDF weights for the logistic-regression path, fitted apart by L-BFGS (default; =false: off)");
    t.add_option("--sentiment-c", o.model_.sentimentC,
                 "Inverse L2 strength of that fit (0 = chosen by 3-fold cross-validation on the training sentences)")
        ->check(CLI::Range(0.0, 1e6));
    t.add_option("--threads", o.model_.threads, "torch threads")->check(CLI::Range(1, 256));
    addBaselineVectorOptions(t, o.model_);
    t.add_option("--category-epochs", o.categories_.epochs)->check(CLI::Range(1, 1000));
    t.add_option("--category-buckets", o.categories_.buckets, "Hashed feature ids of the category part (model size)")
        ->check(CLI::Range(std::int64_t(1024), std::int64_t(1) << 26));
    t.add_option("--category-threshold", o.categories_.threshold,
                 "Probability from which a sentence gets a category (SemEval slot 1); default: chosen "
                 "on 15% of the training sentences")
        ->check(CLI::Range(0.0, 1.0));
}

}  // namespace

void addBaselineCommand(CLI::App &app)
{
    auto opt = std::make_shared<BaselineCliOptions>();
    CLI::App *cmd = app.add_subcommand(
        "baseline", "The linear baseline: hashed n-gram CRF targets and entities + softmax sentiment");
    cmd->require_subcommand(1);

    CLI::App *train =
        cmd->add_subcommand("train", "Train on SemEval-style or entity (CoNLL) corpora and report dev metrics");
    train->add_option("--train", opt->train, "Training corpus files")->required();
    train->add_option("--dev", opt->dev, "Dev corpus files (default: a seeded split of --train by review)");
    train->add_option("--dev-fraction", opt->devFraction, "Share of reviews held out for dev (0 = none)")
        ->check(CLI::Range(0.0, 0.9));
    train->add_option("--seed", opt->seed, "Seed of the dev split and of training");
    train->add_option("--out", opt->out, "Folder to save the model in");
    train->add_option("--write-split", opt->writeSplit,
                      "Also write the train and dev sentences as DIR/train.jsonl and DIR/dev.jsonl (Mizan JSONL)");
    addModelOptions(*train, *opt);
    train->add_flag("--no-categories", opt->noCategories, "Do not learn aspect categories");
    train->add_flag("--json", opt->json, "Print the dev metrics as one JSON object");
    train->add_flag("--errors", opt->errors, "With --json: include the error lists");
    train->callback([opt] {
        opt->model_.seed = opt->seed;
        runTrain(*opt);
    });

    CLI::App *eval = cmd->add_subcommand("eval", "Evaluate a saved baseline on annotated corpora");
    eval->add_option("--model", opt->model, "Folder written by `mizan baseline train --out`")->required();
    eval->add_option("--test", opt->test, "Annotated corpus files")->required();
    eval->add_flag("--json", opt->json, "Print one JSON object");
    eval->add_flag("--errors", opt->errors, "With --json: include the error lists");
    eval->callback([opt] { runEval(*opt); });

    CLI::App *predict =
        cmd->add_subcommand("predict", "Targets with their polarity and category, entities and sentence-level opinions "
                                       "in new text (JSON lines, as `mizan predict --json`)");
    predict->add_option("--model", opt->model, "Folder written by `mizan baseline train --out`")->required();
    predict->add_option("text", opt->text, "Sentences (none or '-': one per line on stdin)");
    predict->callback([opt] { runPredict(*opt); });
}

} // namespace mizan::cli
