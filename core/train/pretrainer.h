#pragma once
// Masked-LM pre-training of the built-in encoder on the user's own unlabeled text (reviews,
// tweets, the corpus sentences themselves), before fine-tuning with `mizan train --encoder DIR`.
// Torch-free header (pimpl), events through the same TrainObserver as the Trainer.
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "train/events.h"
#include "train/preset.h"

namespace mizan {

struct PretrainParams {
    std::vector<std::string> textFiles;    // UTF-8 text, one item per line
    std::vector<std::string> corpusFiles;  // corpora whose sentence texts are added (any importable format)
    std::string outDir;  // written in Hugging Face BERT layout (+ mizan_text.json)
    // Encoder size, vocabulary size, text settings, batch size, encoderLr, epochs, warm-up,
    // max_minutes (the schedule is fitted to it) and max_length come from the preset.
    TrainPreset preset;
    std::size_t maxLines = 0;  // 0: every line; else a seeded sample of this many
    double maskProbability = 0.15;
    std::string device = "auto";
    int threads = 1;
    std::uint64_t seed = 13;
};

struct PretrainSummary {
    std::size_t steps = 0;
    std::size_t lines = 0;
    double seconds = 0;
    double lastLoss = 0;  // mean MLM loss over the last 50 updates
    std::string outDir;
};

class Pretrainer {
public:
    explicit Pretrainer(PretrainParams params);
    ~Pretrainer();
    Pretrainer(const Pretrainer &) = delete;
    Pretrainer &operator=(const Pretrainer &) = delete;

    void setObserver(TrainObserver *observer);  // not owned
    // Stops after the current step; the encoder trained so far is still written out.
    void requestStop();

    // Learns a vocabulary from the text, pre-trains, writes outDir. Never throws; failures
    // (unreadable file, no text, vocabulary tool missing, torch error) come back as a Status.
    Result<PretrainSummary> run();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::atomic<bool> m_stop{false};
};

} // namespace mizan
