#include "model/multitaskmodel.h"

#include <stdexcept>

namespace mizan {

torch::Tensor upload(const torch::Tensor &host, const torch::Device &device, bool ownsMemory)
{
    if (device.is_cuda() && host.is_cpu())
        return host.pin_memory().to(device, /*non_blocking=*/true);
    if (device.is_cpu() && host.is_cpu())
        return ownsMemory ? host : host.clone();
    return host.to(device);
}

Batch Batch::to(const torch::Device &device) const
{
    Batch out = *this;
    for (torch::Tensor *t : {&out.inputIds, &out.tokenTypeIds, &out.attentionMask, &out.labels, &out.ngramIds,
                             &out.ngramOffsets})
        if (t->defined())
            *t = upload(*t, device);
    return out;
}

MultitaskModelImpl::MultitaskModelImpl(const BertConfig &config, std::vector<HeadSpec> heads, bool initEncoder)
    : m_config(config), m_specs(std::move(heads))
{
    bert = register_module("bert", BertModel(BertOptions::fromConfig(config).init_weights(initEncoder)));
    if (config.charNgramBuckets > 0) {
        if (config.charNgramDim <= 0)
            throw std::invalid_argument("multi-task model: character n-grams need a positive dimension");
        charNgrams = register_module(
            "char_ngrams",
            torch::nn::EmbeddingBag(
                torch::nn::EmbeddingBagOptions(config.charNgramBuckets, config.charNgramDim).mode(torch::kSum)));
        charProjection = register_module(
            "char_projection",
            torch::nn::Linear(torch::nn::LinearOptions(config.charNgramDim, config.hiddenSize).bias(false)));
        torch::NoGradGuard noGrad;
        charNgrams->weight.normal_(0.0, 0.01);
    }
    auto holder = std::make_shared<torch::nn::Module>();
    for (const auto &spec : m_specs) {
        if (std::string why = validateHeadSpec(spec); !why.empty())
            throw std::invalid_argument("multi-task model: " + why);
        if (m_tokenHeads.count(spec.task) || m_sequenceHeads.count(spec.task))
            throw std::invalid_argument("multi-task model: task '" + spec.task + "' given twice");
        const auto n = static_cast<std::int64_t>(spec.labels.size());
        if (spec.kind == HeadKind::TokenClassification) {
            if (spec.wide && config.charNgramBuckets <= 0)
                throw std::invalid_argument("multi-task model: task '" + spec.task +
                                            "' has a wide feature path but the encoder has no character n-grams");
            auto head = TokenClassificationHead(TokenHeadOptions(config.hiddenSize, n)
                                                    .dropout(spec.dropout)
                                                    .crf(spec.crf)
                                                    .labels(spec.labels)
                                                    .wide_buckets(spec.wide ? config.charNgramBuckets : 0));
            m_tokenHeads.emplace(spec.task, holder->register_module(spec.task, head));
        } else {
            if (spec.wide && config.charNgramBuckets <= 0)
                throw std::invalid_argument("multi-task model: task '" + spec.task +
                                            "' has a wide feature path but the encoder has no character n-grams");
            const auto in = config.hiddenSize * (spec.targetPooling ? 2 : 1);
            auto head = SequenceClassificationHead(
                SequenceHeadOptions(in, n)
                    .dropout(spec.dropout)
                    .wide_buckets(spec.wide ? config.charNgramBuckets : 0)
                    .wide_window(spec.wide && spec.wideWindow > 0));
            m_sequenceHeads.emplace(spec.task, holder->register_module(spec.task, head));
        }
    }
    register_module("heads", holder);
}

bool MultitaskModelImpl::hasTask(const std::string &task) const
{
    return m_tokenHeads.count(task) > 0 || m_sequenceHeads.count(task) > 0;
}

const HeadSpec &MultitaskModelImpl::headSpec(const std::string &task) const
{
    for (const auto &s : m_specs)
        if (s.task == task)
            return s;
    throw std::invalid_argument("multi-task model: unknown task '" + task + "'");
}

torch::Tensor MultitaskModelImpl::charEmbeddings(const Batch &batch)
{
    if (charNgrams.is_empty())
        return {};
    if (!batch.ngramIds.defined() || !batch.ngramOffsets.defined())
        throw std::invalid_argument("multi-task model: this model reads character n-grams but the batch has none");
    const auto rows = batch.inputIds.size(0), steps = batch.inputIds.size(1);
    if (batch.ngramOffsets.numel() != rows * steps)
        throw std::invalid_argument("multi-task model: one n-gram bag per position expected");
    auto bags = charNgrams(batch.ngramIds, batch.ngramOffsets);
    return charProjection(bags).view({rows, steps, m_config.hiddenSize});
}

void MultitaskModelImpl::setPositiveWeights(const std::string &task, torch::Tensor weights)
{
    if (headSpec(task).kind != HeadKind::MultiLabel)
        throw std::invalid_argument("multi-task model: '" + task + "' is not a multi-label task");
    if (weights.defined() && weights.numel() != std::int64_t(headSpec(task).labels.size()))
        throw std::invalid_argument("multi-task model: one positive weight per label of '" + task + "' expected");
    m_positiveWeights[task] = std::move(weights);
}

void MultitaskModelImpl::setHeadBias(const std::string &task, const torch::Tensor &bias)
{
    auto it = m_sequenceHeads.find(task);
    if (it == m_sequenceHeads.end())
        throw std::invalid_argument("multi-task model: '" + task + "' has no sequence head");
    torch::NoGradGuard noGrad;
    it->second->classifier->bias.copy_(bias.reshape({-1}));
}

TaskOutput MultitaskModelImpl::forward(const Batch &batch, const std::string &task)
{
    if (!hasTask(task))
        throw std::invalid_argument("multi-task model: unknown task '" + task + "'");
    if (batch.inputIds.defined() && !batch.inputIds.is_cpu()) {  // the encoder checks ids on the CPU itself
        const bool known = batch.maxInputId >= 0;
        const auto &types = batch.tokenTypeIds;
        bert->checkIds(
            known || batch.inputIds.numel() == 0 ? batch.maxInputId : batch.inputIds.max().item<std::int64_t>(),
            known || !types.defined() || types.numel() == 0 ? batch.maxTokenType : types.max().item<std::int64_t>());
    }
    auto encoded = bert->forward(batch.inputIds, batch.tokenTypeIds, batch.attentionMask, false, charEmbeddings(batch));
    TaskOutput out;
    if (auto it = m_tokenHeads.find(task); it != m_tokenHeads.end()) {
        out.logits = it->second->forward(encoded.lastHiddenState, batch.ngramIds, batch.ngramOffsets);
        if (batch.labels.defined())
            out.loss = it->second->loss(out.logits, batch.labels);
    } else {
        auto &head = m_sequenceHeads.at(task);
        auto cls = encoded.poolerOutput.defined() ? encoded.poolerOutput : encoded.lastHiddenState.select(1, 0);
        if (headSpec(task).targetPooling) {
            const auto &h = encoded.lastHiddenState;
            auto marked = batch.tokenTypeIds.defined() ? batch.tokenTypeIds.eq(1)
                                                       : torch::zeros_like(batch.inputIds).to(torch::kBool);
            if (batch.attentionMask.defined())
                marked = marked & batch.attentionMask.ne(0);
            auto weights = marked.to(h.scalar_type()).unsqueeze(2);
            auto pooled = (h * weights).sum(1) / weights.sum(1).clamp_min(1.0);
            cls = torch::cat({cls, pooled}, 1);
        }
        if (head->hasWide()) {
            auto mask = batch.attentionMask.defined() ? batch.attentionMask.ne(0)
                                                      : torch::ones_like(batch.inputIds).to(torch::kBool);
            const int window = headSpec(task).wideWindow;
            torch::Tensor windowMask;
            if (window > 0)
                windowMask = batch.tokenTypeIds.defined()
                                 ? targetWindowMask(batch.tokenTypeIds, batch.attentionMask, window)
                                 : torch::zeros_like(mask);
            out.logits = head->forward(cls, batch.ngramIds, batch.ngramOffsets, mask, windowMask);
        } else {
            out.logits = head->forward(cls);
        }
        if (batch.labels.defined() && headSpec(task).kind == HeadKind::MultiLabel) {
            namespace F = torch::nn::functional;
            F::BinaryCrossEntropyWithLogitsFuncOptions o;
            if (auto w = m_positiveWeights.find(task); w != m_positiveWeights.end())
                o.pos_weight(w->second.to(out.logits.device(), torch::kFloat32));
            out.loss = F::binary_cross_entropy_with_logits(out.logits.to(torch::kFloat32),
                                                           batch.labels.to(torch::kFloat32), o);
        } else if (batch.labels.defined())
            out.loss = head->loss(out.logits, batch.labels);
    }
    return out;
}

std::vector<std::vector<std::int64_t>> MultitaskModelImpl::decode(const TaskOutput &output, const std::string &task,
                                                                  const torch::Tensor &positions) const
{
    if (auto it = m_tokenHeads.find(task); it != m_tokenHeads.end()) {
        if (!positions.defined())
            throw std::invalid_argument("multi-task model: decoding token task '" + task + "' needs positions");
        return it->second->decode(output.logits, positions);
    }
    if (!m_sequenceHeads.count(task))
        throw std::invalid_argument("multi-task model: unknown task '" + task + "'");
    torch::NoGradGuard noGrad;
    std::vector<std::vector<std::int64_t>> out;
    if (headSpec(task).kind == HeadKind::MultiLabel) {
        const auto on = torch::sigmoid(output.logits.to(torch::kFloat32)).ge(0.5).to(torch::kCPU);
        for (std::int64_t b = 0; b < on.size(0); ++b) {
            out.emplace_back();
            for (std::int64_t l = 0; l < on.size(1); ++l)
                if (on[b][l].item<bool>())
                    out.back().push_back(l);
        }
        return out;
    }
    auto best = output.logits.argmax(1).to(torch::kCPU);
    for (std::int64_t b = 0; b < best.size(0); ++b)
        out.push_back({best[b].item<std::int64_t>()});
    return out;
}

torch::Tensor MultitaskModelImpl::tagMarginals(const TaskOutput &output, const std::string &task,
                                               const torch::Tensor &positions) const
{
    auto it = m_tokenHeads.find(task);
    if (it == m_tokenHeads.end())
        throw std::invalid_argument("multi-task model: '" + task + "' is not a token task");
    return it->second->marginals(output.logits, positions);
}

} // namespace mizan
