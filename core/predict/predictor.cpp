#include "predict/predictor.h"

#include <torch/torch.h>

#include <algorithm>
#include <deque>
#include <set>

#include "baseline/baselineeval.h"
#include "baseline/baselinemodel.h"
#include "common/atomicfile.h"
#include "common/utf8.h"
#include <filesystem>
#include "corpus/corpusio.h"
#include "corpus/datasplit.h"
#include "eval/evaljson.h"
#include "eval/spanmetrics.h"
#include "model/checkpoint.h"
#include "predict/tagvote.h"
#include "tokenize/tokenizerconfig.h"
#include "tokenize/vocab.h"
#include "tasks/modelrun.h"
#include "tasks/taskdata.h"
#include "tasks/taskscore.h"
#include "runtime/cputhreads.h"
#include "rundir/rundir.h"

namespace mizan {

namespace {

// Mean marginal of a span's own labels (B-type on its first unit, I-type on the rest).
double spanScore(const BaselineUnitTags &tags, std::size_t start, std::size_t end, const std::string &type)
{
    auto index = [&](const std::string &name) {
        return std::size_t(std::find(tags.labels.begin(), tags.labels.end(), name) - tags.labels.begin());
    };
    const std::size_t b = index("B-" + type), in = index("I-" + type);
    double sum = 0;
    std::size_t n = 0;
    for (std::size_t u = 0; u < tags.units.size(); ++u) {
        if (tags.units[u].first < start || tags.units[u].second > end)
            continue;
        const std::size_t l = n == 0 ? b : in;
        sum += l < tags.probs[u].size() ? tags.probs[u][l] : 0.0;
        ++n;
    }
    return n ? sum / double(n) : 0.0;
}

} // namespace

struct Predictor::Impl {
    std::string dir;
    std::unique_ptr<BaselineModel> baseline;  // set when the folder is a linear baseline
    torch::Device device{torch::kCPU};
    MultitaskModel model{nullptr};
    std::unique_ptr<WordPieceTokenizer> tokenizer;
    std::unique_ptr<PieceEncoder> encoder;
    TextSettings text;
    nlohmann::json training;
    struct TaskInfo {
        std::string name;
        TaskKind kind;
        std::vector<std::string> labels;
    };
    std::vector<TaskInfo> tasks;
    // The run's linear baseline blended into target polarity (preset "ensemble_baseline").
    std::unique_ptr<BaselineModel> ensembleBaseline;
    double ensembleWeight = 0.0;  // the baseline's share of target polarity
    double voteWeight = 0.0;      // ... and of the span vote

    const TaskInfo *find(TaskKind kind, const std::string &preferred = {}) const
    {
        for (const auto &t : tasks)
            if (t.kind == kind && (preferred.empty() || t.name == preferred))
                return &t;
        return preferred.empty() ? nullptr : find(kind);
    }

    TaskData taggingData(const TaskInfo &t, const std::vector<const Sentence *> &sentences, bool withGold) const
    {
        TaskData d;
        d.name = t.name;
        d.kind = t.kind;
        d.labels = t.labels;
        // One example per window of each sentence (sentenceExamples groups them back).
        for (const Sentence *s : sentences) {
            for (TaskExample &ex : makeTaggingExamples(*s, withGold ? goldSpans(*s, t.name) : std::vector<EntitySpan>{},
                                                       t.labels, *encoder, *tokenizer, text.maxLength))
                d.examples.push_back(std::move(ex));
            d.sentences++;
        }
        return d;
    }

    // The model's predictions; unless `transformerOnly`, target polarity blended with the
    // baseline's and target / entity spans voted with it (blends()).
    TaskPredictions run(const TaskData &d, bool transformerOnly = false) const
    {
        TaskPredictions p = predictTask(*model.ptr(), d, 32, tokenizer->padId(), device);
        if (!transformerOnly && blends(d.name, d.kind))
            (d.kind == TaskKind::TargetSentiment ? blendWithBaseline(d, p) : voteWithBaseline(d, p));
        return p;
    }

    // Whether the baseline takes part in this task's answers: target polarity (a blend of
    // probabilities), the "targets" tagging task and an entity task with the baseline's entity
    // labels (a vote on the baseline's units).
    bool blends(const std::string &task, TaskKind kind) const
    {
        if (!ensembleBaseline)
            return false;
        if (kind == TaskKind::TargetSentiment)
            return ensembleWeight > 0 && ensembleBaseline->hasSentiment();
        if (kind != TaskKind::Tagging || voteWeight <= 0)
            return false;
        if (task == "targets")
            return ensembleBaseline->hasTargets();
        const TaskInfo *t = nullptr;
        for (const auto &info : tasks)
            if (info.name == task)
                t = &info;
        std::vector<std::string> mine = t ? t->labels : std::vector<std::string>{};
        std::vector<std::string> theirs = ensembleBaseline->entityLabels();
        std::sort(mine.begin(), mine.end());
        std::sort(theirs.begin(), theirs.end());
        return !theirs.empty() && mine == theirs;
    }

    // Spans voted per sentence: the baseline CRF's Viterbi over its units, with the
    // transformer's label probabilities on those units (tagvote.h) as weighted extra evidence
    // and the baseline's own O bias; the pieces' tags then follow the voted spans.
    void voteWithBaseline(const TaskData &d, TaskPredictions &p) const
    {
        const bool targets = d.name == "targets";
        for (const auto &[first, end] : sentenceExamples(d)) {
            const std::string &text = d.examples[first].text;
            const BaselineUnitTags bt = targets ? ensembleBaseline->targetUnitTags(text) : ensembleBaseline->entityUnitTags(text);
            // The model's label index of each of the baseline's labels.
            std::vector<std::size_t> index;
            for (const std::string &l : bt.labels) {
                const auto it = std::find(d.labels.begin(), d.labels.end(), l);
                if (it == d.labels.end())
                    return;  // label sets differ: the model's own decoding stands
                index.push_back(std::size_t(it - d.labels.begin()));
            }
            std::vector<TokenTagProbs> pieces;
            for (std::size_t i = first; i < end && i < p.tagDistributions.size(); ++i) {
                const TaskExample &ex = d.examples[i];
                for (std::size_t t = 0; t < ex.labels.size() && t < p.tagDistributions[i].size(); ++t) {
                    const auto &dist = p.tagDistributions[i][t];
                    if (ex.labels[t] == kIgnoreLabel || dist.size() != d.labels.size() ||
                        ex.offsets[t].end <= ex.offsets[t].start)
                        continue;
                    TokenTagProbs piece{ex.offsets[t].start, ex.offsets[t].end, {}};
                    for (std::size_t k : index)
                        piece.probs.push_back(dist[k]);
                    pieces.push_back(std::move(piece));
                }
            }
            std::stable_sort(pieces.begin(), pieces.end(),
                             [](const TokenTagProbs &x, const TokenTagProbs &y) { return x.start < y.start; });
            std::vector<TokenTagProbs> units;
            for (std::size_t u = 0; u < bt.units.size(); ++u)
                units.push_back({bt.units[u].first, bt.units[u].second, bt.probs[u]});
            // The baseline's CRF decodes its units with the transformer's log-probabilities on
            // them as extra evidence (weight voteWeight).
            const auto evidence = piecesOnUnits(units, pieces, bt.labels);
            std::vector<DecodedSpan> spans;
            for (const EntitySpan &e : ensembleBaseline->decodeWithEvidence(text, !targets, evidence, voteWeight))
                spans.push_back({e.start, e.end, e.label, spanScore(bt, e.start, e.end, e.label)});
            auto labelId = [&](const std::string &name) {
                return std::int64_t(std::find(d.labels.begin(), d.labels.end(), name) - d.labels.begin());
            };
            const std::int64_t outside = labelId("O");
            for (std::size_t i = first; i < end && i < p.tags.size(); ++i) {
                const TaskExample &ex = d.examples[i];
                for (std::size_t t = 0; t < ex.labels.size() && t < p.tags[i].size(); ++t) {
                    if (ex.labels[t] == kIgnoreLabel)
                        continue;
                    std::int64_t tag = outside;
                    for (const DecodedSpan &sp : spans)
                        if (ex.offsets[t].start == sp.start)
                            tag = labelId("B-" + sp.label);
                        else if (ex.offsets[t].start > sp.start && ex.offsets[t].start < sp.end)
                            tag = labelId("I-" + sp.label);
                    p.tags[i][t] = tag;
                }
            }
            p.sentenceSpans[first] = std::move(spans);
        }
    }

    void blendWithBaseline(const TaskData &d, TaskPredictions &p) const
    {
        for (std::size_t i = 0; i < d.examples.size() && i < p.classProbs.size(); ++i) {
            const TaskExample &ex = d.examples[i];
            auto bp = ensembleBaseline->predictPolarity(ex.text, ex.target.start, ex.target.end);
            if (!bp)
                continue;
            auto &probs = p.classProbs[i];
            for (std::size_t c = 0; c < probs.size() && c < d.labels.size(); ++c) {
                double q = 0.0;
                for (const auto &[label, score] : bp->scores)
                    if (label == d.labels[c])
                        q = score;
                probs[c] = (1.0 - ensembleWeight) * probs[c] + ensembleWeight * q;
            }
            p.classes[i] = std::int64_t(std::max_element(probs.begin(), probs.end()) - probs.begin());
        }
    }

    // Polarity of each (text, target range) pair.
    void classify(const TaskInfo &t, const std::string &sentenceId, const std::string &raw,
                  std::vector<PredictedTarget> &targets) const
    {
        if (targets.empty())
            return;
        TaskData d;
        d.name = t.name;
        d.kind = t.kind;
        d.labels = t.labels;
        for (const auto &tg : targets)
            d.examples.push_back(makePairExample(sentenceId, raw, {tg.start, tg.end}, *encoder, *tokenizer,
                                                 text.maxLength, text.markTarget));
        const TaskPredictions p = run(d);
        for (std::size_t i = 0; i < targets.size(); ++i) {
            targets[i].polarity = t.labels[std::size_t(p.classes[i])];
            for (std::size_t c = 0; c < t.labels.size(); ++c)
                targets[i].scores[t.labels[c]] = p.classProbs[i][c];
        }
    }
};

Predictor::Predictor() : m_impl(std::make_unique<Impl>()) {}
Predictor::~Predictor() = default;

Result<std::unique_ptr<Predictor>> Predictor::load(const std::string &modelDir, const PredictorOptions &options)
{
    using R = Result<std::unique_ptr<Predictor>>;
    try {
        auto dir = resolveModelDir(modelDir);
        if (!dir)
            return R(dir.status());
        std::unique_ptr<Predictor> p(new Predictor());
        Impl &m = *p->m_impl;
        m.dir = *dir;
        if (isBaselineDir(m.dir)) {
            auto b = BaselineModel::load(m.dir);
            if (!b)
                return R(b.status());
            m.baseline = std::make_unique<BaselineModel>(std::move(*b));
            const auto training = readFile(m.dir + "/training.json");
            m.training = nlohmann::json::parse(training ? *training : std::string("{}"), nullptr, false);
            if (m.training.is_discarded())
                m.training = nlohmann::json::object();
            if (m.baseline->hasTargets())
                m.tasks.push_back({"targets", TaskKind::Tagging, {"O", "B-TARGET", "I-TARGET"}});
            if (m.baseline->hasSentiment())
                m.tasks.push_back({"sentiment", TaskKind::TargetSentiment, m.baseline->polarityLabels()});
            if (!m.baseline->entityLabels().empty())
                m.tasks.push_back({"ner", TaskKind::Tagging, m.baseline->entityLabels()});
            return R(std::move(p));
        }
        if (options.device == "cuda" && !torch::cuda::is_available())
            return R(ErrorCode::Unsupported, "--device cuda: this libtorch has no CUDA or no GPU is present");
        m.device = options.device == "cpu" ? torch::Device(torch::kCPU)
                   : options.device == "cuda" ? torch::Device(torch::kCUDA) : defaultDevice();
        configureCpuThreads(options.threads);
        auto loaded = loadCheckpoint(m.dir, m.device);
        if (!loaded)
            return R(loaded.status());
        m.model = loaded->model;
        m.model->eval();
        const auto &files = loaded->files.tokenizerFiles;
        auto vocabIt = files.find("vocab.txt");
        if (vocabIt == files.end())
            return R(ErrorCode::NotFound, m.dir + ": the checkpoint has no vocab.txt");
        auto vocab = Vocab::parse(vocabIt->second, m.dir + "/vocab.txt");
        if (!vocab)
            return R(vocab.status());
        TokenizerConfig config;
        auto cfgIt = files.find("tokenizer_config.json");
        if (cfgIt != files.end()) {
            auto c = parseTokenizerConfig(cfgIt->second, m.dir + "/tokenizer_config.json");
            if (!c)
                return R(c.status());
            config = *c;
        }
        auto tok = WordPieceTokenizer::create(std::move(*vocab), config);
        if (!tok)
            return R(ErrorCode::ParseError, m.dir + ": " + tok.error());
        m.tokenizer = std::make_unique<WordPieceTokenizer>(std::move(*tok));
        m.training = nlohmann::json::parse(loaded->files.trainingJson, nullptr, false);
        if (m.training.is_discarded())
            m.training = nlohmann::json::object();
        m.text = textSettingsFromJson(m.training);
        m.text.encoder.charNgramBuckets = loaded->info.config.charNgramBuckets;
        m.encoder = std::make_unique<PieceEncoder>(m.tokenizer.get(), m.text.encoder);
        std::map<std::string, std::string> kinds;
        if (m.training.contains("tasks"))
            for (const auto &t : m.training["tasks"])
                kinds[t.value("name", "")] = t.value("kind", "");
        for (const HeadSpec &h : loaded->info.heads) {
            TaskKind kind = h.kind == HeadKind::TokenClassification ? TaskKind::Tagging : TaskKind::TargetSentiment;
            if (kinds[h.task] == "classification")
                kind = TaskKind::Classification;
            m.tasks.push_back({h.task, kind, h.labels});
        }
        // Answers shared with the run's linear baseline (preset ensemble_baseline): required
        // where the model classifies targets (its polarity is a blend), used where present
        // otherwise (an entity vote; runs from before the baseline learnt entities have none).
        if (m.training.contains("preset") && m.training["preset"].is_object()) {
            m.ensembleWeight = m.training["preset"].value("ensemble_baseline", 0.0);
            // Runs from before ensemble_tagging voted with the polarity weight.
            m.voteWeight = m.training["preset"].value("ensemble_tagging", m.ensembleWeight);
        }
        for (double w : {options.blendWeight, options.voteWeight})
            if (w > 1.0)
                return R(ErrorCode::InvalidArgument, "the baseline's weight must be in [0, 1], not " + std::to_string(w));
        if (options.blendWeight >= 0)
            m.ensembleWeight = options.blendWeight;
        if (options.voteWeight >= 0)
            m.voteWeight = options.voteWeight;
        if (m.ensembleWeight > 0 || m.voteWeight > 0) {
            // <model>/baseline when the folder was copied on its own, else the run's sibling.
            const std::filesystem::path own = std::filesystem::path(m.dir) / "baseline";
            const std::filesystem::path sibling = std::filesystem::path(m.dir).parent_path() / "baseline";
            const std::string bdir = isBaselineDir(own.string()) ? own.string() : sibling.string();
            if (isBaselineDir(bdir)) {
                auto b = BaselineModel::load(bdir);
                if (!b)
                    return R(b.status());
                m.ensembleBaseline = std::make_unique<BaselineModel>(std::move(*b));
            } else if ((m.find(TaskKind::TargetSentiment) && m.ensembleWeight > 0) ||
                       (m.voteWeight > 0 && std::any_of(m.tasks.begin(), m.tasks.end(), [](const Impl::TaskInfo &t) {
                            return t.kind == TaskKind::Tagging && t.name == "targets";
                        }))) {
                return R(ErrorCode::NotFound, m.dir + ": this model blends its polarity / votes its targets with the "
                                                      "linear baseline trained beside it (preset ensemble_baseline / "
                                                      "ensemble_tagging), but there is no baseline at " + own.string() +
                                                      " or " + sibling.string());
            }
        }
        return R(std::move(p));
    } catch (const c10::Error &e) {
        return R(ErrorCode::Internal, std::string("torch: ") + e.what_without_backtrace());
    } catch (const std::exception &e) {
        return R(ErrorCode::Internal, e.what());
    }
}

std::vector<std::string> Predictor::tasks() const
{
    std::vector<std::string> out;
    for (const auto &t : m_impl->tasks)
        out.push_back(t.name);
    return out;
}

const std::string &Predictor::modelDir() const { return m_impl->dir; }

Result<Prediction> Predictor::predict(std::string_view raw) const
{
    if (auto bad = utf8::findInvalid(raw))
        return Result<Prediction>(ErrorCode::InvalidArgument, "invalid UTF-8 at byte " + std::to_string(bad->byteOffset));
    try {
        const Impl &m = *m_impl;
        Prediction out;
        out.text = std::string(raw);
        if (m.baseline) {
            const BaselineUnitTags targetTags = m.baseline->targetUnitTags(out.text);
            for (const BaselineTarget &t : m.baseline->predict(out.text)) {
                PredictedTarget pt{t.start, t.end, t.text, t.polarity.label, {}, spanScore(targetTags, t.start, t.end, "TARGET")};
                for (const auto &[label, score] : t.polarity.scores)
                    pt.scores[label] = score;
                out.targets.push_back(std::move(pt));
            }
            const BaselineUnitTags entityTags = m.baseline->entityUnitTags(out.text);
            for (const EntitySpan &e : m.baseline->predictEntities(out.text))
                out.entities.push_back({e.start, e.end, e.label, utf8::substr(out.text, e.start, e.end),
                                        spanScore(entityTags, e.start, e.end, e.label)});
            return out;
        }
        Sentence s;
        s.id = "input";
        s.text = out.text;
        for (const auto &t : m.tasks) {
            if (t.kind != TaskKind::Tagging)
                continue;
            const TaskData d = m.taggingData(t, {&s}, false);
            const TaskPredictions p = m.run(d);
            // Every window of the text, decoded as one sequence.
            for (const DecodedSpan &span : predictedSpans(d, p, 0, d.examples.size())) {
                const std::string text = utf8::substr(out.text, span.start, span.end);
                if (t.name == "targets")
                    out.targets.push_back({span.start, span.end, text, "", {}, span.score});
                else
                    out.entities.push_back({span.start, span.end, span.label, text, span.score});
            }
        }
        if (const auto *senti = m.find(TaskKind::TargetSentiment))
            m.classify(*senti, s.id, out.text, out.targets);
        return out;
    } catch (const c10::Error &e) {
        return Result<Prediction>(ErrorCode::Internal, std::string("torch: ") + e.what_without_backtrace());
    } catch (const std::exception &e) {
        return Result<Prediction>(ErrorCode::Internal, e.what());
    }
}

Result<Prediction> Predictor::predict(std::string_view raw,
                                      const std::vector<std::pair<std::size_t, std::size_t>> &targets) const
{
    if (auto bad = utf8::findInvalid(raw))
        return Result<Prediction>(ErrorCode::InvalidArgument, "invalid UTF-8 at byte " + std::to_string(bad->byteOffset));
    auto base = predict(raw);
    if (!base)
        return base;
    Prediction out = std::move(*base);
    out.targets.clear();
    const std::size_t length = utf8::length(raw);
    for (const auto &[start, end] : targets) {
        if (start >= end || end > length)
            return Result<Prediction>(ErrorCode::InvalidArgument,
                                      "target [" + std::to_string(start) + ", " + std::to_string(end) +
                                          ") is not inside the text (" + std::to_string(length) + " code points)");
        out.targets.push_back({start, end, utf8::substr(out.text, start, end), "", {}, 1.0});
    }
    try {
        if (m_impl->baseline) {
            for (auto &t : out.targets) {
                if (!m_impl->baseline->hasSentiment())
                    break;  // spans only: this baseline has no polarity classifier
                auto pol = m_impl->baseline->predictPolarity(out.text, t.start, t.end);
                if (!pol)
                    return Result<Prediction>(pol.status());
                t.polarity = pol->label;
                for (const auto &[label, score] : pol->scores)
                    t.scores[label] = score;
            }
            return out;
        }
        if (const auto *senti = m_impl->find(TaskKind::TargetSentiment))
            m_impl->classify(*senti, "input", out.text, out.targets);
    } catch (const std::exception &e) {
        return Result<Prediction>(ErrorCode::Internal, e.what());
    }
    return out;
}

Result<nlohmann::json> Predictor::evaluate(const std::vector<std::string> &corpora, bool devSplitOnly,
                                           std::map<std::string, std::vector<PredictionError>> *errors) const
{
    using R = Result<nlohmann::json>;
    try {
        const Impl &m = *m_impl;
        std::vector<Corpus> loaded;
        for (const auto &path : corpora) {
            ImportResult r = importCorpus(path);
            if (!r.ok) {
                std::string why = r.report.issues.empty() ? "" : ": " + r.report.issues.front().toString();
                return R(ErrorCode::ParseError, "cannot read corpus " + path + why);
            }
            loaded.push_back(std::move(r.corpus));
        }
        const double fraction = m.training.value("dev_fraction", 0.1);
        const std::uint64_t seed = m.training.value("seed", std::uint64_t(13));
        std::deque<Corpus> parts;
        std::vector<const Sentence *> sentences;
        for (const Corpus &c : loaded) {
            const Corpus *part = &c;
            if (devSplitOnly) {
                parts.push_back(splitTrainDev(c, fraction, seed).second);
                part = &parts.back();
            }
            for (const Document &d : part->documents)
                for (const Sentence &s : d.sentences)
                    sentences.push_back(&s);
        }
        // The linear baseline trained beside a transformer (<run>/baseline), scored the same way.
        nlohmann::json baselineReport;
        {
            const std::string sibling = (std::filesystem::path(m.dir).parent_path() / "baseline").string();
            const std::string bdir = m.baseline ? m.dir : sibling;
            std::unique_ptr<BaselineModel> loadedBaseline;
            const BaselineModel *bm = m.baseline.get();
            if (!bm && isBaselineDir(sibling)) {
                auto b = BaselineModel::load(sibling);
                if (b) {
                    loadedBaseline = std::make_unique<BaselineModel>(std::move(*b));
                    bm = loadedBaseline.get();
                }
            }
            bool anyTarget = false, anyEntity = false;  // what the baseline can be scored on
            for (const Sentence *s : sentences) {
                anyEntity = anyEntity || !s->entities.empty();
                for (const Opinion &o : s->opinions)
                    anyTarget = anyTarget || (!o.isNull && o.to > o.from);
            }
            const bool scorable = bm && ((anyTarget && (bm->hasTargets() || bm->hasSentiment())) ||
                                         (anyEntity && !bm->entityLabels().empty()));
            if (bm && (scorable || m.baseline)) {
                auto ev = evaluateBaseline(*bm, sentences);
                if (!ev)
                    return R(ev.status());
                baselineReport = {{"model", bdir}, {"tasks", baselineToJson(*ev)}};
                if (errors && m.baseline) {
                    if (ev->hasTargets)
                        (*errors)["targets"] = ev->targetErrors;
                    if (ev->hasSentiment)
                        (*errors)["sentiment"] = ev->sentimentErrors;
                    if (ev->hasEntities)
                        (*errors)["ner"] = ev->entityErrors;
                }
            }
        }
        if (m.baseline)
            return nlohmann::json{{"model", m.dir}, {"model_kind", "baseline"}, {"corpora", corpora},
                                  {"split", devSplitOnly ? "dev" : "all"}, {"sentences", sentences.size()},
                                  {"tasks", baselineReport["tasks"]}};
        nlohmann::json tasks = nlohmann::json::object();
        std::map<std::string, std::pair<TaskData, TaskPredictions>> tagged;
        for (const auto &t : m.tasks) {
            TaskData d = t.kind == TaskKind::Tagging
                             ? m.taggingData(t, sentences, true)
                             : buildTask(t.name, t.kind, sentences, t.labels, *m.encoder, *m.tokenizer, m.text.maxLength, m.text.markTarget);
            if (d.examples.empty())
                continue;
            const TaskPredictions p = m.run(d);
            std::vector<PredictionError> errs;
            nlohmann::json j = scoreTask(d, p, nullptr, errors ? &errs : nullptr);
            j["examples"] = d.examples.size();
            if (t.kind == TaskKind::TargetSentiment)
                j["definition"] = "polarity of each GOLD target (SemEval-2016 slot 3)";
            if (m.blends(t.name, t.kind)) {
                // The ensemble is the model's answer; the transformer alone is reported beside it.
                const nlohmann::json alone = scoreTask(d, m.run(d, true));
                if (t.kind == TaskKind::TargetSentiment)
                    j["ensemble"] = {{"baseline_weight", m.ensembleWeight},
                                     {"definition", "polarity probabilities: (1 - w) * transformer + w * linear baseline"},
                                     {"transformer_only", {{"accuracy", alone["accuracy"]}, {"macro_f1", alone["macro_f1"]}}}};
                else
                    j["ensemble"] = {{"transformer_weight", m.voteWeight},
                                     {"definition", "the linear baseline's CRF decodes its units with w * log(transformer "
                                                    "probabilities) added to its scores (w: the transformer's weight)"},
                                     {"transformer_only", {{"precision", alone["precision"]}, {"recall", alone["recall"]},
                                                           {"f1", alone["f1"]}}}};
            }
            tasks[t.name] = j;
            if (errors)
                (*errors)[t.name] = std::move(errs);
            if (t.kind == TaskKind::Tagging)
                tagged.emplace(t.name, std::make_pair(std::move(d), p));
        }
        // End to end: predicted targets with predicted polarity against gold (span, polarity).
        const auto *senti = m.find(TaskKind::TargetSentiment);
        auto targetsIt = tagged.find("targets");
        if (senti && targetsIt != tagged.end()) {
            const TaskData &d = targetsIt->second.first;
            std::map<std::string, std::vector<SentenceSpans>> byPolarity;
            // Sentence g is examples [first, end) (its windows).
            const auto groups = sentenceExamples(d);
            for (std::size_t g = 0; g < groups.size() && g < sentences.size(); ++g) {
                const Sentence &s = *sentences[g];
                std::vector<PredictedTarget> targets;
                for (const DecodedSpan &span : predictedSpans(d, targetsIt->second.second, groups[g].first, groups[g].second))
                    targets.push_back({span.start, span.end, "", "", {}, span.score});
                m.classify(*senti, s.id, s.text, targets);
                std::map<std::string, SentenceSpans> sent;
                std::set<CharSpan> seen;
                for (const Opinion &o : s.opinions)
                    if (!o.isNull && o.to > o.from && seen.insert({o.from, o.to}).second)
                        sent[polarityName(o.polarity)].gold.emplace_back(o.from, o.to);
                for (const auto &tg : targets)
                    sent[tg.polarity].predicted.emplace_back(tg.start, tg.end);
                for (auto &[pol, ss] : sent) {
                    ss.sentenceId = s.id;
                    byPolarity[pol].push_back(std::move(ss));
                }
            }
            std::size_t gold = 0, pred = 0, correct = 0;
            for (const auto &[pol, ss] : byPolarity) {
                const SpanMetrics sm = spanMetrics(ss);
                gold += sm.goldCount;
                pred += sm.predictedCount;
                correct += sm.correctCount;
            }
            const double p = pred ? double(correct) / double(pred) : 0.0;
            const double r = gold ? double(correct) / double(gold) : 0.0;
            tasks["sentiment_end_to_end"] = {
                {"kind", "target_sentiment_end_to_end"},
                {"definition", "predicted target spans with predicted polarity; correct when span AND polarity equal a gold opinion's"},
                {"precision", p}, {"recall", r}, {"f1", p + r > 0 ? 2 * p * r / (p + r) : 0.0},
                {"gold", gold}, {"predicted", pred}, {"correct", correct}};
        }
        nlohmann::json out = {{"model", m.dir}, {"model_kind", "transformer"}, {"corpora", corpora},
                              {"split", devSplitOnly ? "dev" : "all"}, {"sentences", sentences.size()}, {"tasks", tasks}};
        if (!baselineReport.is_null()) {
            out["baseline"] = baselineReport;
            // model / baseline for each headline metric both report.
            nlohmann::json ratio = nlohmann::json::object();
            for (const auto &[task, bt] : baselineReport["tasks"].items()) {
                if (!tasks.contains(task))
                    continue;
                for (const char *k : {"f1", "accuracy", "macro_f1"})
                    if (bt.contains(k) && tasks[task].contains(k) && bt[k].get<double>() > 0)
                        ratio[task][k] = tasks[task][k].get<double>() / bt[k].get<double>();
            }
            out["model_vs_baseline"] = ratio;
        }
        return out;
    } catch (const c10::Error &e) {
        return R(ErrorCode::Internal, std::string("torch: ") + e.what_without_backtrace());
    } catch (const std::exception &e) {
        return R(ErrorCode::Internal, e.what());
    }
}

nlohmann::json predictionToJson(const Prediction &p)
{
    nlohmann::json entities = nlohmann::json::array(), targets = nlohmann::json::array();
    for (const auto &e : p.entities)
        entities.push_back({{"start", e.start}, {"end", e.end}, {"label", e.label}, {"text", e.text}, {"score", e.score}});
    for (const auto &t : p.targets) {
        nlohmann::json scores = nlohmann::json::object();
        for (const auto &[k, v] : t.scores)
            scores[k] = v;
        targets.push_back({{"start", t.start}, {"end", t.end}, {"text", t.text},
                           {"polarity", t.polarity.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.polarity)},
                           {"scores", scores}});
    }
    return {{"text", p.text}, {"entities", entities}, {"targets", targets}};
}

} // namespace mizan
