#include "train/runinputs.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "common/outputdir.h"
#include "corpus/corpusfiles.h"
#include "corpus/datasplit.h"
#include "runtime/cputhreads.h"
#include "runtime/device.h"
#include "text/normalizer.h"
#include "train/dist/distgroup.h"
#include "train/jobguard.h"
#include "train/precision.h"

namespace mizan {

namespace {

namespace fs = std::filesystem;

std::vector<Corpus> loadCorpora(const std::vector<std::string> &paths)
{
    auto corpora = importCorpora(paths);
    if (!corpora)
        throw JobError(corpora.status().code(), corpora.error());
    return std::move(*corpora);
}

void addSentences(const Corpus &corpus, std::vector<const Sentence *> &to)
{
    for (const Document &d : corpus.documents)
        for (const Sentence &s : d.sentences)
            to.push_back(&s);
}

// Another seed than the dev split's, so the held-out reviews are not the dev reviews' neighbours
// in hash order.
constexpr std::uint64_t kHoldoutSeed = 0xB1E4D5EEDull;

// Whether a corpus with these tasks gives reviews to choose the blend weight on: preset
// ensemble_baseline "auto" in a transformer run that classifies target polarity.
bool holdsOut(const TrainParams &params, const std::vector<std::pair<std::string, TaskKind>> &tasks)
{
    const TrainPreset &p = params.preset;
    if (!p.ensembleBaselineAuto || !p.baseline || params.encoder == "baseline")
        return false;
    return std::any_of(tasks.begin(), tasks.end(), [&](const auto &t) {
        return t.second == TaskKind::TargetSentiment &&
               (params.tasks.empty() ||
                std::find(params.tasks.begin(), params.tasks.end(), t.first) != params.tasks.end());
    });
}

// Task name -> kind and train/dev sentences, over every corpus.
void collectSources(const TrainParams &params, RunCorpora &c)
{
    auto wanted = [&](const std::string &name) {
        return params.tasks.empty() || std::find(params.tasks.begin(), params.tasks.end(), name) != params.tasks.end();
    };
    for (const Corpus &corpus : c.train) {
        // By review (document); a corpus of one document (CoNLL without -DOCSTART-) by sentence.
        const Corpus *trainPart = &corpus;
        const Corpus *devPart = nullptr;
        if (c.dev.empty()) {
            auto [tr, dv] = splitTrainDev(corpus, params.devFraction, params.seed);
            c.splits.push_back(std::move(tr));
            trainPart = &c.splits.back();
            c.splits.push_back(std::move(dv));
            devPart = &c.splits.back();
        }
        const auto tasks = availableTasks(corpus);
        const Corpus *heldPart = nullptr;
        const Corpus *wholePart = trainPart;
        if (holdsOut(params, tasks) && trainPart->documents.size() >= kBlendHoldoutMinReviews) {
            auto [tr, held] = splitTrainDev(*trainPart, kBlendHoldoutFraction, params.seed ^ kHoldoutSeed);
            c.splits.push_back(std::move(tr));
            trainPart = &c.splits.back();
            c.splits.push_back(std::move(held));
            heldPart = &c.splits.back();
        }
        for (const auto &[name, kind] : tasks) {
            if (!wanted(name))
                continue;
            TaskSource &src = c.sources.emplace(name, TaskSource{kind, {}, {}, {}, {}}).first->second;
            addSentences(*trainPart, src.train);
            if (devPart)
                addSentences(*devPart, src.dev);
            if (heldPart) {
                addSentences(*heldPart, src.heldOut);
                addSentences(*wholePart, src.wholeTrain);
            }
        }
    }
    for (const Corpus &corpus : c.dev)
        for (const auto &[name, kind] : availableTasks(corpus)) {
            auto it = c.sources.find(name);
            if (it != c.sources.end())
                addSentences(corpus, it->second.dev);
        }
    for (const auto &name : params.tasks)
        if (!c.sources.count(name))
            throw JobError(ErrorCode::InvalidArgument,
                           "task '" + name + "' is not available in the training corpora "
                           "(SemEval files give targets, sentiment and categories, CoNLL files give ner)");
    if (c.sources.empty())
        throw JobError(ErrorCode::InvalidArgument,
                       "the training corpora have nothing to learn (no opinion targets and no entity spans)");
}

// The run folder: never one of the user's folders, never inside or around an input.
void checkRunFolder(const TrainParams &params)
{
    std::vector<std::string> inputs = params.trainCorpora;
    inputs.insert(inputs.end(), params.devCorpora.begin(), params.devCorpora.end());
    if (params.encoder != "builtin" && params.encoder != "baseline")
        inputs.push_back(params.encoder);
    inputs.push_back(params.vocabDir);
    Status st = checkOutputDir(params.outDir, inputs);
    if (st)
        st = markOutputDir(params.outDir);
    if (!st)
        throw JobError(st.code(), st.message());
}

} // namespace

RunInputs prepareRun(const RunContext &ctx)
{
    const TrainParams &params = ctx.params;
    const TrainPreset &p = params.preset;
    if (params.trainCorpora.empty())
        throw JobError(ErrorCode::InvalidArgument, "no training corpus given");
    if (params.outDir.empty())
        throw JobError(ErrorCode::InvalidArgument, "no output directory given");
    const auto device = deviceFromName(params.device);
    if (!device)
        throw JobError(device.status().code(), device.error());
    RunInputs in;
    in.device = *device;
    // One GPU per rank of a data-parallel run: cuda:<LOCAL_RANK> unless --device names one.
    if (ctx.dist && in.device.is_cuda() && params.device.find(':') == std::string::npos)
        in.device = torch::Device(torch::kCUDA, torch::DeviceIndex(params.dist.localRank));
    if (ctx.dist)
        ctx.dist->useDevice(in.device);
    precisionFor(params.precision, in.device);  // a precision the device lacks is refused before any work
    configureCpuThreads(params.threads);
    torch::manual_seed(params.seed);
    if (ctx.dist)
        ctx.dist->leadRuns([&] { checkRunFolder(params); });
    else
        checkRunFolder(params);

    in.text.encoder.normalizer = p.normalizer;
    in.text.encoder.splitClitics = p.splitClitics;
    in.text.markTarget = p.markTarget;
    in.text.encoder.firstPieceLabels = p.firstPieceLabels;
    in.text.maxLength = std::size_t(p.maxLength);
    if (!NormalizerOptions::preset(p.normalizer))
        throw JobError(ErrorCode::InvalidArgument, "unknown normaliser preset '" + p.normalizer + "'");

    auto corpora = std::make_unique<RunCorpora>();
    corpora->train = loadCorpora(params.trainCorpora);
    corpora->dev = loadCorpora(params.devCorpora);
    collectSources(params, *corpora);
    in.corpora = std::move(corpora);
    return in;
}

BaselineRunData baselineRunData(const TaskSources &sources, bool withHeldOut)
{
    auto gather = [&](bool opinions, bool dev) {
        std::set<const Sentence *> seen;
        std::vector<const Sentence *> out;
        for (const auto &[name, source] : sources) {
            const bool isOpinion = name == "targets" || source.kind == TaskKind::TargetSentiment;
            if (isOpinion != opinions || (!opinions && source.kind != TaskKind::Tagging))
                continue;
            // With the held-out reviews: the training part in the corpus's own order, as a run
            // without a hold-out sees it (the taggers' epochs visit sentences in that order).
            const bool whole = !dev && withHeldOut && !source.wholeTrain.empty();
            for (const Sentence *s : dev ? source.dev : whole ? source.wholeTrain : source.train)
                if (seen.insert(s).second)
                    out.push_back(s);
        }
        return out;
    };
    return {gather(true, false), gather(false, false), gather(true, true), gather(false, true)};
}

bool trainRunBaseline(const RunContext &ctx, const TaskSources &sources, const std::string &dir,
                      std::optional<TaskReports> &metrics)
{
    const BaselineRunData data = baselineRunData(sources);
    if (data.opinionTrain.empty() && data.entityTrain.empty())
        return false;
    ctx.message("training the linear baseline (hashed n-grams: CRF taggers, softmax sentiment) on " +
                std::to_string(data.opinionTrain.size() + data.entityTrain.size()) + " sentences");
    BaselineOptions options;
    options.seed = ctx.params.seed;
    options.threads = std::max(1, ctx.params.threads);
    const BaselineRun run = runBaseline(data, options, dir, ctx.stop);
    if (run.metrics)
        metrics = run.metrics;
    if (!run.summary.empty())
        ctx.message(run.summary);
    return run.trained;
}

} // namespace mizan
