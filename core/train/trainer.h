#pragma once
// The training engine. Plain C++ with a pimpl: this header never includes torch, so ui/ can
// own a Trainer on a worker thread, feed it a TrainParams, receive events through a
// TrainObserver and stop it with requestStop().
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "train/dist/distconfig.h"
#include "train/events.h"
#include "train/preset.h"

namespace mizan {

struct TrainHooks;

// What a training run is asked to do. Paths are files/directories on disk.
struct TrainParams {
    std::vector<std::string> trainCorpora;  // any format importCorpus reads
    std::vector<std::string> devCorpora;    // empty: a seeded dev split of the train corpora
    double devFraction = 0.1;               // share of documents held out when devCorpora is empty
    // "builtin" (a small BERT from scratch with a vocabulary learned from the training text)
    // or a directory holding a Hugging Face BERT / a `mizan pretrain` output.
    std::string encoder = "builtin";
    // With the builtin encoder: a folder with vocab.txt (and tokenizer_config.json) to use
    // instead of learning a vocabulary from the training text. Empty: learn one.
    std::string vocabDir;
    // Task names to train ("targets", "sentiment", "ner"); empty: every task the corpora
    // support. SemEval files give "targets" (BIO tagging of opinion targets) and "sentiment"
    // (target polarity); CoNLL/BIO files give "ner".
    std::vector<std::string> tasks;
    TrainPreset preset;
    std::string outDir;     // the best model is written here (a checkpoint directory)
    std::string resumeDir;  // a previous run's outDir: continue from its last state
    std::string device = "auto";  // "auto", "cpu", "cuda"
    int threads = 1;              // intra-op CPU threads (1 is fastest on 2-vCPU machines)
    // "fp32"; "bf16" (autocast, CPU or GPU); "fp16" (autocast and loss scaling, GPU only).
    // Weights and optimizer state stay fp32.
    std::string precision = "fp32";
    std::uint64_t seed = 13;
    // Stop (as if cancelled) once this many updates are done in this run; 0: no limit. Used
    // by tests and by the GUI's "train N steps".
    std::size_t maxSteps = 0;
    // A data-parallel run (dist.worldSize > 1): this process is one of its ranks. Each rank
    // takes preset.batchSize examples of every global batch (dist.worldSize x batchSize); rank
    // 0 alone evaluates, saves and reports. A resumed run keeps its global batch.
    DistConfig dist;
};

// What a finished (or stopped) run leaves behind.
struct TrainSummary {
    StopReason reason = StopReason::Completed;
    std::size_t steps = 0;
    double bestScore = 0;
    std::size_t bestStep = 0;
    std::string modelDir;  // the usable model: the best checkpoint, else the latest one
    std::vector<double> losses;  // the loss of every update made in this run, in order
    double seconds = 0;
};

// Trains one multi-task model. Not copyable; run() is called once.
class Trainer {
public:
    explicit Trainer(TrainParams params);
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    // Receives events; not owned, must outlive run(). nullptr: no events.
    void setObserver(TrainObserver *observer);
    // Asks a running run() to stop after the current step; it then saves a usable
    // checkpoint and returns with StopReason::Cancelled. Safe from any thread.
    void requestStop();
    bool stopRequested() const;

    // Runs the whole job on the calling thread: loads the corpora, builds the tasks and the
    // model (or resumes), trains, evaluates, checkpoints. Never throws: every failure
    // (unreadable corpus, bad encoder directory, torch error) is returned as a Status and
    // also reported through onFailed.
    Result<TrainSummary> run();

private:
    friend void setTrainHooks(Trainer &trainer, TrainHooks hooks);  // trainhooks.h, for tests
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::atomic<bool> m_stop{false};
};

} // namespace mizan
