#include "train/trainer.h"

#include <torch/torch.h>

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <deque>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "baseline/baselinemodel.h"
#include "common/atomicfile.h"
#include "common/outputdir.h"
#include "corpus/corpusio.h"
#include "corpus/datasplit.h"
#include "model/checkpoint.h"
#include "model/hfload.h"
#include "model/multitaskmodel.h"
#include "model/tensorio.h"
#include "tokenize/vocabbuilder.h"
#include "train/baselinerun.h"
#include "train/batching.h"
#include "train/jobguard.h"
#include "train/modelrun.h"
#include "train/paramgroups.h"
#include "train/sampler.h"
#include "train/schedule.h"
#include "train/cputhreads.h"
#include "train/trainstate.h"
#include "train/weightaverage.h"

namespace mizan {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

EventTime now() { return std::chrono::system_clock::now(); }

std::string toHex(const torch::Tensor &bytes)
{
    const torch::Tensor t = bytes.contiguous().to(torch::kUInt8);
    static const char *digits = "0123456789abcdef";
    std::string out;
    const auto *p = t.data_ptr<std::uint8_t>();
    for (std::int64_t i = 0; i < t.numel(); ++i) {
        out += digits[p[i] >> 4];
        out += digits[p[i] & 15];
    }
    return out;
}

torch::Tensor fromHex(const std::string &hex)
{
    torch::Tensor t = torch::empty({std::int64_t(hex.size() / 2)}, torch::kUInt8);
    auto *p = t.data_ptr<std::uint8_t>();
    auto val = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        p[i / 2] = std::uint8_t(val(hex[i]) * 16 + val(hex[i + 1]));
    return t;
}

} // namespace

struct Trainer::Impl {
    TrainParams params;
    TrainObserver *observer = nullptr;
    std::atomic<bool> *stop = nullptr;

    torch::Device device{torch::kCPU};
    std::unique_ptr<WordPieceTokenizer> tokenizer;
    std::map<std::string, std::string> tokenizerFiles;
    TextSettings text;
    std::vector<TaskData> train, dev;
    MultitaskModel model{nullptr};
    std::unique_ptr<torch::optim::AdamW> optimizer;
    std::map<std::string, torch::Tensor> classWeights;

    // Progress (saved for resume).
    std::size_t step = 0;
    std::size_t batchesDrawn = 0;
    std::size_t totalSteps = 1;
    std::size_t stepsPerEpoch = 1;
    double bestScore = -1;
    std::unique_ptr<WeightAverage> average;  // preset ema_decay > 0: what is evaluated and saved
    std::string resumedFrom;                 // the state folder a resumed run started from
    std::size_t bestStep = 0;
    std::size_t evalsWithoutGain = 0;
    std::unique_ptr<TaskSampler> sampler;
    std::vector<BatchCursor> cursors;
    json lastMetrics = json::object();
    json baselineMetrics;       // dev metrics of the linear baseline, when trained
    std::deque<Corpus> splits;  // train/dev parts of the corpora (stable addresses)

    void message(const std::string &m) { if (observer) observer->onMessage(now(), m); }
    bool stopping() const { return stop && stop->load(); }

    std::vector<Corpus> loadCorpora(const std::vector<std::string> &paths)
    {
        std::vector<Corpus> out;
        for (const auto &p : paths) {
            ImportResult r = importCorpus(p);
            if (!r.ok) {
                std::string why;
                for (const auto &i : r.report.issues)
                    if (i.severity == Severity::Error) {
                        why = i.toString();
                        break;
                    }
                throw JobError(ErrorCode::ParseError, "cannot read corpus " + p + (why.empty() ? "" : ": " + why));
            }
            out.push_back(std::move(r.corpus));
        }
        return out;
    }

    // Task name -> kind and train/dev sentences, over every corpus.
    struct TaskSource {
        TaskKind kind;
        std::vector<const Sentence *> train, dev;
    };

    std::map<std::string, TaskSource> taskSources(const std::vector<Corpus> &trainCorpora,
                                                  const std::vector<Corpus> &devCorpora)
    {
        std::map<std::string, TaskSource> sources;
        auto wanted = [&](const std::string &name) {
            return params.tasks.empty() ||
                   std::find(params.tasks.begin(), params.tasks.end(), name) != params.tasks.end();
        };
        for (const Corpus &c : trainCorpora) {
            // By review (document); a corpus of one document (CoNLL without -DOCSTART-) by sentence.
            const Corpus *trainPart = &c;
            const Corpus *devPart = nullptr;
            if (devCorpora.empty()) {
                auto [tr, dv] = splitTrainDev(c, params.devFraction, params.seed);
                splits.push_back(std::move(tr));
                trainPart = &splits.back();
                splits.push_back(std::move(dv));
                devPart = &splits.back();
            }
            for (const auto &[name, kind] : availableTasks(c)) {
                if (!wanted(name))
                    continue;
                auto &src = sources.emplace(name, TaskSource{kind, {}, {}}).first->second;
                for (const Document &d : trainPart->documents)
                    for (const Sentence &s : d.sentences)
                        src.train.push_back(&s);
                if (devPart)
                    for (const Document &d : devPart->documents)
                        for (const Sentence &s : d.sentences)
                            src.dev.push_back(&s);
            }
        }
        for (const Corpus &c : devCorpora)
            for (const auto &[name, kind] : availableTasks(c)) {
                auto it = sources.find(name);
                if (it == sources.end())
                    continue;
                for (const Document &d : c.documents)
                    for (const Sentence &s : d.sentences)
                        it->second.dev.push_back(&s);
            }
        for (const auto &name : params.tasks)
            if (!sources.count(name))
                throw JobError(ErrorCode::InvalidArgument,
                                 "task '" + name + "' is not available in the training corpora "
                                 "(SemEval files give targets and sentiment, CoNLL files give ner)");
        if (sources.empty())
            throw JobError(ErrorCode::InvalidArgument,
                             "the training corpora have nothing to learn (no opinion targets and no entity spans)");
        return sources;
    }

    void learnVocabulary(const std::map<std::string, TaskSource> &sources)
    {
        const fs::path work = fs::path(params.outDir) / "vocab";
        fs::create_directories(work);
        PieceEncoder pre(nullptr, text.encoder);
        std::string corpusText;
        std::set<const Sentence *> seen;
        for (const auto &[name, src] : sources)
            for (const Sentence *s : src.train)
                if (seen.insert(s).second)
                    corpusText += pre.pretokenize(s->text) + "\n";
        const std::string textPath = (work / "train-text.txt").string();
        if (Status st = writeFileAtomic(textPath, corpusText); !st)
            throw JobError(st.code(), st.message());
        VocabBuildOptions vo;
        vo.inputFiles = {textPath};
        vo.outputDir = work.string();
        vo.vocabSize = std::size_t(params.preset.vocabSize);
        vo.lowerCase = false;
        message("learning a " + std::to_string(vo.vocabSize) + "-piece vocabulary from the training text");
        auto built = buildVocab(vo);
        if (!built)
            throw JobError(built.status().code(), "vocabulary: " + built.error());
        loadTokenizerDir(work.string());
    }

    void loadTokenizerDir(const std::string &dir)
    {
        auto tok = WordPieceTokenizer::fromDirectory(dir);
        if (!tok)
            throw JobError(tok.status().code(), tok.error());
        tokenizer = std::make_unique<WordPieceTokenizer>(std::move(*tok));
        tokenizerFiles.clear();
        for (const char *f : {"vocab.txt", "tokenizer_config.json", "special_tokens_map.json"}) {
            const fs::path p = fs::path(dir) / f;
            std::error_code ec;
            if (fs::is_regular_file(p, ec))
                if (auto content = readFile(p.string()))
                    tokenizerFiles[f] = *content;
        }
    }

    void loadTokenizerFiles(const std::map<std::string, std::string> &files)
    {
        const fs::path dir = fs::path(params.outDir) / "vocab";
        fs::create_directories(dir);
        for (const auto &[name, content] : files)
            if (Status st = writeFileAtomic((dir / name).string(), content); !st)
                throw JobError(st.code(), st.message());
        loadTokenizerDir(dir.string());
    }

    void buildData(const std::map<std::string, TaskSource> &sources,
                   const std::map<std::string, std::vector<std::string>> &labels)
    {
        PieceEncoder encoder(tokenizer.get(), text.encoder);
        for (const auto &[name, src] : sources) {
            auto l = labels.count(name) ? labels.at(name) : std::vector<std::string>{};
            TaskData t = buildTask(name, src.kind, src.train, l, encoder, *tokenizer, text.maxLength, text.markTarget);
            if (t.examples.empty())
                throw JobError(ErrorCode::InvalidArgument, "task '" + name + "' has no training examples");
            TaskData d = buildTask(name, src.kind, src.dev, t.labels, encoder, *tokenizer, text.maxLength, text.markTarget);
            if (t.kind == TaskKind::Tagging) {
                std::string windows;
                if (t.examples.size() != t.sentences || d.examples.size() != d.sentences)
                    windows = " (" + std::to_string(t.examples.size()) + " / " + std::to_string(d.examples.size()) +
                              " windows of at most " + std::to_string(text.maxLength) + " pieces)";
                message(name + ": " + std::to_string(t.sentences) + " train / " + std::to_string(d.sentences) +
                        " dev sentences" + windows + "; " + std::to_string(t.alignedSpans) + " of " +
                        std::to_string(t.goldSpans) + " train spans fall on token boundaries");
            }
            else
                message(name + ": " + std::to_string(t.examples.size()) + " train / " + std::to_string(d.examples.size()) +
                        " dev examples");
            train.push_back(std::move(t));
            dev.push_back(std::move(d));
        }
    }

    std::vector<HeadSpec> headSpecs() const
    {
        std::vector<HeadSpec> heads;
        for (const TaskData &t : train) {
            HeadSpec h;
            h.task = t.name;
            h.kind = t.kind == TaskKind::Tagging ? HeadKind::TokenClassification : HeadKind::SequenceClassification;
            h.labels = t.labels;
            h.crf = t.kind == TaskKind::Tagging && params.preset.crf;
            h.dropout = params.preset.dropout;
            h.targetPooling = t.kind == TaskKind::TargetSentiment && params.preset.targetPooling;
            h.wide = t.kind == TaskKind::Tagging && params.preset.wideTagging && text.encoder.charNgramBuckets > 0;
            heads.push_back(h);
        }
        return heads;
    }

    void buildModel()
    {
        const TrainPreset &p = params.preset;
        if (params.encoder == "builtin") {
            BertConfig c = builtinSmallConfig(std::int64_t(tokenizer->vocab().size()));
            c.numLayers = p.layers;
            c.hiddenSize = p.hidden;
            c.numHeads = p.heads;
            c.intermediateSize = p.ffn;
            c.maxPositions = std::max<std::int64_t>(p.maxLength, 64);
            c.hiddenDropout = p.dropout;
            c.attentionDropout = p.dropout;
            c.padTokenId = tokenizer->padId();
            c.charNgramBuckets = std::max(0, p.charNgramBuckets);
            c.charNgramDim = c.charNgramBuckets > 0 ? p.charNgramDim : 0;
            model = MultitaskModel(c, headSpecs());
            model->to(device);
        } else {
            auto m = multitaskFromHfBert(params.encoder, headSpecs(), device);
            if (!m)
                throw JobError(m.status().code(), m.error());
            model = *m;
        }
    }

    void buildOptimizer() { optimizer = makeAdamW(*model, params.preset); }

    void setLearningRates(double factor) { scaleLearningRates(*optimizer, params.preset, factor); }

    void computeClassWeights()
    {
        for (const TaskData &t : train) {
            if (t.kind == TaskKind::Tagging || !params.preset.classWeights)
                continue;
            std::vector<double> counts(t.labels.size(), 0.0);
            for (const auto &ex : t.examples)
                if (ex.label >= 0)
                    counts[std::size_t(ex.label)] += 1;
            const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
            std::vector<float> w;
            for (double c : counts)  // square root of inverse frequency: helps the rare class without drowning the others
                w.push_back(float(c > 0 ? std::sqrt(total / (double(counts.size()) * c)) : 1.0));
            classWeights[t.name] = torch::tensor(w).to(device);
        }
    }

    void setupSampling()
    {
        std::vector<std::size_t> sizes;
        cursors.clear();
        stepsPerEpoch = 0;
        for (std::size_t i = 0; i < train.size(); ++i) {
            std::vector<std::size_t> lengths;
            for (const auto &ex : train[i].examples)
                lengths.push_back(ex.inputIds.size());
            cursors.emplace_back(lengths, std::size_t(params.preset.batchSize), params.seed + 1000 * (i + 1));
            sizes.push_back(train[i].examples.size());
            stepsPerEpoch += cursors.back().batchesPerEpoch();
        }
        sampler = std::make_unique<TaskSampler>(sizes, params.preset.sampling, params.preset.temperature, params.seed);
        totalSteps = std::max<std::size_t>(1, stepsPerEpoch * std::size_t(params.preset.epochs));
    }

    json trainingJson(const json &extra = json::object()) const
    {
        json cur = json::object();
        for (std::size_t i = 0; i < train.size(); ++i)
            cur[train[i].name] = {cursors[i].epoch(), cursors[i].cursor()};
        json tasks = json::array();
        for (const auto &t : train)
            tasks.push_back({{"name", t.name}, {"kind", taskKindName(t.kind)}, {"labels", t.labels}});
        torch::Tensor rng;
        {
            auto gen = at::detail::getDefaultCPUGenerator();
            std::lock_guard<std::mutex> lock(gen.mutex());
            rng = gen.get_state();
        }
        json j = {{"step", step},
                  {"batches_drawn", batchesDrawn},
                  {"total_steps", totalSteps},
                  {"steps_per_epoch", stepsPerEpoch},
                  {"best_score", bestScore},
                  {"best_step", bestStep},
                  {"evals_without_gain", evalsWithoutGain},
                  {"sampler", sampler ? sampler->state() : ""},
                  {"cursors", cur},
                  {"torch_rng", toHex(rng)},
                  {"seed", params.seed},
                  {"encoder", params.encoder},
                  {"preset", json::parse(presetToJson(params.preset))},
                  {"text", textSettingsToJson(text)},
                  {"tasks", tasks},
                  {"metrics", lastMetrics},
                  {"baseline_metrics", baselineMetrics.is_null() ? json::object() : baselineMetrics},
                  {"train_corpora", params.trainCorpora},
                  {"dev_corpora", params.devCorpora},
                  {"dev_fraction", params.devFraction}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            j[it.key()] = it.value();
        return j;
    }

    void save(const std::string &dir, bool withOptimizer)
    {
        CheckpointFiles files;
        files.tokenizerFiles = tokenizerFiles;
        files.trainingJson = trainingJson().dump(2);
        if (withOptimizer && average)
            files.tensorFiles["ema.safetensors"] = average->tensors();
        Status st = saveCheckpoint(dir, *model, files, withOptimizer ? optimizer.get() : nullptr);
        if (!st)
            throw JobError(st.code(), st.message());
        if (observer)
            observer->onCheckpoint({now(), step, dir, !withOptimizer});
    }

    void restoreState(const json &j)
    {
        step = j.value("step", std::size_t(0));
        batchesDrawn = j.value("batches_drawn", step);
        totalSteps = j.value("total_steps", totalSteps);
        bestScore = j.value("best_score", -1.0);
        bestStep = j.value("best_step", std::size_t(0));
        evalsWithoutGain = j.value("evals_without_gain", std::size_t(0));
        if (Status st = sampler->restore(j.value("sampler", std::string())); !st)
            throw JobError(ErrorCode::ParseError, "resume: " + st.message());
        const json cur = j.value("cursors", json::object());
        for (std::size_t i = 0; i < train.size(); ++i)
            if (cur.contains(train[i].name))
                cursors[i].seek(cur[train[i].name][0].get<std::uint64_t>(), cur[train[i].name][1].get<std::size_t>());
        const std::string rng = j.value("torch_rng", std::string());
        if (!rng.empty()) {
            auto gen = at::detail::getDefaultCPUGenerator();
            std::lock_guard<std::mutex> lock(gen.mutex());
            gen.set_state(fromHex(rng));
        }
    }

    // Trains the linear baseline on the same train split (opinion targets + sentiment from the
    // corpora that have them, entities from those of the entity task), saves it in `dir` and
    // scores it on the dev split. Returns false when the tasks give it nothing to learn.
    bool trainBaseline(const std::map<std::string, TaskSource> &sources, const std::string &dir)
    {
        auto gather = [&](bool opinions, bool dev) {
            std::set<const Sentence *> seen;
            std::vector<const Sentence *> out;
            for (const auto &[name, source] : sources) {
                const bool isOpinion = name == "targets" || source.kind == TaskKind::TargetSentiment;
                if (isOpinion != opinions || (!opinions && source.kind != TaskKind::Tagging))
                    continue;
                for (const Sentence *s : dev ? source.dev : source.train)
                    if (seen.insert(s).second)
                        out.push_back(s);
            }
            return out;
        };
        const BaselineRunData data{gather(true, false), gather(false, false), gather(true, true), gather(false, true)};
        if (data.opinionTrain.empty() && data.entityTrain.empty())
            return false;
        message("training the linear baseline (hashed n-grams: CRF taggers, softmax sentiment) on " +
                std::to_string(data.opinionTrain.size() + data.entityTrain.size()) + " sentences");
        BaselineOptions bo;
        bo.seed = params.seed;
        bo.threads = std::max(1, params.threads);
        const BaselineRun run = runBaseline(data, bo, dir, stop);
        if (!run.metrics.is_null())
            baselineMetrics = run.metrics;
        if (!run.summary.empty())
            message(run.summary);
        return run.trained;
    }

    // Evaluates every dev task; returns the selection score (mean headline), or -1 without dev data.
    double evaluate()
    {
        EvalEvent ev{now(), step, {}, 0, false};
        double sum = 0;
        int n = 0;
        json metrics = json::object();
        for (const TaskData &d : dev) {
            if (d.examples.empty())
                continue;
            const TaskPredictions pred = predictTask(*model, d, 64, tokenizer->padId(), device);
            double headline = 0;
            json m = scoreTask(d, pred, &headline);
            metrics[d.name] = m;
            auto &flat = ev.metrics[d.name];
            for (const char *k : {"precision", "recall", "f1", "token_accuracy", "accuracy", "macro_f1"})
                if (m.contains(k) && m[k].is_number())
                    flat[k] = m[k].get<double>();
            sum += headline;
            ++n;
        }
        if (n == 0)
            return -1;
        ev.score = sum / n;
        lastMetrics = metrics;
        ev.best = ev.score > bestScore;
        if (observer)
            observer->onEval(ev);
        return ev.score;
    }

    // The run folder: never one of the user's folders, never inside or around an input.
    void checkOutput() const
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

    Result<TrainSummary> runImpl()
    {
        const auto started = Clock::now();
        TrainSummary summary;
        const TrainPreset &p = params.preset;
        if (params.trainCorpora.empty())
            throw JobError(ErrorCode::InvalidArgument, "no training corpus given");
        if (params.outDir.empty())
            throw JobError(ErrorCode::InvalidArgument, "no output directory given");
        if (params.device == "cuda" && !torch::cuda::is_available())
            throw JobError(ErrorCode::Unsupported, "--device cuda: this libtorch has no CUDA or no GPU is present");
        device = params.device == "cpu" ? torch::Device(torch::kCPU)
                 : params.device == "cuda" ? torch::Device(torch::kCUDA) : defaultDevice();
        configureCpuThreads(params.threads);
        torch::manual_seed(params.seed);
        checkOutput();

        text.encoder.normalizer = p.normalizer;
        text.encoder.splitClitics = p.splitClitics;
        text.markTarget = p.markTarget;
        text.encoder.firstPieceLabels = p.firstPieceLabels;
        text.maxLength = std::size_t(p.maxLength);
        if (!NormalizerOptions::preset(p.normalizer))
            throw JobError(ErrorCode::InvalidArgument, "unknown normaliser preset '" + p.normalizer + "'");

        const auto trainCorpora = loadCorpora(params.trainCorpora);
        const auto devCorpora = loadCorpora(params.devCorpora);
        const auto sources = taskSources(trainCorpora, devCorpora);

        std::map<std::string, std::vector<std::string>> labels;
        json resumeState;
        if (!params.resumeDir.empty()) {
            std::string dir = params.resumeDir;
            if (fs::is_directory(lastStateDir(dir)))
                dir = lastStateDir(dir);
            auto loaded = loadCheckpoint(dir, device);
            if (!loaded)
                throw JobError(loaded.status().code(), "resume: " + loaded.error());
            resumeState = json::parse(loaded->files.trainingJson, nullptr, false);
            if (resumeState.is_discarded())
                throw JobError(ErrorCode::ParseError, "resume: " + dir + "/training.json is not valid JSON");
            text = textSettingsFromJson(resumeState);
            text.encoder.charNgramBuckets = loaded->info.config.charNgramBuckets;
            loadTokenizerFiles(loaded->files.tokenizerFiles);
            for (const HeadSpec &h : loaded->info.heads)
                labels[h.task] = h.labels;
            buildData(sources, labels);
            model = loaded->model;
            model->to(device);
            for (const auto &t : train)
                if (!model->hasTask(t.name))
                    throw JobError(ErrorCode::InvalidArgument, "resume: the checkpoint has no head for task '" + t.name + "'");
            buildOptimizer();
            if (Status st = loadOptimizerState(dir, *model, *optimizer); !st)
                throw JobError(st.code(), "resume: " + st.message());
            setupSampling();
            restoreState(resumeState);
            resumedFrom = dir;
            message("resumed from " + dir + " at step " + std::to_string(step));
        } else {
            if (params.encoder == "builtin" && !params.vocabDir.empty())
                loadTokenizerDir(params.vocabDir);
            else if (params.encoder == "builtin")
                learnVocabulary(sources);
            else if (params.encoder == "baseline") {
                if (!trainBaseline(sources, bestModelDir(params.outDir)))
                    throw JobError(ErrorCode::InvalidArgument,
                                     "--encoder baseline learns opinion targets, their sentiment and entities: the corpora have none");
                TrainSummary summary;
                summary.modelDir = bestModelDir(params.outDir);
                summary.reason = stopping() ? StopReason::Cancelled : StopReason::Completed;
                summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
                if (Status st = writeFileAtomic((fs::path(summary.modelDir) / "training.json").string(),
                                                json{{"encoder", "baseline"}, {"seed", params.seed},
                                                     {"dev_fraction", params.devFraction},
                                                     {"train_corpora", params.trainCorpora},
                                                     {"baseline_metrics", baselineMetrics}}.dump(2));
                    !st)
                    throw JobError(st.code(), st.message());
                if (observer)
                    observer->onFinished({now(), 0, summary.reason, 0, 0, summary.modelDir, summary.seconds});
                return summary;
            }
            else {
                loadTokenizerDir(params.encoder);
                // An encoder from `mizan pretrain` / `mizan export` says how its text was cleaned.
                const fs::path settings = fs::path(params.encoder) / "mizan_text.json";
                if (fs::is_regular_file(settings)) {
                    auto content = readFile(settings.string());
                    const json j = content ? json::parse(*content, nullptr, false) : json();
                    if (j.is_object()) {
                        const TextSettings s = textSettingsFromJson(json{{"text", j}});
                        text.encoder = s.encoder;
                        text.encoder.firstPieceLabels = p.firstPieceLabels;  // a labelling choice, not the encoder's
                        message("text settings from " + settings.string() + ": normaliser " + text.encoder.normalizer +
                                (text.encoder.splitClitics ? ", clitics split" : ""));
                    }
                }
            }
            // Character n-grams belong to the built-in encoder; a pre-trained one has none.
            text.encoder.charNgramBuckets = params.encoder == "builtin" ? std::max(0, p.charNgramBuckets) : 0;
            if (params.encoder != "builtin")
                if (auto c = readBertConfig((fs::path(params.encoder) / "config.json").string()))
                    text.encoder.charNgramBuckets = c->charNgramBuckets;
            buildData(sources, labels);
            buildModel();
            buildOptimizer();
            setupSampling();
            // The baseline first: it takes seconds to a minute, and its numbers are then in
            // every checkpoint's training.json (the time budget includes it).
            if (p.baseline)
                trainBaseline(sources, baselineDir(params.outDir));
        }
        computeClassWeights();
        if (p.emaDecay > 0) {
            average = std::make_unique<WeightAverage>(*model, p.emaDecay);
            const fs::path saved = fs::path(resumedFrom) / "ema.safetensors";
            if (!resumedFrom.empty() && fs::is_regular_file(saved)) {
                auto tensors = loadSafetensors(saved.string());
                if (!tensors)
                    throw JobError(tensors.status().code(), "resume: " + tensors.error());
                if (Status st = average->restore(*tensors, saved.string()); !st)
                    throw JobError(st.code(), "resume: " + st.message());
            } else if (!resumedFrom.empty()) {
                message("resume: " + resumedFrom + " has no weight average; it starts again from the current weights");
            }
        }

        std::map<std::string, std::size_t> sizes;
        for (const auto &t : train)
            sizes[t.name] = t.examples.size();
        if (observer)
            observer->onStarted({now(), totalSteps, step, device.is_cuda() ? "cuda" : "cpu", sizes});

        std::size_t badInRow = 0;
        std::size_t stepsThisRun = 0;
        StopReason reason = StopReason::Completed;
        double tokensWindow = 0, secondsWindow = 0;
        double tailSeconds = 0;  // how long the last evaluation and saves took
        std::vector<torch::Tensor> allParams = model->parameters();
        const double budget = p.maxMinutes > 0 ? p.maxMinutes * 60.0 : 0.0;
        bool evaluatedAtThisStep = false;
        bool bestSaved = fs::is_directory(bestModelDir(params.outDir)) && !params.resumeDir.empty();
        model->train();
        const auto loopStarted = Clock::now();
        const std::size_t epochSteps = std::max(totalSteps, stepsPerEpoch * std::size_t(std::max(1, p.epochs)));

        while (step < totalSteps) {
            if (stopping()) { reason = StopReason::Cancelled; break; }
            if (params.maxSteps && stepsThisRun >= params.maxSteps) { reason = StopReason::Cancelled; break; }
            const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
            if (budget > 0 && elapsed > budget) { reason = StopReason::TimeBudget; break; }
            // A step (seconds each for a BERT-base on a CPU) that could not finish, with the
            // evaluation and saves after it, inside the budget is not started.
            if (budget > 0 && stepsThisRun >= 3) {
                const double perStep = std::chrono::duration<double>(Clock::now() - loopStarted).count() / double(stepsThisRun);
                if (elapsed + perStep + std::max(tailSeconds, 2 * perStep) > budget) { reason = StopReason::TimeBudget; break; }
            }

            const auto t0 = Clock::now();
            const std::size_t ti = sampler->next();
            const std::vector<std::size_t> idx = cursors[ti].next();
            ++batchesDrawn;
            const TaskData &task = train[ti];
            Batch batch = collate(task, idx, tokenizer->padId(), device);
            TaskOutput out = model->forward(batch, task.name);
            torch::Tensor loss = out.loss;
            if (task.kind != TaskKind::Tagging && classWeights.count(task.name))
                loss = torch::nn::functional::cross_entropy(
                    out.logits, batch.labels,
                    torch::nn::functional::CrossEntropyFuncOptions().weight(classWeights[task.name]).ignore_index(kIgnoreLabel));
            if (params.poisonStep && params.poisonStep(batchesDrawn))
                loss = loss * std::numeric_limits<double>::quiet_NaN();
            const double lossValue = loss.item<double>();
            std::string bad;
            optimizer->zero_grad();
            if (!std::isfinite(lossValue)) {
                bad = "loss is " + std::string(std::isnan(lossValue) ? "NaN" : "infinite");
            } else {
                loss.backward();
                const double norm = torch::nn::utils::clip_grad_norm_(allParams, p.clipNorm > 0 ? p.clipNorm : 1e30);
                if (!std::isfinite(norm))
                    bad = "gradient norm is not finite";
            }
            if (!bad.empty()) {
                optimizer->zero_grad();
                ++badInRow;
                if (observer)
                    observer->onSkippedStep({now(), step + 1, task.name, bad, badInRow});
                if (badInRow >= std::size_t(std::max(1, p.maxBadSteps))) { reason = StopReason::TooManyBadSteps; break; }
                continue;
            }
            badInRow = 0;
            LinearSchedule schedule{std::size_t(double(totalSteps) * p.warmupRatio), totalSteps};
            const double factor = schedule.factor(step + 1);
            setLearningRates(factor);
            optimizer->step();
            ++step;
            if (average)
                average->update(step);
            ++stepsThisRun;
            evaluatedAtThisStep = false;
            summary.losses.push_back(lossValue);

            const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
            tokensWindow = tokensWindow * 0.9 + batch.attentionMask.sum().item<double>();
            secondsWindow = secondsWindow * 0.9 + secs;
            const double elapsedNow = std::chrono::duration<double>(Clock::now() - started).count();
            // Fit the schedule to the time budget: once the loop's speed is known, set the run
            // length so the learning rate still decays to zero before the budget ends (never
            // past the epochs asked for). Speed is measured on the loop only, not on the
            // vocabulary and baseline that came before it.
            // Slow steps (over 3 s) are fitted from the third step on, and the evaluation and
            // saves that end the run (as long as the last ones took) are kept inside the budget.
            const double loopSeconds = std::chrono::duration<double>(Clock::now() - loopStarted).count();
            const double perStep = loopSeconds / double(stepsThisRun);
            const bool fitNow = perStep > 3.0 ? stepsThisRun >= 3 : stepsThisRun >= 20 && stepsThisRun % 20 == 0;
            if (budget > 0 && fitNow) {
                const double evalShare = dev.empty() ? 1.0 : 1.08;
                const double left = std::max(0.0, budget * 0.97 - elapsedNow - std::max(tailSeconds, 2 * perStep));
                const std::size_t fit = step + std::size_t(left / (perStep * evalShare));
                totalSteps = std::max(step + 1, std::min(epochSteps, fit));
            }
            if (observer) {
                StepEvent e;
                e.time = now();
                e.step = step;
                e.totalSteps = totalSteps;
                e.task = task.name;
                e.loss = lossValue;
                e.learningRate = p.encoderLr * factor;
                e.tokensPerSecond = secondsWindow > 0 ? tokensWindow / secondsWindow : 0;
                e.epoch = double(step) / double(std::max<std::size_t>(1, stepsPerEpoch));
                e.elapsedSeconds = elapsedNow;
                e.etaSeconds = std::chrono::duration<double>(Clock::now() - loopStarted).count() /
                               double(stepsThisRun) * double(totalSteps - step);
                observer->onStep(e);
            }

            const bool epochEnd = step % stepsPerEpoch == 0 || step == totalSteps;
            const bool periodic = p.evalEvery > 0 && step % std::size_t(p.evalEvery) == 0;
            if (epochEnd || periodic) {
                const auto tailStarted = Clock::now();
                {
                    WeightAverage::Swap averaged(average.get());  // the average is the model
                    const double score = evaluate();
                    evaluatedAtThisStep = true;
                    if (score >= 0) {
                        if (score > bestScore) {
                            bestScore = score;
                            bestStep = step;
                            evalsWithoutGain = 0;
                            save(bestModelDir(params.outDir), false);
                            bestSaved = true;
                        } else {
                            ++evalsWithoutGain;
                        }
                    }
                }
                model->train();
                if (epochEnd)
                    save(lastStateDir(params.outDir), true);
                tailSeconds = std::chrono::duration<double>(Clock::now() - tailStarted).count();
                if (p.patience > 0 && evalsWithoutGain >= std::size_t(p.patience)) { reason = StopReason::EarlyStopping; break; }
            }
        }
        if (reason == StopReason::Completed && !evaluatedAtThisStep && step > 0) {
            WeightAverage::Swap averaged(average.get());
            const double score = evaluate();
            if (score > bestScore) {
                bestScore = score;
                bestStep = step;
                save(bestModelDir(params.outDir), false);
                bestSaved = true;
            }
        }
        // Always leave a resumable state and a usable model.
        model->eval();
        save(lastStateDir(params.outDir), true);
        if (!bestSaved) {
            WeightAverage::Swap averaged(average.get());
            save(bestModelDir(params.outDir), false);
            bestStep = step;
        }
        summary.reason = reason;
        summary.steps = step;
        summary.bestScore = bestScore;
        summary.bestStep = bestStep;
        summary.modelDir = bestModelDir(params.outDir);
        summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
        if (observer)
            observer->onFinished({now(), step, reason, bestScore, bestStep, summary.modelDir, summary.seconds});
        return summary;
    }
};

Trainer::Trainer(TrainParams params) : m_impl(std::make_unique<Impl>())
{
    m_impl->params = std::move(params);
    m_impl->stop = &m_stop;
}

Trainer::~Trainer() = default;

void Trainer::setObserver(TrainObserver *observer) { m_impl->observer = observer; }
void Trainer::requestStop() { m_stop.store(true); }
bool Trainer::stopRequested() const { return m_stop.load(); }

Result<TrainSummary> Trainer::run()
{
    return runGuarded<TrainSummary>([this] { return m_impl->runImpl(); }, m_impl->observer);
}

} // namespace mizan
