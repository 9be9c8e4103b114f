// mizan vectors: subword skip-gram word vectors (fastText) learned from the user's own text,
// and their nearest neighbours; the baseline reads them with --vectors.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "baseline/baselinemodel.h"
#include "baseline/vectorfeatures.h"
#include "commands.h"
#include "common/outputdir.h"
#include "common/utf8.h"
#include "corpus/corpusfiles.h"
#include "vectors/wordvectors.h"

namespace mizan::cli {
namespace {

struct VectorsCliOptions {
    std::vector<std::string> text, corpus;
    std::string out, dir, word;
    WordVectorOptions vectors;
    int top = 10;
    bool json = false;
};

[[noreturn]] void fail(const std::string &message, int code = 1)
{
    std::cerr << "mizan vectors: " << message << '\n';
    throw CLI::RuntimeError(code);
}

// Every non-blank line of the text files and every sentence of the corpora, normalised as
// the baseline's features are (vectorText()).
std::vector<std::string> trainingLines(const VectorsCliOptions &o)
{
    std::vector<std::string> lines;
    auto add = [&lines](const std::string &raw) {
        std::string t = baseline::vectorText(raw);
        if (!t.empty())
            lines.push_back(std::move(t));
    };
    for (const std::string &path : o.text) {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            fail(path + ": cannot be opened for reading", 2);
        std::string line;
        for (std::size_t n = 1; std::getline(in, line); ++n) {
            if (const auto bad = utf8::findInvalid(line))
                fail(path + ":" + std::to_string(n) + ":" + std::to_string(bad->codePoint + 1) +
                         ": invalid UTF-8 at byte " + std::to_string(bad->byteOffset) + ": expected UTF-8 text",
                     2);
            add(line);
        }
        if (in.bad())
            fail(path + ": read error", 2);
    }
    auto corpora = importCorpora(o.corpus);
    if (!corpora)
        fail(corpora.error(), 2);
    for (const Corpus &c : *corpora)
        for (const Document &d : c.documents)
            for (const Sentence &s : d.sentences)
                add(s.text);
    return lines;
}

void runTrain(const VectorsCliOptions &o)
{
    if (o.text.empty() && o.corpus.empty())
        fail("give --text FILE... and/or --corpus FILE...", 2);
    std::vector<std::string> inputs = o.text;
    inputs.insert(inputs.end(), o.corpus.begin(), o.corpus.end());
    if (Status st = checkOutputDir(o.out, inputs); !st)
        fail(st.message(), 2);
    const std::vector<std::string> lines = trainingLines(o);
    if (Status st = markOutputDir(o.out); !st)
        fail(st.message());
    WordVectorOptions options = o.vectors;
    options.normalisation = baseline::kVectorNormalisation;
    std::cerr << "mizan vectors: learning from " << lines.size() << " lines\n";
    auto trained = WordVectors::train(lines, options, o.out, inputs);
    if (!trained)
        fail(trained.error());
    std::cerr << "mizan vectors: " << trained->words() << " words, " << trained->dim() << " dimensions, "
              << static_cast<int>(trained->trainSeconds() + 0.5) << " s\n";
    std::cout << o.out << '\n';
}

void runNeighbours(const VectorsCliOptions &o)
{
    auto vectors = WordVectors::load(o.dir);
    if (!vectors)
        fail(vectors.error(), 2);
    if (const auto bad = utf8::findInvalid(o.word))
        fail("the word: invalid UTF-8 at byte " + std::to_string(bad->byteOffset) + ": expected UTF-8 text", 2);
    const std::string word = baseline::vectorText(o.word);
    const auto found = vectors->neighbours(word, o.top);
    if (o.json) {
        nlohmann::json out = {{"word", word}, {"in_vocabulary", vectors->inVocabulary(word)}, {"neighbours", {}}};
        for (const auto &[w, score] : found)
            out["neighbours"].push_back({{"word", w}, {"cosine", score}});
        std::cout << out.dump() << '\n';
        return;
    }
    for (const auto &[w, score] : found)
        std::cout << w << '\t' << score << '\n';
}

} // namespace

void addBaselineVectorOptions(CLI::App &cmd, BaselineOptions &options)
{
    cmd.add_option("--vectors", options.vectors,
                   "Word vectors folder (mizan vectors train): cluster features for the taggers and dense "
                   "sentence / target / window inputs for the sentiment head");
    cmd.add_flag("--vector-tagger", options.vectorTagger, "With --vectors: the taggers' cluster features "
                                                          "(default; =false: off)");
    cmd.add_flag("--vector-sentiment", options.vectorSentiment,
                 "With --vectors: the sentiment head's dense inputs (default; =false: off)");
    cmd.add_option("--vector-scale", options.vectorScale, "With --vectors: length of each dense input")
        ->check(CLI::Range(0.001, 1000.0));
    cmd.add_option("--rare-neighbours", options.rareNeighbours,
                   "With --vectors: a rare or unseen word also gets the features of this many nearest "
                   "frequent training words (0: off, the default)")
        ->check(CLI::Range(0, 100));
    cmd.add_option("--rare-count", options.rareCount,
                   "With --rare-neighbours: words seen fewer times in training are rare (default 2)")
        ->check(CLI::Range(1, 1000000));
    cmd.add_flag("--neighbour-tagger", options.neighbourTagger,
                 "With --rare-neighbours: in the taggers' features (default; =false: off)");
    cmd.add_flag("--neighbour-sentiment", options.neighbourSentiment,
                 "With --rare-neighbours: in the sentiment head's word bags (default; =false: off)");
}

void addVectorsCommand(CLI::App &app)
{
    auto o = std::make_shared<VectorsCliOptions>();
    CLI::App *cmd = app.add_subcommand("vectors", "Word vectors (fastText subword skip-gram) from your own text");
    cmd->require_subcommand(1);
    CLI::App *train = cmd->add_subcommand("train", "Learn word vectors from text files and corpora");
    train->add_option("--text", o->text, "UTF-8 text files, one item per line");
    train->add_option("--corpus", o->corpus, "Corpus files whose sentences are added");
    train->add_option("--out", o->out, "Output folder (vectors.bin, vectors.json)")->required();
    train->add_option("--dim", o->vectors.dim, "Dimensions")->check(CLI::Range(2, 1024));
    train->add_option("--minn", o->vectors.minn, "Shortest character n-gram")->check(CLI::Range(1, 10));
    train->add_option("--maxn", o->vectors.maxn, "Longest character n-gram")->check(CLI::Range(1, 10));
    train->add_option("--epochs", o->vectors.epoch, "Passes over the text")->check(CLI::Range(1, 100));
    train->add_option("--min-count", o->vectors.minCount, "Words seen fewer times get no row of their own")
        ->check(CLI::Range(1, 1000000));
    train->add_option("--buckets", o->vectors.buckets, "Hashed character n-gram rows")
        ->check(CLI::Range(1000, 10000000));
    train->add_option("--threads", o->vectors.threads, "Training threads")->check(CLI::Range(1, 256));
    train->add_option("--seed", o->vectors.seed, "Seed")->check(CLI::Range(0, 1 << 30));
    train->add_option("--sampling", o->vectors.sampling, "Frequent-word skipping threshold (1: keep every word)")
        ->check(CLI::Range(1e-8, 1.0));
    train->callback([o] { runTrain(*o); });
    CLI::App *nn = cmd->add_subcommand("neighbours", "The words whose vectors are closest to a word's");
    nn->add_option("dir", o->dir, "Folder written by mizan vectors train")->required();
    nn->add_option("word", o->word, "The word (normalised as the baseline's features are)")->required();
    nn->add_option("--top", o->top, "How many")->check(CLI::Range(1, 1000));
    nn->add_flag("--json", o->json, "One JSON object");
    nn->callback([o] { runNeighbours(*o); });
}

} // namespace mizan::cli
