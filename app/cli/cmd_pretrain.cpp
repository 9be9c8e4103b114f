// mizan pretrain: masked-LM pre-training of the built-in encoder on unlabeled text.
#include <iostream>

#include "commands.h"
#include "commandsetup.h"
#include "train/pretrainer.h"
#include "trainprogress.h"

namespace mizan::cli {
namespace {

struct PretrainOptions {
    std::vector<std::string> text, corpus;
    std::string out, device = "auto", logJsonl;
    PresetOverrides preset;
    int threads = 1;
    std::size_t maxLines = 0;
    std::uint64_t seed = 13;
};

void runPretrain(const PretrainOptions &o)
{
    const TrainPreset preset = loadPresetWithOverrides(o.preset, "pretrain");
    if (o.text.empty() && o.corpus.empty()) {
        std::cerr << "mizan pretrain: give --text FILE... and/or --corpus FILE...\n";
        throw CLI::RuntimeError(2);
    }
    PretrainParams params;
    params.preset = preset;
    params.textFiles = o.text;
    params.corpusFiles = o.corpus;
    params.outDir = o.out;
    params.maxLines = o.maxLines;
    params.device = o.device;
    params.threads = o.threads;
    params.seed = o.seed;
    Pretrainer pretrainer(params);
    auto result = runWithProgress(pretrainer, o.logJsonl, "mizan pretrain");
    std::cout << result->outDir << '\n';
}

} // namespace

void addPretrainCommand(CLI::App &app)
{
    auto opts = std::make_shared<PretrainOptions>();
    CLI::App *cmd = app.add_subcommand(
        "pretrain",
        "Masked-LM pre-training of the built-in encoder on unlabeled text (then: mizan train --encoder DIR)");
    cmd->add_option("--text", opts->text, "UTF-8 text files, one item per line");
    cmd->add_option("--corpus", opts->corpus, "Corpus files whose sentences are added (e.g. SemEval SB1 and SB2)");
    cmd->add_option("--out", opts->out, "Output directory (Hugging Face BERT layout)")->required();
    cmd->add_option("--preset", opts->preset.preset,
                    "Encoder size and text settings: fast, default, thorough, or a .json file");
    cmd->add_option("--max-minutes", opts->preset.maxMinutes, "Time budget; the schedule is fitted to it");
    cmd->add_option("--max-lines", opts->maxLines, "Use a seeded sample of this many lines (0: all)");
    cmd->add_option("--epochs", opts->preset.epochs, "Passes over the text");
    cmd->add_option("--batch-size", opts->preset.batchSize, "Sequences per batch");
    cmd->add_option("--lr", opts->preset.lr, "Peak learning rate");
    addDeviceOption(cmd, opts->device);
    cmd->add_option("--threads", opts->threads, "CPU threads")->check(CLI::Range(1, 256));
    cmd->add_option("--seed", opts->seed, "Random seed");
    cmd->add_option("--log-jsonl", opts->logJsonl, "Write every event as a JSON line to this file");
    cmd->callback([opts] { runPretrain(*opts); });
}

} // namespace mizan::cli
