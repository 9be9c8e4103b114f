// mizan-vocab: learns a unigram or BPE subword vocabulary from corpus text with SentencePiece
// and writes it as a WordPiece vocab.txt (plus the raw spm.model and a tokenizer_config.json),
// so one HF-compatible WordPiece tokenizer serves the built-in model. core/tokenize runs it as
// a child process because sentencepiece cannot share a process with libtorch.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include <CLI/CLI.hpp>
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include "common/atomicfile.h"
#include "common/utf8.h"
#include "spmtowordpiece.h"
#include "tokenize/tokenizerconfig.h"
#include "tokenize/wordpiece.h"

namespace {

namespace fs = std::filesystem;
using namespace mizan;

struct Failure {
    std::string message;
};

// Feeds the pre-tokenized sentences to the SentencePiece trainer without a temporary file.
class VectorIterator : public sentencepiece::SentenceIterator {
public:
    explicit VectorIterator(const std::vector<std::string> &lines) : m_lines(lines) {}
    bool done() const override { return m_index >= m_lines.size(); }
    void Next() override { ++m_index; }
    const std::string &value() const override { return m_lines[m_index]; }
    sentencepiece::util::Status status() const override { return {}; }

private:
    const std::vector<std::string> &m_lines;
    std::size_t m_index = 0;
};

// Each line split into BERT basic words (the words WordPiece will see), joined by spaces.
std::vector<std::string> readCorpus(const std::vector<std::string> &files, const WordPieceTokenizer &basic)
{
    std::vector<std::string> lines;
    for (const std::string &file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw Failure{file + ": cannot open (expected a readable UTF-8 text file)"};
        std::string line;
        std::size_t lineNo = 0;
        while (std::getline(in, line)) {
            ++lineNo;
            if (auto bad = utf8::findInvalid(line))
                throw Failure{file + ":" + std::to_string(lineNo) + ":" + std::to_string(bad->codePoint + 1)
                              + ": invalid UTF-8 (expected UTF-8 text)"};
            std::string joined;
            for (const Token &t : basic.basicTokenize(line)) {
                if (!joined.empty())
                    joined += ' ';
                joined += t.text;
            }
            if (!joined.empty())
                lines.push_back(std::move(joined));
        }
        if (in.bad())
            throw Failure{file + ": read error"};
    }
    return lines;
}

// A seeded uniform sample of `count` lines, in their original order.
void sample(std::vector<std::string> &lines, std::size_t count)
{
    if (count == 0 || lines.size() <= count)
        return;
    std::mt19937_64 rng(20240805);
    std::vector<std::size_t> idx(lines.size());
    for (std::size_t i = 0; i < idx.size(); ++i)
        idx[i] = i;
    std::shuffle(idx.begin(), idx.end(), rng);
    idx.resize(count);
    std::sort(idx.begin(), idx.end());
    std::vector<std::string> kept;
    kept.reserve(count);
    for (std::size_t i : idx)
        kept.push_back(std::move(lines[i]));
    lines.swap(kept);
}

void run(const std::vector<std::string> &inputs, const std::string &outDir, std::size_t vocabSize,
         const std::string &modelType, bool lower, int threads, std::size_t maxSentences)
{
    TokenizerConfig config;
    config.doLowerCase = lower;
    Result<WordPieceTokenizer> basic =
        WordPieceTokenizer::create(Vocab({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}), config);
    if (!basic)
        throw Failure{basic.error()};
    std::vector<std::string> lines = readCorpus(inputs, *basic);
    if (lines.empty())
        throw Failure{"the input files hold no text"};
    sample(lines, maxSentences);

    std::error_code ec;
    fs::create_directories(outDir, ec);
    if (ec)
        throw Failure{outDir + ": cannot create folder: " + ec.message()};
    const std::string prefix = (fs::path(outDir) / "spm").string();
    const std::unordered_map<std::string, std::string> args{
        {"model_prefix", prefix},
        {"model_type", modelType},
        {"vocab_size", std::to_string(vocabSize)},
        {"hard_vocab_limit", "false"},       // a small corpus gets a smaller vocabulary, not an error
        {"character_coverage", "1.0"},       // every character seen gets a piece: no [UNK] from rare letters
        {"normalization_rule_name", "identity"},  // the WordPiece tokenizer does its own normalisation
        {"split_by_whitespace", "true"},
        {"unk_id", "0"}, {"bos_id", "-1"}, {"eos_id", "-1"}, {"pad_id", "-1"},
        {"num_threads", std::to_string(threads)},
        {"minloglevel", "1"},
    };
    VectorIterator it(lines);
    const auto status = sentencepiece::SentencePieceTrainer::Train(args, &it);
    if (!status.ok())
        throw Failure{"SentencePiece training failed: " + std::string(status.ToString())};

    sentencepiece::SentencePieceProcessor sp;
    if (const auto s = sp.Load(prefix + ".model"); !s.ok())
        throw Failure{prefix + ".model: cannot load: " + std::string(s.ToString())};
    std::vector<std::string> pieces;
    for (int id = 0; id < sp.GetPieceSize(); ++id) {
        if (!sp.IsControl(id) && !sp.IsUnknown(id) && !sp.IsUnused(id))
            pieces.push_back(sp.IdToPiece(id));
    }
    const Vocab vocab(vocabtool::spmPiecesToWordPiece(pieces));
    const std::string vocabPath = (fs::path(outDir) / "vocab.txt").string();
    if (Status s = writeFileAtomic(vocabPath, vocab.toText()); !s)
        throw Failure{s.message()};
    const std::string configPath = (fs::path(outDir) / "tokenizer_config.json").string();
    if (Status s = writeFileAtomic(configPath, tokenizerConfigToJson(config)); !s)
        throw Failure{s.message()};
    std::cout << "mizan-vocab: " << lines.size() << " sentences, " << modelType << ", "
              << pieces.size() << " SentencePiece pieces -> " << vocab.size() << " WordPiece entries in "
              << vocabPath << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app{"mizan-vocab: learn a subword vocabulary (SentencePiece) and write it as WordPiece vocab.txt",
                 "mizan-vocab"};
    std::vector<std::string> inputs;
    std::string outDir;
    std::size_t vocabSize = 16000;
    std::string modelType = "unigram";
    bool lower = false;
    int threads = 1;
    std::size_t maxSentences = 0;
    app.add_option("inputs", inputs, "UTF-8 text files, one sentence per line")->required()->check(CLI::ExistingFile);
    app.add_option("--output,-o", outDir, "output folder (vocab.txt, spm.model, tokenizer_config.json)")->required();
    app.add_option("--vocab-size", vocabSize, "SentencePiece vocabulary size")->check(CLI::Range(8, 1000000));
    app.add_option("--model-type", modelType, "unigram or bpe")->check(CLI::IsMember({"unigram", "bpe"}));
    app.add_flag("--lower", lower, "lower-case and strip accents (do_lower_case=true)");
    app.add_option("--threads", threads, "training threads")->check(CLI::Range(1, 256));
    app.add_option("--max-sentences", maxSentences, "use a seeded sample of this many lines (0: all)");
    CLI11_PARSE(app, argc, argv);
    try {
        run(inputs, outDir, vocabSize, modelType, lower, threads, maxSentences);
    } catch (const Failure &f) {
        std::cerr << "mizan-vocab: " << f.message << '\n';
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "mizan-vocab: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
