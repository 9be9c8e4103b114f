// mizan train: trains one multi-task model on corpus files.
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "commandsetup.h"
#include "model/modeldir.h"
#include "train/dist/launcher.h"
#include "train/trainer.h"
#include "trainprogress.h"

namespace mizan::cli {
namespace {

struct TrainOptions {
    std::vector<std::string> train, dev, tasks;
    std::string encoder = "builtin", device = "auto", resume, out, logJsonl;
    PresetOverrides preset;
    int threads = 1;
    std::uint64_t seed = 13;
    std::size_t maxSteps = 0;
    int nproc = 1;
    std::string distBackend = "auto", precision = "fp32", distOverlap = "on";
    double distTimeout = 300;
};

// The data-parallel rank this process is, from the launcher's environment.
DistConfig distConfig(const TrainOptions &o)
{
    auto dist = distConfigFromEnvironment([](const char *name) { return std::getenv(name); });
    if (!dist) {
        std::cerr << "mizan train: " << dist.error() << '\n';
        throw CLI::RuntimeError(2);
    }
    dist->backend = o.distBackend;
    dist->timeoutSeconds = o.distTimeout;
    dist->overlap = o.distOverlap == "on";
    return *dist;
}

// A rank other than 0: no progress (rank 0 reports), errors named by rank.
void runQuietRank(Trainer &trainer, int rank)
{
    InterruptTarget<Trainer>::job.store(&trainer);  // Ctrl-C stops every rank at the same step
    auto previous = std::signal(SIGINT, &InterruptTarget<Trainer>::handle);
    auto result = trainer.run();
    std::signal(SIGINT, previous);
    InterruptTarget<Trainer>::job.store(nullptr);
    if (!result) {
        std::cerr << "mizan train (rank " << rank << "): " << result.error() << '\n';
        throw CLI::RuntimeError(1);
    }
}

void runTrain(const TrainOptions &o)
{
    if (o.nproc > 1 && !std::getenv("WORLD_SIZE")) {  // start the ranks; each comes back here
        auto status =
            launchLocalRanks(o.nproc, 30, [](const std::string &m) { std::cerr << "mizan train: " << m << '\n'; });
        if (!status) {
            std::cerr << "mizan train: " << status.error() << '\n';
            throw CLI::RuntimeError(1);
        }
        if (*status != 0)
            throw CLI::RuntimeError(*status);
        return;
    }
    TrainParams params;
    params.preset = loadPresetWithOverrides(o.preset, "train");
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
    params.dist = distConfig(o);
    params.precision = o.precision;

    if (params.dist.rank > 0) {
        Trainer trainer(params);
        runQuietRank(trainer, params.dist.rank);
        return;
    }
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
    cmd->add_option("--tasks", opts->tasks,
                    "Tasks to train (targets, sentiment, categories, target_categories, ner); default: all "
                    "available")
        ->delimiter(',');
    cmd->add_option("--preset", opts->preset.preset, "fast, default, thorough, or a preset .json file");
    cmd->add_option("--epochs", opts->preset.epochs, "Epochs (overrides the preset)");
    cmd->add_option("--max-minutes", opts->preset.maxMinutes,
                    "Time budget in minutes; the schedule is fitted to it (0: none)");
    cmd->add_option("--init-vectors", opts->preset.initVectors,
                    "Start the built-in encoder's word-piece embeddings from a mizan vectors folder (copied into "
                    "the model)");
    cmd->add_option("--batch-size", opts->preset.batchSize, "Examples per batch (overrides the preset)");
    cmd->add_option("--lr", opts->preset.lr, "Encoder learning rate (heads keep the preset's ratio)");
    addDeviceOption(cmd, opts->device);
    cmd->add_option("--threads", opts->threads, "CPU threads for torch (1 is fastest on 2-vCPU machines)")
        ->check(CLI::Range(1, 256));
    cmd->add_option("--seed", opts->seed, "Random seed (data order, initialisation, dev split)");
    cmd->add_option("--max-steps", opts->maxSteps, "Stop after this many updates (resumable)");
    cmd->add_option("--resume", opts->resume, "Continue a previous run from its output directory");
    cmd->add_option("--precision", opts->precision,
                    "fp32; bf16 (autocast, CPU or GPU); fp16 (autocast with loss scaling, GPU); weights stay fp32")
        ->check(CLI::IsMember({"fp32", "bf16", "fp16"}));
    cmd->add_option("--nproc", opts->nproc,
                    "Data-parallel: start this many local ranks (one per GPU, or CPU processes); each takes "
                    "--batch-size examples of every step")
        ->check(CLI::Range(1, 1024));
    cmd->add_option("--dist-backend", opts->distBackend,
                    "auto (NCCL when every rank has a GPU, else Gloo), gloo or nccl")
        ->check(CLI::IsMember({"auto", "gloo", "nccl"}));
    cmd->add_option("--dist-timeout", opts->distTimeout,
                    "Seconds after which a dead or hung rank ends a data-parallel run on every rank")
        ->check(CLI::Range(1.0, 86400.0));
    cmd->add_option("--dist-overlap", opts->distOverlap,
                    "on: gradient buckets are summed over the ranks while backward runs; off: after it")
        ->check(CLI::IsMember({"on", "off"}));
    cmd->add_option("--out", opts->out, "Output directory (model/ = best model, last/ = resume state)")->required();
    cmd->add_option("--log-jsonl", opts->logJsonl, "Write every training event as a JSON line to this file");
    cmd->callback([opts] { runTrain(*opts); });
}

} // namespace mizan::cli
