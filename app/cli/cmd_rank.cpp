// mizan rank --model DIR --corpus FILE... --strategy S --top N [--json]: the sentences to
// annotate next, most useful first, with their scores (active learning). Candidates are the
// unannotated sentences by default (--pool). Exit status 0, 1 when a file or the model cannot
// be read or the strategy does not fit the model, 2 on a usage error.
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "annotation/predictorsignals.h"
#include "annotation/ranker.h"
#include "commands.h"
#include "corpus/corpusio.h"

namespace mizan::cli {
namespace {

struct RankCliOptions {
    std::string model;
    std::vector<std::string> corpora;
    std::string strategy = "entropy";
    std::string pool = "unannotated";
    std::size_t top = 20;
    std::uint64_t seed = 13;
    double diversity = 0.5;
    int threads = 1;
    bool json = false;
};

std::string strategyNames()
{
    std::string names;
    for (RankStrategy s : allRankStrategies())
        names += (names.empty() ? "" : ", ") + std::string(rankStrategyName(s));
    return names;
}

[[noreturn]] void fail(const std::string &message, int code)
{
    std::cerr << "mizan rank: " << message << '\n';
    throw CLI::RuntimeError(code);
}

void runRank(const RankCliOptions &opt)
{
    RankOptions options;
    if (auto s = parseRankStrategy(opt.strategy))
        options.strategy = *s;
    else
        fail("unknown --strategy \"" + opt.strategy + "\" (expected " + strategyNames() + ")", 2);
    if (auto p = parseRankPool(opt.pool))
        options.pool = *p;
    else
        fail("unknown --pool \"" + opt.pool + "\" (expected unannotated, unreviewed or all)", 2);
    options.top = opt.top;
    options.seed = opt.seed;
    options.diversityThreshold = opt.diversity;
    if (opt.model.empty() && options.strategy != RankStrategy::Random)
        fail("--model is needed for the " + opt.strategy + " strategy", 2);
    std::vector<Corpus> corpora;
    for (const std::string &path : opt.corpora) {
        ImportResult r = importCorpus(path);
        for (const ImportIssue &i : r.report.issues)
            std::cerr << i.toString() << '\n';
        if (!r.ok)
            throw CLI::RuntimeError(1);
        corpora.push_back(std::move(r.corpus));
    }
    std::unique_ptr<PredictorSignals> source;
    if (!opt.model.empty()) {
        auto loaded = PredictorSignals::load(opt.model, opt.threads);
        if (!loaded)
            fail(loaded.error(), 1);
        source = std::move(*loaded);
    }
    std::vector<const Corpus *> pointers;
    std::size_t candidates = 0;
    for (const Corpus &c : corpora) {
        pointers.push_back(&c);
        for (const Document &d : c.documents)
            for (const Sentence &s : d.sentences)
                candidates += inRankPool(s, options.pool) ? 1 : 0;
    }
    if (candidates == 0)
        std::cerr << "mizan rank: warning: no " << rankPoolName(options.pool)
                  << " sentences to rank (try --pool unreviewed or --pool all)\n";
    auto ranked = rankCorpora(pointers, source.get(), options);
    if (!ranked)
        fail(ranked.error(), 1);
    if (opt.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const RankedSentence &r : *ranked)
            list.push_back({{"file", opt.corpora[r.corpus]},
                            {"id", r.id},
                            {"score", r.score},
                            {"document", r.document},
                            {"sentence", r.sentence},
                            {"text", r.text}});
        nlohmann::ordered_json j = {{"strategy", opt.strategy},
                                    {"pool", rankPoolName(options.pool)},
                                    {"candidates", candidates},
                                    {"sentences", list}};
        std::cout << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
        return;
    }
    std::cout << ranked->size() << " of " << candidates << " " << rankPoolName(options.pool) << " sentences by "
              << opt.strategy << " (higher = more useful to annotate):\n";
    std::size_t rank = 0;
    for (const RankedSentence &r : *ranked)
        std::cout << std::setw(4) << ++rank << "  " << std::fixed << std::setprecision(4) << r.score << "  " << r.id
                  << "  " << r.text << '\n';
}

} // namespace

void addRankCommand(CLI::App &app)
{
    auto opt = std::make_shared<RankCliOptions>();
    CLI::App *cmd =
        app.add_subcommand("rank", "Rank sentences to annotate next by the model's uncertainty (active learning)");
    cmd->add_option("--model", opt->model, "Model folder: a training run, a checkpoint or a linear baseline");
    cmd->add_option("--corpus", opt->corpora, "Corpus files to pick sentences from")->required()->expected(1, -1);
    cmd->add_option("--strategy", opt->strategy,
                    "random, least-confidence, margin, entropy, span-posterior, token-entropy")
        ->capture_default_str();
    cmd->add_option("--top", opt->top, "How many sentences (0 = all)")->capture_default_str();
    cmd->add_option("--pool", opt->pool, "Candidates: unannotated, unreviewed or all")->capture_default_str();
    cmd->add_option("--seed", opt->seed, "Seed of the random strategy")->capture_default_str();
    cmd->add_option("--diversity", opt->diversity,
                    "Character 4-gram Jaccard similarity from which two picks count as near-duplicates (> 1: off)")
        ->check(CLI::Range(0.0, 2.0))
        ->capture_default_str();
    cmd->add_option("--threads", opt->threads, "torch threads")->check(CLI::Range(1, 256));
    cmd->add_flag("--json", opt->json, "Print one JSON object");
    cmd->callback([opt] {
        try {
            runRank(*opt);
        } catch (const CLI::Error &) {
            throw;
        } catch (const std::exception &e) {
            std::cerr << "mizan rank: " << e.what() << '\n';
            throw CLI::RuntimeError(1);
        }
    });
}

} // namespace mizan::cli
