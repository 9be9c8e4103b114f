#pragma once
// INTERNAL to core/train (torch): what a run reads before it builds anything: the device, the
// text settings of the preset, the corpora and, per task, its train and dev sentences (a
// seeded dev split of the train corpora when no dev corpus is given).
#include <torch/torch.h>

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corpus/corpus.h"
#include "train/baselinerun.h"
#include "train/runcontext.h"
#include "tasks/taskdata.h"
#include "rundir/rundir.h"

namespace mizan {

struct TaskSource {
    TaskKind kind = TaskKind::Tagging;
    std::vector<const Sentence *> train, dev;
    // Preset ensemble_baseline "auto": the training reviews held out of `train` to choose the
    // blend weight on (kBlendHoldoutFraction of each opinion corpus, seeded, by review); the
    // final baseline learns from them too.
    std::vector<const Sentence *> heldOut;
    // With a hold-out: `train` and `heldOut` together, in the corpus's order (what the final
    // baseline learns from); empty otherwise.
    std::vector<const Sentence *> wholeTrain;
};

// The share of an opinion corpus's training reviews held out to choose the blend weight, and
// the fewest training reviews a corpus needs before any are held out.
constexpr double kBlendHoldoutFraction = 0.1;
constexpr std::size_t kBlendHoldoutMinReviews = 3;
using TaskSources = std::map<std::string, TaskSource>;

// The corpora and their train/dev parts; the sources point into them, so they never move.
struct RunCorpora {
    std::vector<Corpus> train, dev;
    std::deque<Corpus> splits;
    TaskSources sources;
};

struct RunInputs {
    torch::Device device{torch::kCPU};
    TextSettings text;  // from the preset; a resumed run reads its own back
    std::unique_ptr<const RunCorpora> corpora;
};

// Checks the parameters, picks the device, sets the CPU threads and the seed, creates the
// output folder and reads the corpora. Throws JobError naming what is wrong.
RunInputs prepareRun(const RunContext &ctx);

// The sentences the linear baseline learns from: opinion targets and polarity from the tasks
// that have them, entities from the other tagging tasks; each sentence once. The held-out
// sentences count as training sentences unless `withHeldOut` is false (the auxiliary baseline
// the blend weight is chosen with).
BaselineRunData baselineRunData(const TaskSources &sources, bool withHeldOut = true);

// Trains the linear baseline on the run's split, saves it in `dir`, puts its dev metrics in
// `metrics` and logs them. Returns false when the sources give it nothing to learn.
bool trainRunBaseline(const RunContext &ctx, const TaskSources &sources, const std::string &dir,
                      std::optional<TaskReports> &metrics);

} // namespace mizan
