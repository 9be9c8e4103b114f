// mizan train: trains one multi-task model on corpus files.
#include <iostream>
#include <sstream>

#include "commands.h"
#include "model/modeldir.h"
#include "train/trainer.h"
#include "trainprogress.h"

namespace mizan::cli {
namespace {

struct TrainOptions {
    std::vector<std::string> train, dev, tasks;
    std::string encoder = "builtin", preset = "default", device = "auto", resume, out, logJsonl;
    int epochs = 0, batchSize = 0, threads = 1;
    double maxMinutes = -1, lr = 0;
    std::uint64_t seed = 13;
    std::size_t maxSteps = 0;
};

void runTrain(const TrainOptions &o)
{
    auto preset = loadPreset(o.preset, presetSearchDirs());
    if (!preset) {
        std::cerr << "mizan train: " << preset.error() << '\n';
        throw CLI::RuntimeError(2);
    }
    TrainParams params;
    params.preset = *preset;
    if (o.epochs > 0)
        params.preset.epochs = o.epochs;
    if (o.batchSize > 0)
        params.preset.batchSize = o.batchSize;
    if (o.maxMinutes >= 0)
        params.preset.maxMinutes = o.maxMinutes;
    overrideLearningRate(params.preset, o.lr);
    params.trainCorpora = o.train;
    params.devCorpora = o.dev;
    params.tasks = o.tasks;
    params.encoder = o.encoder;
    params.outDir = o.out;
    params.resumeDir = o.resume;
    params.device = o.device;
    params.threads = o.threads;
    params.seed = o.seed;
    params.maxSteps = o.maxSteps;

    if (o.encoder != "builtin" && o.encoder != "baseline" && o.resume.empty()) {
        // Say once what the folder holds (format, family, size) and what to be aware of.
        if (auto info = inspectHfBertDirectory(o.encoder)) {
            std::cerr << "mizan train: encoder " << o.encoder << ": " << hfEncoderSummary(*info) << '\n';
            for (const auto &note : hfEncoderNotes(*info))
                std::cerr << "mizan train: " << note << '\n';
        }
    }
    Trainer trainer(params);
    auto result = runWithProgress(trainer, o.logJsonl, "mizan train");
    if (result->reason == StopReason::TooManyBadSteps) {
        std::cerr << "mizan train: stopped after repeated NaN/Inf losses; the last good checkpoint is in "
                  << result->modelDir << '\n';
        throw CLI::RuntimeError(3);
    }
    std::cout << result->modelDir << '\n';
}

} // namespace

void addTrainCommand(CLI::App &app)
{
    auto opts = std::make_shared<TrainOptions>();
    CLI::App *cmd = app.add_subcommand("train", "Train a multi-task model (targets, sentiment, NER) on corpus files");
    cmd->add_option("--train", opts->train, "Training corpus files (SemEval XML, CoNLL, JSONL)")->required();
    cmd->add_option("--dev", opts->dev, "Dev corpus files (default: a seeded 10% of the training documents)");
    cmd->add_option("--encoder", opts->encoder,
                    "builtin (a small BERT from scratch), or a Hugging Face BERT / `mizan pretrain` directory");
    cmd->add_option("--tasks", opts->tasks, "Tasks to train (targets, sentiment, ner); default: all available")
        ->delimiter(',');
    cmd->add_option("--preset", opts->preset, "fast, default, thorough, or a preset .json file");
    cmd->add_option("--epochs", opts->epochs, "Epochs (overrides the preset)");
    cmd->add_option("--max-minutes", opts->maxMinutes, "Time budget in minutes; the schedule is fitted to it (0: none)");
    cmd->add_option("--batch-size", opts->batchSize, "Examples per batch (overrides the preset)");
    cmd->add_option("--lr", opts->lr, "Encoder learning rate (heads keep the preset's ratio)");
    cmd->add_option("--device", opts->device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    cmd->add_option("--threads", opts->threads, "CPU threads for torch (1 is fastest on 2-vCPU machines)")
        ->check(CLI::Range(1, 256));
    cmd->add_option("--seed", opts->seed, "Random seed (data order, initialisation, dev split)");
    cmd->add_option("--max-steps", opts->maxSteps, "Stop after this many updates (resumable)");
    cmd->add_option("--resume", opts->resume, "Continue a previous run from its output directory");
    cmd->add_option("--out", opts->out, "Output directory (model/ = best model, last/ = resume state)")->required();
    cmd->add_option("--log-jsonl", opts->logJsonl, "Write every training event as a JSON line to this file");
    cmd->callback([opts] { runTrain(*opts); });
}

} // namespace mizan::cli
