#include "train/runsetup.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <numeric>
#include <set>

#include "common/atomicfile.h"
#include "model/bertconfig.h"
#include "model/checkpoint.h"
#include "model/hfload.h"
#include "model/tensorio.h"
#include "corpus/categoryview.h"
#include "tasks/categorytask.h"
#include "train/jobguard.h"
#include "train/dist/distgroup.h"
#include "train/encodersetup.h"
#include "train/paramgroups.h"
#include "train/runcheckpoint.h"
#include "train/vectorinit.h"

namespace mizan {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Work on the run folder: done by rank 0 alone in a data-parallel run, the others waiting.
void onLead(const RunContext &ctx, const std::function<void()> &work)
{
    if (ctx.dist)
        ctx.dist->leadRuns(work);
    else
        work();
}

void useTokenizer(RunSetup &s, TokenizerFolder folder)
{
    s.tokenizer = std::move(folder.tokenizer);
    s.tokenizerFiles = std::move(folder.files);
}

void loadTokenizerDir(RunSetup &s, const std::string &dir) { useTokenizer(s, loadTokenizerFolder(dir)); }

// A checkpoint's tokenizer files, written to <out>/vocab and loaded from there.
void loadTokenizerFiles(const RunContext &ctx, RunSetup &s, const std::string &outDir,
                        const std::map<std::string, std::string> &files)
{
    const fs::path dir = fs::path(outDir) / "vocab";
    onLead(ctx, [&] {
        fs::create_directories(dir);
        for (const auto &[name, content] : files)
            if (Status st = writeFileAtomic((dir / name).string(), content); !st)
                throw JobError(st.code(), st.message());
    });
    loadTokenizerDir(s, dir.string());
}

// The vocabulary of the training text (each sentence once), in <out>/vocab.
void learnRunVocabulary(const RunContext &ctx, RunSetup &s, const TaskSources &sources)
{
    std::vector<std::string> texts;
    std::set<const Sentence *> seen;
    for (const auto &[name, src] : sources)
        for (const Sentence *sentence : src.train)
            if (seen.insert(sentence).second) {
                texts.push_back(sentence->text);
                // The category words of the (sentence, category) pairs get pieces of their own.
                if (sources.count(kCategoriesTask))
                    for (const std::string &c : sentenceCategories(*sentence))
                        texts.push_back(categoryPairText(c));
            }
    VocabLearning how;
    how.vocabDir = (fs::path(ctx.params.outDir) / "vocab").string();
    how.textPath = (fs::path(how.vocabDir) / "train-text.txt").string();
    how.vocabSize = std::size_t(ctx.params.preset.vocabSize);
    ctx.message("learning a " + std::to_string(how.vocabSize) + "-piece vocabulary from the training text");
    useTokenizer(s, learnVocabulary(texts, s.text.encoder, how));
}

// An encoder from `mizan pretrain` / `mizan export` says how its text was cleaned.
void readEncoderTextSettings(const RunContext &ctx, RunSetup &s)
{
    const fs::path settings = fs::path(ctx.params.encoder) / "mizan_text.json";
    if (!fs::is_regular_file(settings))
        return;
    auto content = readFile(settings.string());
    const json j = content ? json::parse(*content, nullptr, false) : json();
    if (!j.is_object())
        return;
    s.text.encoder = textSettingsFromJson(json{{"text", j}}).encoder;
    s.text.encoder.firstPieceLabels = ctx.params.preset.firstPieceLabels;  // a labelling choice, not the encoder's
    ctx.message("text settings from " + settings.string() + ": normaliser " + s.text.encoder.normalizer +
                (s.text.encoder.splitClitics ? ", clitics split" : ""));
}

void logTaskSizes(const RunContext &ctx, const TaskData &t, const TaskData &d, std::size_t maxLength)
{
    if (t.kind != TaskKind::Tagging) {
        ctx.message(t.name + ": " + std::to_string(t.examples.size()) + " train / " +
                    std::to_string(d.examples.size()) + " dev examples");
        return;
    }
    std::string windows;
    if (t.examples.size() != t.sentences || d.examples.size() != d.sentences)
        windows = " (" + std::to_string(t.examples.size()) + " / " + std::to_string(d.examples.size()) +
                  " windows of at most " + std::to_string(maxLength) + " pieces)";
    ctx.message(t.name + ": " + std::to_string(t.sentences) + " train / " + std::to_string(d.sentences) +
                " dev sentences" + windows + "; " + std::to_string(t.alignedSpans) + " of " +
                std::to_string(t.goldSpans) + " train spans fall on token boundaries");
}

// Train and dev data of every task; `labels` (a resumed model's) fixes a task's label order.
void buildData(const RunContext &ctx, RunSetup &s, const TaskSources &sources,
               const std::map<std::string, std::vector<std::string>> &labels)
{
    PieceEncoder encoder(s.tokenizer.get(), s.text.encoder);
    const TextSettings &text = s.text;
    for (const auto &[name, src] : sources) {
        auto l = labels.count(name) ? labels.at(name) : std::vector<std::string>{};
        TaskData t = buildTask(name, src.kind, src.train, l, encoder, *s.tokenizer, text.maxLength, text.markTarget);
        if (t.examples.empty())
            throw JobError(ErrorCode::InvalidArgument, "task '" + name + "' has no training examples");
        TaskData d = buildTask(name, src.kind, src.dev, t.labels, encoder, *s.tokenizer, text.maxLength,
                               text.markTarget);
        logTaskSizes(ctx, t, d, text.maxLength);
        // With categories, the sentiment head learns the polarity of (sentence, category) pairs
        // too (NULL-target opinions); its dev score stays on the gold targets.
        if (src.kind == TaskKind::TargetSentiment && sources.count(kCategoriesTask))
            if (const std::size_t pairs = addCategoryPairs(t, src.train, encoder, *s.tokenizer, text.maxLength))
                ctx.message(name + ": " + std::to_string(pairs) +
                            " (sentence, category) pairs of NULL-target opinions");
        s.train.push_back(std::move(t));
        s.dev.push_back(std::move(d));
    }
}

std::vector<HeadSpec> headSpecs(const TrainPreset &p, const RunSetup &s)
{
    std::vector<HeadSpec> heads;
    for (const TaskData &t : s.train) {
        HeadSpec h;
        h.task = t.name;
        h.kind = t.kind == TaskKind::Tagging      ? HeadKind::TokenClassification
                 : t.kind == TaskKind::Categories ? HeadKind::MultiLabel
                                                  : HeadKind::SequenceClassification;
        h.labels = t.labels;
        h.crf = t.kind == TaskKind::Tagging && p.crf;
        h.dropout = p.dropout;
        h.targetPooling =
            (t.kind == TaskKind::TargetSentiment || t.kind == TaskKind::TargetCategories) && p.targetPooling;
        const bool sentiment = t.kind == TaskKind::TargetSentiment && p.wideSentiment;
        const bool tagging = (t.kind == TaskKind::Tagging || t.kind == TaskKind::Categories) && p.wideTagging;
        h.wide = (tagging || sentiment) &&
                 s.text.encoder.charNgramBuckets > 0;
        h.wideWindow = sentiment && h.wide ? p.wideWindow : 0;
        heads.push_back(h);
    }
    return heads;
}

void buildModel(const TrainParams &params, RunSetup &s)
{
    const TrainPreset &p = params.preset;
    if (params.encoder != "builtin") {
        if (!p.initVectors.empty())
            throw JobError(ErrorCode::InvalidArgument, "init_vectors: only the built-in encoder's embeddings can be "
                                                       "started from word vectors, not those of " + params.encoder);
        auto m = multitaskFromHfBert(params.encoder, headSpecs(p, s), s.device);
        if (!m)
            throw JobError(m.status().code(), m.error());
        s.model = *m;
        return;
    }
    const BertConfig c = builtinEncoderConfig(p, *s.tokenizer);
    s.model = MultitaskModel(c, headSpecs(p, s));
    if (!p.initVectors.empty()) {
        const double rowStd = p.initVectorsStd > 0 ? p.initVectorsStd : c.initializerRange;
        const EmbeddingInit done = initEmbeddingsFromVectors(p.initVectors, *s.tokenizer, s.model, rowStd);
        s.initVectorsSha256 = done.sha256;
        s.initVectorsReport = "word-piece embeddings started from the vectors in " + p.initVectors + " (" +
                              std::to_string(done.pieces) + " pieces, " + std::to_string(done.vectorDim) +
                              " dimensions" + (done.vectorDim == c.hiddenSize ? "" : ", projected") + "; " +
                              std::to_string(done.skipped) + " special or letterless pieces at random)";
    }
    s.model->to(s.device);
}

// Batches per task, the task sampler, and the run length of the epochs asked for.
void setupSampling(const TrainParams &params, RunSetup &s)
{
    std::vector<std::size_t> sizes;
    s.cursors.clear();
    std::size_t perEpoch = 0;
    for (std::size_t i = 0; i < s.train.size(); ++i) {
        std::vector<std::size_t> lengths;
        for (const auto &ex : s.train[i].examples)
            lengths.push_back(ex.inputIds.size());
        s.cursors.emplace_back(lengths, s.globalBatch, params.seed + 1000 * (i + 1));
        sizes.push_back(s.train[i].examples.size());
        perEpoch += s.cursors.back().batchesPerEpoch();
    }
    s.sampler = std::make_unique<TaskSampler>(sizes, params.preset.sampling, params.preset.temperature, params.seed);
    s.state.stepsPerEpoch = perEpoch;
    s.state.totalSteps = std::max<std::size_t>(1, perEpoch * std::size_t(params.preset.epochs));
}

// A category head's positive weights: the square root of each label's negative to positive
// sentences, from 1 to 10, so that 34 mostly rare labels are not all learnt as "absent".
std::vector<float> categoryPositiveWeights(const TaskData &t)
{
    std::vector<float> w;
    for (double f : categoryFrequencies(t))
        w.push_back(float(std::clamp(std::sqrt((1.0 - f) / std::max(f, 1e-6)), 1.0, 10.0)));
    return w;
}

// A new category head starts at each label's weighted prior log-odds (not at 0.5 for every
// label, which the first updates spend pushing down).
void initCategoryBiases(RunSetup &s)
{
    for (const TaskData &t : s.train)
        if (t.kind == TaskKind::Categories) {
            const std::vector<double> f = categoryFrequencies(t);
            const std::vector<float> w = categoryPositiveWeights(t);
            std::vector<float> bias;
            for (std::size_t i = 0; i < f.size(); ++i)
                bias.push_back(float(std::log(std::max(f[i], 1e-6) * w[i] / std::max(1.0 - f[i], 1e-6))));
            s.model->setHeadBias(t.name, torch::tensor(bias).to(s.device));
        }
}

// Square root of inverse frequency: helps the rare class without drowning the others.
void computeClassWeights(const TrainPreset &p, RunSetup &s)
{
    for (const TaskData &t : s.train) {
        if (t.kind == TaskKind::Categories)
            s.model->setPositiveWeights(t.name, torch::tensor(categoryPositiveWeights(t)));
        if (t.kind == TaskKind::Tagging || t.kind == TaskKind::Categories || !p.classWeights)
            continue;
        std::vector<double> counts(t.labels.size(), 0.0);
        for (const auto &ex : t.examples)
            if (ex.label >= 0)
                counts[std::size_t(ex.label)] += 1;
        const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
        std::vector<float> w;
        for (double c : counts)
            w.push_back(float(c > 0 ? std::sqrt(total / (double(counts.size()) * c)) : 1.0));
        s.classWeights[t.name] = torch::tensor(w).to(s.device);
    }
}

void startWeightAverage(const RunContext &ctx, RunSetup &s)
{
    if (ctx.params.preset.emaDecay <= 0)
        return;
    s.average = std::make_unique<WeightAverage>(*s.model, ctx.params.preset.emaDecay);
    if (s.resumedFrom.empty())
        return;
    const fs::path saved = fs::path(s.resumedFrom) / "ema.safetensors";
    if (!fs::is_regular_file(saved)) {
        ctx.message("resume: " + s.resumedFrom + " has no weight average; it starts again from the current weights");
        return;
    }
    auto tensors = loadSafetensors(saved.string());
    if (!tensors)
        throw JobError(tensors.status().code(), "resume: " + tensors.error());
    if (Status st = s.average->restore(*tensors, saved.string()); !st)
        throw JobError(st.code(), "resume: " + st.message());
}

// A resumed run keeps its global batch when the batch size is unchanged, whatever the number
// of ranks now; a new --batch-size gives a new global batch.
std::size_t resumedGlobalBatch(const RunContext &ctx, const json &saved)
{
    const std::size_t batch = std::size_t(ctx.params.preset.batchSize), world = std::size_t(ctx.params.dist.worldSize);
    const std::size_t savedBatch = saved.value("batch_size", std::size_t(0));
    const std::size_t savedGlobal = saved.value("global_batch", std::size_t(0));
    if (savedGlobal == 0 || savedBatch != batch)
        return batch * world;
    if (savedGlobal != batch * world)
        ctx.message("resume: keeping the global batch of " + std::to_string(savedGlobal) + " examples, split over " +
                    std::to_string(world) + (world == 1 ? " process" : " ranks"));
    return savedGlobal;
}

std::unique_ptr<RunSetup> startSetup(const RunInputs &inputs)
{
    auto s = std::make_unique<RunSetup>();
    s->device = inputs.device;
    s->text = inputs.text;
    return s;
}

} // namespace

std::unique_ptr<RunSetup> freshRun(const RunContext &ctx, const RunInputs &inputs)
{
    const TrainParams &params = ctx.params;
    const TrainPreset &p = params.preset;
    const TaskSources &sources = inputs.corpora->sources;
    auto s = startSetup(inputs);
    if (params.encoder == "builtin" && !params.vocabDir.empty())
        loadTokenizerDir(*s, params.vocabDir);
    else if (params.encoder == "builtin" && !ctx.dist)
        learnRunVocabulary(ctx, *s, sources);
    else if (params.encoder == "builtin") {
        ctx.dist->leadRuns([&] { learnRunVocabulary(ctx, *s, sources); });
        if (!ctx.dist->lead())
            loadTokenizerDir(*s, (fs::path(params.outDir) / "vocab").string());
    }
    else {
        loadTokenizerDir(*s, params.encoder);
        readEncoderTextSettings(ctx, *s);
    }
    // Character n-grams belong to the built-in encoder; a pre-trained one has its own.
    s->text.encoder.charNgramBuckets = params.encoder == "builtin" ? std::max(0, p.charNgramBuckets) : 0;
    if (params.encoder != "builtin")
        if (auto c = readBertConfig((fs::path(params.encoder) / "config.json").string()))
            s->text.encoder.charNgramBuckets = c->charNgramBuckets;
    buildData(ctx, *s, sources, {});
    buildModel(params, *s);
    if (!s->initVectorsReport.empty())
        ctx.message(s->initVectorsReport);
    initCategoryBiases(*s);
    s->optimizer = makeAdamW(*s->model, p);
    s->globalBatch = std::size_t(p.batchSize) * std::size_t(params.dist.worldSize);
    setupSampling(params, *s);
    // The baseline first: it takes seconds to a minute, and its numbers are then in every
    // checkpoint's training.json (the time budget includes it).
    if (p.baseline)
        onLead(ctx, [&] {
            trainRunBaseline(ctx, sources, baselineDir(params.outDir), s->state.baselineMetrics);
            s->blendHoldout = prepareBlendHoldout(ctx, *s, sources);
        });
    computeClassWeights(p, *s);
    startWeightAverage(ctx, *s);
    if (ctx.dist)  // the weights are drawn: from here each rank draws its own dropout masks
        seedRank(params.seed, params.dist.rank);
    return s;
}

std::unique_ptr<RunSetup> resumedRun(const RunContext &ctx, const RunInputs &inputs)
{
    const TrainParams &params = ctx.params;
    auto s = startSetup(inputs);
    std::string dir = params.resumeDir;
    if (fs::is_directory(lastStateDir(dir)))
        dir = lastStateDir(dir);
    auto loaded = loadCheckpoint(dir, s->device);
    if (!loaded)
        throw JobError(loaded.status().code(), "resume: " + loaded.error());
    const json saved = json::parse(loaded->files.trainingJson, nullptr, false);
    if (saved.is_discarded())
        throw JobError(ErrorCode::ParseError, "resume: " + dir + "/training.json is not valid JSON");
    s->text = textSettingsFromJson(saved);
    s->text.encoder.charNgramBuckets = loaded->info.config.charNgramBuckets;
    loadTokenizerFiles(ctx, *s, params.outDir, loaded->files.tokenizerFiles);
    std::map<std::string, std::vector<std::string>> labels;
    for (const HeadSpec &h : loaded->info.heads)
        labels[h.task] = h.labels;
    TaskSources sources = inputs.corpora->sources;
    for (const char *task : {kCategoriesTask, kTargetCategoriesTask})
        if (!labels.count(task) && sources.erase(task))  // a run from before categories
            ctx.message("resume: " + dir + " has no " + (task == kCategoriesTask ? "category" : "target category") +
                        " head; the run goes on without it");
    buildData(ctx, *s, sources, labels);
    s->model = loaded->model;
    s->model->to(s->device);
    for (const auto &t : s->train)
        if (!s->model->hasTask(t.name))
            throw JobError(ErrorCode::InvalidArgument, "resume: the checkpoint has no head for task '" + t.name + "'");
    s->optimizer = makeAdamW(*s->model, params.preset);
    if (Status st = loadOptimizerState(dir, *s->model, *s->optimizer); !st)
        throw JobError(st.code(), "resume: " + st.message());
    s->globalBatch = resumedGlobalBatch(ctx, saved);
    setupSampling(params, *s);
    restoreRun(*s, saved, params.dist.rank, ctx.dist ? params.dist.worldSize : 1);
    s->resumedFrom = dir;
    s->initVectorsSha256 = saved.value("init_vectors_sha256", std::string());
    ctx.message("resumed from " + dir + " at step " + std::to_string(s->state.step));
    onLead(ctx, [&] { s->blendHoldout = prepareBlendHoldout(ctx, *s, sources); });
    computeClassWeights(params.preset, *s);
    startWeightAverage(ctx, *s);
    return s;
}

} // namespace mizan
