// bench_active: replays active learning on a SemEval file. A fixed dev split by review is held
// out; the rest is the pool. Every strategy starts from the same seeded 200 labelled
// sentences, retrains the linear baseline, scores it on dev, then adds the 200 sentences it
// ranks highest (after the diversity step), until the pool is used. Random is the peer every
// other strategy is compared with, in the same run: the sentences each needs to reach 95% of
// the full-data score, and the ratio to random's.
//   bench_active [--corpus FILE] [--strategies SPEC,SPEC,...] [--out DIR] [--seed S] [--start N]
//                [--step N] [--dev-fraction F] [--until-95] [--max-labelled N] [--no-plot]
// A SPEC is a strategy or a selection configuration (batchpicker.h: combined strategies, the
// diversity threshold, random cold-start rounds, class-balanced batches).
// Writes DIR/curves.csv after every round and DIR/curves.png (plot_curves.py, matplotlib).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <numeric>
#include <random>
#include <sstream>

#include "batchpicker.h"
#include "baseline/baselineeval.h"
#include "common/atomicfile.h"
#include "corpus/corpusio.h"
#include "corpus/datasplit.h"

using namespace mizan;

namespace {

struct Args {
    std::string corpus = MIZAN_SHARED_DIR "/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml";
    std::vector<PickConfig> configs;  // every strategy when none is given
    std::string out = "bench-active";
    std::uint64_t seed = 13;
    std::size_t start = 200, step = 200;
    double devFraction = 0.2;
    bool plot = true;
    // Stop a strategy's replay once it reaches 95% of the full-data score on every metric
    // (the full-data model is trained first). Saves CPU on a shared machine; curves then end early.
    bool until95 = false;
    std::size_t maxLabelled = 0;  // stop a replay after this many sentences (0: the whole pool)
};

struct Point {
    std::size_t labelled = 0;
    double accuracy = 0, macroF1 = 0, targetF1 = 0, seconds = 0;
    std::size_t words = 0, opinions = 0;  // in the labelled sentences: what a strategy's sentences hold
};
const char *kMetrics[] = {"target F1", "macro-F1", "accuracy"};
double metric(const Point &p, int m) { return m == 0 ? p.targetF1 : m == 1 ? p.macroF1 : p.accuracy; }

bool parseArgs(int argc, char **argv, Args &a)
{
    for (int i = 1; i < argc; ++i) {
        const std::string s = argv[i];
        const bool more = i + 1 < argc;
        if (s == "--corpus" && more)
            a.corpus = argv[++i];
        else if (s == "--out" && more)
            a.out = argv[++i];
        else if (s == "--seed" && more)
            a.seed = std::stoull(argv[++i]);
        else if (s == "--start" && more)
            a.start = std::stoul(argv[++i]);
        else if (s == "--step" && more)
            a.step = std::stoul(argv[++i]);
        else if (s == "--dev-fraction" && more)
            a.devFraction = std::stod(argv[++i]);
        else if (s == "--no-plot")
            a.plot = false;
        else if (s == "--until-95")
            a.until95 = true;
        else if (s == "--max-labelled" && more)
            a.maxLabelled = std::stoul(argv[++i]);
        else if (s == "--strategies" && more) {
            std::stringstream list(argv[++i]);
            for (std::string spec; std::getline(list, spec, ',');) {
                std::string error;
                auto c = parsePickConfig(spec, error);
                if (!c) {
                    std::cerr << "bench_active: " << error << '\n';
                    return false;
                }
                a.configs.push_back(*c);
            }
        } else
            return false;
    }
    std::string error;
    if (a.configs.empty())
        for (RankStrategy st : allRankStrategies())
            a.configs.push_back(*parsePickConfig(rankStrategyName(st), error));
    if (std::none_of(a.configs.begin(), a.configs.end(), [](const PickConfig &c) { return c.name == "random"; }))
        a.configs.insert(a.configs.begin(), *parsePickConfig("random", error));  // the peer
    return a.step > 0;
}

Point trainAndScore(const std::vector<const Sentence *> &labelled, const std::vector<const Sentence *> &dev,
                    std::unique_ptr<BaselineModel> &model)
{
    Point p;
    p.labelled = labelled.size();
    for (const Sentence *s : labelled) {
        std::istringstream words(s->text);
        p.words += std::size_t(std::distance(std::istream_iterator<std::string>(words), {}));
        p.opinions += s->opinions.size();
    }
    const auto t0 = std::chrono::steady_clock::now();
    auto m = BaselineModel::train(labelled);
    if (!m) {
        std::cerr << "bench_active: training failed: " << m.error() << '\n';
        std::exit(1);
    }
    p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    model = std::make_unique<BaselineModel>(std::move(*m));
    auto e = evaluateBaseline(*model, dev);
    if (!e) {
        std::cerr << "bench_active: evaluation failed: " << e.error() << '\n';
        std::exit(1);
    }
    p.accuracy = e->sentiment.accuracy;
    p.macroF1 = e->sentiment.macro.f1;
    p.targetF1 = e->targets.prf.f1;
    return p;
}

// One strategy's learning curve from the shared seed set to the whole pool.
std::vector<Point> replay(const PickConfig &config, const std::vector<const Sentence *> &pool,
                          const std::vector<std::size_t> &seedSet, const std::vector<const Sentence *> &dev,
                          const Args &args, const std::function<bool(const std::vector<Point> &)> &roundDone)
{
    std::vector<bool> taken(pool.size(), false);
    for (std::size_t i : seedSet)
        taken[i] = true;
    std::vector<Point> curve;
    for (std::size_t round = 0;; ++round) {
        std::vector<const Sentence *> labelled;
        std::vector<std::size_t> rest;
        for (std::size_t i = 0; i < pool.size(); ++i) {
            if (taken[i])
                labelled.push_back(pool[i]);
            else
                rest.push_back(i);
        }
        std::unique_ptr<BaselineModel> model;
        curve.push_back(trainAndScore(labelled, dev, model));
        if (!roundDone(curve) || rest.empty() || (args.maxLabelled && labelled.size() >= args.maxLabelled))
            break;
        std::vector<std::string> texts, known;
        for (std::size_t i : rest)
            texts.push_back(pool[i]->text);
        for (const Sentence *s : labelled)
            known.push_back(s->text);
        for (std::size_t r : pickBatch(config, round, *model, texts, known, args.step, args.seed + round + 1))
            taken[rest[r]] = true;
    }
    return curve;
}

// The first labelled count whose metric reaches `target` (0 when never).
std::size_t needed(const std::vector<Point> &curve, int m, double target)
{
    for (const Point &p : curve)
        if (metric(p, m) >= target)
            return p.labelled;
    return 0;
}

// The words in the labelled sentences of the round with `labelled` sentences (0 when none).
std::size_t wordsAt(const std::vector<Point> &curve, std::size_t labelled)
{
    for (const Point &p : curve)
        if (p.labelled == labelled)
            return p.words;
    return 0;
}

// Where the curve crosses `target`, linearly interpolated between the last round below it and
// the first at or above it (0 when never): a finer reading than the 200-sentence rounds.
double crossing(const std::vector<Point> &curve, int m, double target)
{
    for (std::size_t i = 0; i < curve.size(); ++i) {
        if (metric(curve[i], m) < target)
            continue;
        if (i == 0)
            return double(curve[0].labelled);
        const double y0 = metric(curve[i - 1], m), y1 = metric(curve[i], m);
        const double x0 = double(curve[i - 1].labelled), x1 = double(curve[i].labelled);
        return x0 + (x1 - x0) * (target - y0) / (y1 - y0);
    }
    return 0.0;
}

std::string csvOf(const std::map<std::string, std::vector<Point>> &curves)
{
    std::ostringstream csv;
    csv << "strategy,labelled,sentiment_accuracy,macro_f1,target_f1,train_seconds,words,opinions\n";
    for (const auto &[name, curve] : curves)
        for (const Point &p : curve)
            csv << name << ',' << p.labelled << ',' << p.accuracy << ',' << p.macroF1 << ',' << p.targetF1 << ','
                << p.seconds << ',' << p.words << ',' << p.opinions << '\n';
    return csv.str();
}

} // namespace

int main(int argc, char **argv)
{
    Args args;
    if (!parseArgs(argc, argv, args)) {
        std::cerr << "usage: bench_active [--corpus FILE] [--strategies SPEC,...] [--out DIR] [--seed S] [--start N] "
                     "[--step N] [--dev-fraction F] [--until-95] [--max-labelled N] [--no-plot]\n"
                     "  SPEC: STRATEGY[+STRATEGY...][:div=T|:div=off][:cold=K][:balanced][:cover][:seed=cover][:per-length]\n";
        return 2;
    }
    ImportResult in = importCorpus(args.corpus);
    if (!in.ok) {
        for (const ImportIssue &i : in.report.issues)
            std::cerr << i.toString() << '\n';
        return 1;
    }
    const auto [trainCorpus, devCorpus] = splitTrainDev(in.corpus, args.devFraction, args.seed);
    const std::vector<const Sentence *> pool = corpusSentences(trainCorpus), dev = corpusSentences(devCorpus);
    std::vector<std::size_t> order(pool.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937_64(args.seed));
    std::vector<std::size_t> seedSet(order.begin(), order.begin() + std::ptrdiff_t(std::min(args.start, pool.size())));
    std::cout << "pool " << pool.size() << " sentences, dev " << dev.size() << " sentences (" << devCorpus.documents.size()
              << " reviews), start " << seedSet.size() << ", +" << args.step << " a round\n";
    std::filesystem::create_directories(args.out);
    const std::string csvPath = args.out + "/curves.csv";
    std::map<std::string, std::vector<Point>> curves;
    std::unique_ptr<BaselineModel> fullModel;
    const Point full = trainAndScore(pool, dev, fullModel);  // pool order: the same model every curve ends on
    fullModel.reset();
    std::printf("full data (%zu sentences): accuracy %.4f  macro-F1 %.4f  target F1 %.4f  (%.1f s)\n", full.labelled,
                full.accuracy, full.macroF1, full.targetF1, full.seconds);
    for (const PickConfig &config : args.configs) {
        const std::string &name = config.name;
        std::vector<std::size_t> start = seedSet;
        if (config.coverSeed) {
            std::vector<std::string> texts;
            for (const Sentence *s : pool)
                texts.push_back(s->text);
            start = pickCoverSeed(texts, seedSet.size(), config.perLength);
        }
        curves[name] = replay(config, pool, start, dev, args, [&](const std::vector<Point> &c) {
            curves[name] = c;
            const Point &p = c.back();
            std::printf("%-34s %5zu labelled (%6zu words, %4zu opinions)  accuracy %.4f  macro-F1 %.4f  target F1 %.4f  "
                        "(%.1f s)\n",
                        name.c_str(), p.labelled, p.words, p.opinions, p.accuracy, p.macroF1, p.targetF1, p.seconds);
            std::fflush(stdout);
            if (!writeFileAtomic(csvPath, csvOf(curves)).isOk())
                std::cerr << "bench_active: cannot write " << csvPath << '\n';
            bool reachedAll = true;
            for (int m = 0; m < 3; ++m)
                reachedAll = reachedAll && needed(c, m, 0.95 * metric(full, m)) > 0;
            return !(args.until95 && reachedAll);
        });
    }
    std::printf("\nfull data (%zu sentences): accuracy %.4f  macro-F1 %.4f  target F1 %.4f\n", full.labelled,
                full.accuracy, full.macroF1, full.targetF1);
    std::printf("sentences needed for 95%% of the full-data score (ratio to random, same run; then the "
                "crossing interpolated between rounds and its ratio; then the words those sentences hold and "
                "their ratio):\n");
    for (int m = 0; m < 3; ++m) {
        const double target = 0.95 * metric(full, m);
        const std::size_t randomNeeds = needed(curves.at("random"), m, target);
        const double randomCross = crossing(curves.at("random"), m, target);
        std::printf("  %s >= %.4f:\n", kMetrics[m], target);
        for (const auto &[name, curve] : curves) {
            const std::size_t n = needed(curve, m, target);
            const double x = crossing(curve, m, target);
            const std::size_t w = wordsAt(curve, n), randomWords = wordsAt(curves.at("random"), randomNeeds);
            std::printf("    %-34s %5zu  (%.2f of random)   interpolated %6.0f  (%.2f)   words %6zu  (%.2f)\n", name.c_str(),
                        n, randomNeeds ? double(n) / double(randomNeeds) : 0.0, x, randomCross > 0 ? x / randomCross : 0.0,
                        w, randomWords ? double(w) / double(randomWords) : 0.0);
        }
    }
    if (args.plot) {
        const std::string cmd = std::string("/usr/bin/python3 '") + MIZAN_BENCH_PLOT + "' '" + args.out + "/curves.png' '" +
                                csvPath + "'";
        if (std::system(cmd.c_str()) != 0)
            std::cerr << "bench_active: plotting failed (needs python3-matplotlib): " << cmd << '\n';
    }
    return 0;
}
