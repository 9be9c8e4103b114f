#pragma once
// INTERNAL to core/train: the linear baseline trained beside a transformer run (or alone, for
// --encoder baseline) on the run's own train split, saved, and scored on its dev split.
#include <atomic>
#include <string>
#include <vector>

#include <optional>

#include "baseline/baselinemodel.h"
#include "eval/evalreport.h"
#include "corpus/corpus.h"

namespace mizan {

struct BaselineRunData {
    // Sentences annotated for opinion targets / polarity, and for entities.
    std::vector<const Sentence *> opinionTrain, entityTrain, opinionDev, entityDev;
};

struct BaselineRun {
    bool trained = false;  // false: the data has nothing it can learn
    std::optional<TaskReports> metrics;  // dev metrics, none without dev data
    std::string summary;     // "baseline on dev: ..." for the run's log, empty without dev data
};

// Trains, saves in `dir` and scores each part on its own dev sentences (opinions on the
// opinion corpora, entities on the entity corpora). Throws JobError when training is cancelled
// or fails, or the folder cannot be written.
BaselineRun runBaseline(const BaselineRunData &data, const BaselineOptions &options, const std::string &dir,
                        const std::atomic<bool> *stop);

} // namespace mizan
