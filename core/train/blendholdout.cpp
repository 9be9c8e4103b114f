#include "train/blendholdout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "tasks/modelrun.h"
#include "tasks/pieceencoder.h"
#include "tasks/polarityblend.h"
#include "train/jobguard.h"
#include "train/runsetup.h"

namespace mizan {

namespace {

std::string fixed(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

// Nothing when the training sentences give it no polarity to learn.
std::optional<BaselineModel> trainAuxiliaryBaseline(const RunContext &ctx, const TaskSources &sources)
{
    const BaselineRunData data = baselineRunData(sources, false);
    BaselineOptions options;
    options.seed = ctx.params.seed;
    options.threads = std::max(1, ctx.params.threads);
    options.taggerEpochs = 0;  // only its polarity is asked: the target tagger's epochs are spared
    auto model = BaselineModel::train(data.opinionTrain, {}, options, {}, ctx.stop);
    if (!model && model.status().code() == ErrorCode::InvalidArgument)
        return std::nullopt;
    if (!model)
        throw JobError(model.status().code(), "the auxiliary baseline (blend weight): " + model.error());
    if (!model->hasSentiment())
        return std::nullopt;
    return std::move(*model);
}

} // namespace

std::unique_ptr<BlendHoldout> prepareBlendHoldout(const RunContext &ctx, const RunSetup &s,
                                                  const TaskSources &sources)
{
    const auto src = std::find_if(sources.begin(), sources.end(), [](const auto &kv) {
        return kv.second.kind == TaskKind::TargetSentiment && !kv.second.heldOut.empty();
    });
    if (src == sources.end())
        return nullptr;
    const auto task =
        std::find_if(s.train.begin(), s.train.end(), [&](const TaskData &t) { return t.name == src->first; });
    if (task == s.train.end())
        return nullptr;
    auto h = std::make_unique<BlendHoldout>();
    const PieceEncoder encoder(s.tokenizer.get(), s.text.encoder);
    h->data = buildTask(src->first, TaskKind::TargetSentiment, src->second.heldOut, task->labels, encoder,
                        *s.tokenizer, s.text.maxLength, s.text.markTarget);
    if (h->data.examples.empty())
        return nullptr;
    h->sentences = src->second.heldOut.size();
    ctx.message("choosing the blend weight on " + std::to_string(h->data.examples.size()) + " targets of " +
                std::to_string(h->sentences) + " training sentences held out of the transformer's training; " +
                "an auxiliary baseline learns from the others");
    const auto auxiliary = trainAuxiliaryBaseline(ctx, sources);
    if (!auxiliary)
        return nullptr;
    h->baseline = baselinePolarityProbs(*auxiliary, h->data);
    return h;
}

void chooseRunBlend(RunSetup &s)
{
    if (!s.blendHoldout)
        return;
    const BlendHoldout &h = *s.blendHoldout;
    const TaskPredictions p = predictTask(*s.model, h.data, 64, s.tokenizer->padId(), s.device);
    nlohmann::json j = blendChoiceToJson(chooseBlendWeight(h.data, p, h.baseline));
    j["held_out_sentences"] = h.sentences;
    s.state.blendChoice = std::move(j);
}

std::string blendChoiceSummary(const nlohmann::json &choice)
{
    if (!choice.is_object() || !choice.contains("candidates") || !choice["candidates"].is_array() ||
        choice["candidates"].empty())
        return {};
    const auto &c = choice["candidates"];
    const double w = choice["blend_weight"].get<double>();
    auto scores = [](const nlohmann::json &k) {
        return fixed(k["accuracy"].get<double>()) + " / " + fixed(k["macro_f1"].get<double>());
    };
    std::string chosen;
    for (const auto &k : c)
        if (std::abs(k["weight"].get<double>() - w) < 1e-9)
            chosen = scores(k);
    return "blend weight of the baseline chosen on " + std::to_string(choice["held_out_targets"].get<std::size_t>()) +
           " held-out training targets: " + fixed(w) + " (accuracy / macro-F1 " + chosen + "; the transformer alone " +
           scores(c.front()) + ", the auxiliary baseline alone " + scores(c.back()) + ")";
}

} // namespace mizan
