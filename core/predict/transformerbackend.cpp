#include "predict/transformerbackend.h"

#include <algorithm>

#include "common/codepointindex.h"
#include "model/checkpoint.h"
#include "tokenize/tokenizerconfig.h"
#include "tokenize/vocab.h"
#include "runtime/cputhreads.h"
#include "runtime/device.h"
#include "tasks/modelrun.h"

namespace mizan {

namespace {

using R = Result<std::unique_ptr<PredictBackend>>;

// The checkpoint's WordPiece tokenizer (vocab.txt and tokenizer_config.json).
Result<WordPieceTokenizer> checkpointTokenizer(const std::string &dir, const std::map<std::string, std::string> &files)
{
    auto vocabIt = files.find("vocab.txt");
    if (vocabIt == files.end())
        return Result<WordPieceTokenizer>(ErrorCode::NotFound, dir + ": the checkpoint has no vocab.txt");
    auto vocab = Vocab::parse(vocabIt->second, dir + "/vocab.txt");
    if (!vocab)
        return Result<WordPieceTokenizer>(vocab.status());
    TokenizerConfig config;
    auto cfgIt = files.find("tokenizer_config.json");
    if (cfgIt != files.end()) {
        auto c = parseTokenizerConfig(cfgIt->second, dir + "/tokenizer_config.json");
        if (!c)
            return Result<WordPieceTokenizer>(c.status());
        config = *c;
    }
    auto tok = WordPieceTokenizer::create(std::move(*vocab), config);
    if (!tok)
        return Result<WordPieceTokenizer>(ErrorCode::ParseError, dir + ": " + tok.error());
    return std::move(*tok);
}

} // namespace

R TransformerBackend::load(const std::string &dir, const PredictorOptions &options)
{
    const auto device = deviceFromName(options.device);
    if (!device)
        return R(device.status());
    if (!(options.categoryThreshold >= 0.0 && options.categoryThreshold <= 1.0))
        return R(ErrorCode::InvalidArgument,
                 "the category threshold must be in [0, 1], not " + std::to_string(options.categoryThreshold));
    std::unique_ptr<TransformerBackend> b(new TransformerBackend());
    b->m_device = *device;
    b->m_categoryThreshold = options.categoryThreshold;
    configureCpuThreads(options.threads);
    auto loaded = loadCheckpoint(dir, b->m_device);
    if (!loaded)
        return R(loaded.status());
    b->m_model = loaded->model;
    b->m_model->eval();
    auto tok = checkpointTokenizer(dir, loaded->files.tokenizerFiles);
    if (!tok)
        return R(tok.status());
    b->m_tokenizer = std::make_unique<WordPieceTokenizer>(std::move(*tok));
    nlohmann::json training = nlohmann::json::parse(loaded->files.trainingJson, nullptr, false);
    if (training.is_discarded())
        training = nlohmann::json::object();
    b->m_text = textSettingsFromJson(training);
    b->m_text.encoder.charNgramBuckets = loaded->info.config.charNgramBuckets;
    b->m_encoder = std::make_unique<PieceEncoder>(b->m_tokenizer.get(), b->m_text.encoder);
    std::map<std::string, std::string> kinds;
    if (training.contains("tasks"))
        for (const auto &t : training["tasks"])
            kinds[t.value("name", "")] = t.value("kind", "");
    for (const HeadSpec &h : loaded->info.heads) {
        TaskKind kind = h.kind == HeadKind::TokenClassification ? TaskKind::Tagging
                        : h.kind == HeadKind::MultiLabel        ? TaskKind::Categories
                                                                : TaskKind::TargetSentiment;
        if (kinds[h.task] == "classification")
            kind = TaskKind::Classification;
        else if (kinds[h.task] == taskKindName(TaskKind::TargetCategories))
            kind = TaskKind::TargetCategories;
        b->m_tasks.push_back({h.task, kind, h.labels});
    }
    if (Status st = b->loadEnsemble(dir, training, options); !st)
        return R(st);
    if (Status st = b->loadCategories(findRunBaseline(dir)); !st)
        return R(st);
    return std::unique_ptr<PredictBackend>(std::move(b));
}

// The baseline's weight in target polarity: the preset's fixed ensemble_baseline, or with
// "auto" the weight the run chose on its held-out training reviews ("ensemble_choice"; none
// when the run held nothing out, e.g. without a target sentiment task: 0).
namespace {

double runBlendWeight(const nlohmann::json &training)
{
    const nlohmann::json &preset = training["preset"];
    const auto w = preset.find("ensemble_baseline");
    if (w == preset.end())
        return 0.0;
    if (w->is_number())
        return w->get<double>();
    const auto choice = training.find("ensemble_choice");
    if (*w != "auto" || choice == training.end() || !choice->is_object())
        return 0.0;
    const auto chosen = choice->find("blend_weight");
    // Not a number: out of range below, named by the caller.
    return chosen != choice->end() && chosen->is_number() ? chosen->get<double>() : -1.0;
}

} // namespace

// Answers shared with the run's linear baseline (preset ensemble_baseline): required where the
// model classifies targets (its polarity is a blend), used where present otherwise (an entity
// vote; runs from before the baseline learnt entities have none).
Status TransformerBackend::loadEnsemble(const std::string &dir, const nlohmann::json &training,
                                        const PredictorOptions &options)
{
    double blendWeight = 0.0, voteWeight = 0.0;
    if (training.contains("preset") && training["preset"].is_object()) {
        blendWeight = runBlendWeight(training);
        // Runs from before ensemble_tagging voted with the polarity weight.
        voteWeight = training["preset"].value("ensemble_tagging", blendWeight);
        for (double w : {blendWeight, voteWeight})
            if (!(w >= 0.0 && w <= 1.0))
                return Status(ErrorCode::InvalidArgument,
                              dir + "/training.json: the baseline's weight (preset ensemble_baseline / "
                                    "ensemble_tagging, or ensemble_choice.blend_weight) must be a number in [0, 1]");
    }
    for (double w : {options.blendWeight, options.voteWeight})
        if (w > 1.0)
            return Status(ErrorCode::InvalidArgument,
                          "the baseline's weight must be in [0, 1], not " + std::to_string(w));
    if (options.blendWeight >= 0)
        blendWeight = options.blendWeight;
    if (options.voteWeight >= 0)
        voteWeight = options.voteWeight;
    if (blendWeight <= 0 && voteWeight <= 0)
        return Status();
    const std::string baselineDir = findRunBaseline(dir);
    if (!baselineDir.empty()) {
        auto baseline = BaselineModel::load(baselineDir);
        if (!baseline)
            return baseline.status();
        m_ensemble = std::make_unique<Ensemble>(std::move(*baseline), blendWeight, voteWeight);
        return Status();
    }
    const bool needed = (find(TaskKind::TargetSentiment) && blendWeight > 0) ||
                        (voteWeight > 0 && std::any_of(m_tasks.begin(), m_tasks.end(), [](const ModelTask &t) {
                             return t.kind == TaskKind::Tagging && t.name == "targets";
                         }));
    if (!needed)
        return Status();
    const std::vector<std::string> places = runBaselineCandidates(dir);
    return Status(ErrorCode::NotFound, dir + ": this model blends its polarity / votes its targets with the "
                                             "linear baseline trained beside it (preset ensemble_baseline / "
                                             "ensemble_tagging), but there is no baseline at " + places[0] +
                                             " or " + places[1]);
}

const ModelTask *TransformerBackend::find(TaskKind kind, const std::string &preferred) const
{
    for (const auto &t : m_tasks)
        if (t.kind == kind && (preferred.empty() || t.name == preferred))
            return &t;
    return preferred.empty() ? nullptr : find(kind);
}

TaskData TransformerBackend::taggingData(const ModelTask &t, const std::vector<const Sentence *> &sentences,
                                         bool withGold) const
{
    TaskData d;
    d.name = t.name;
    d.kind = t.kind;
    d.labels = t.labels;
    for (const Sentence *s : sentences) {
        for (TaskExample &ex : makeTaggingExamples(*s, withGold ? goldSpans(*s, t.name) : std::vector<EntitySpan>{},
                                                   t.labels, *m_encoder, *m_tokenizer, m_text.maxLength))
            d.examples.push_back(std::move(ex));
        d.sentences++;
    }
    return d;
}

TaskPredictions TransformerBackend::run(const TaskData &d, bool transformerOnly) const
{
    TaskPredictions p = predictTask(*m_model.ptr(), d, 32, m_tokenizer->padId(), m_device);
    if (!transformerOnly && m_ensemble)
        m_ensemble->combine(d, p);
    return p;
}

void TransformerBackend::classify(const ModelTask &t, const std::string &sentenceId, const std::string &raw,
                                  std::vector<PredictedTarget> &targets) const
{
    if (targets.empty())
        return;
    TaskData d;
    d.name = t.name;
    d.kind = t.kind;
    d.labels = t.labels;
    const std::vector<Token> pieces = m_encoder->tokenize(raw);  // once for all the targets
    for (const auto &tg : targets)
        d.examples.push_back(makePairExample(sentenceId, raw, {tg.start, tg.end}, *m_encoder, *m_tokenizer,
                                             m_text.maxLength, m_text.markTarget, &pieces));
    const TaskPredictions p = run(d);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        targets[i].polarity = t.labels[std::size_t(p.classes[i])];
        for (std::size_t c = 0; c < t.labels.size(); ++c)
            targets[i].scores[t.labels[c]] = p.classProbs[i][c];
    }
}

Prediction TransformerBackend::predict(const std::string &raw) const
{
    Prediction out;
    out.text = raw;
    Sentence s;
    s.id = "input";
    s.text = raw;
    const utf8::CodePointIndex codePoints(raw);
    for (const auto &t : m_tasks) {
        if (t.kind != TaskKind::Tagging)
            continue;
        const TaskData d = taggingData(t, {&s}, false);
        const TaskPredictions p = run(d);
        // Every window of the text, decoded as one sequence.
        for (const DecodedSpan &span : predictedSpans(d, p, 0, d.examples.size())) {
            const std::string text = codePoints.substr(span.start, span.end);
            if (t.name == "targets")
                out.targets.push_back({span.start, span.end, text, "", {}, span.score});
            else
                out.entities.push_back({span.start, span.end, span.label, text, span.score});
        }
    }
    if (const ModelTask *sentiment = find(TaskKind::TargetSentiment))
        classify(*sentiment, s.id, raw, out.targets);
    return out;
}

Status TransformerBackend::classifyTargets(const std::string &raw, std::vector<PredictedTarget> &targets) const
{
    if (const ModelTask *sentiment = find(TaskKind::TargetSentiment))
        classify(*sentiment, "input", raw, targets);
    return Status();
}

} // namespace mizan
