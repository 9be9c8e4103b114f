#include "model/multitaskmodel.h"

#include <stdexcept>

namespace mizan {

Batch Batch::to(const torch::Device &device) const
{
    auto move = [&](const torch::Tensor &t) { return t.defined() ? t.to(device) : t; };
    return Batch{move(inputIds), move(tokenTypeIds), move(attentionMask), move(labels)};
}

MultitaskModelImpl::MultitaskModelImpl(const BertConfig &config, std::vector<HeadSpec> heads)
    : m_config(config), m_specs(std::move(heads))
{
    bert = register_module("bert", BertModel(BertOptions::fromConfig(config)));
    auto holder = std::make_shared<torch::nn::Module>();
    for (const auto &spec : m_specs) {
        if (std::string why = validateHeadSpec(spec); !why.empty())
            throw std::invalid_argument("multi-task model: " + why);
        if (m_tokenHeads.count(spec.task) || m_sequenceHeads.count(spec.task))
            throw std::invalid_argument("multi-task model: task '" + spec.task + "' given twice");
        const auto n = static_cast<std::int64_t>(spec.labels.size());
        if (spec.kind == HeadKind::TokenClassification) {
            auto head = TokenClassificationHead(
                TokenHeadOptions(config.hiddenSize, n).dropout(spec.dropout).crf(spec.crf).labels(spec.labels));
            m_tokenHeads.emplace(spec.task, holder->register_module(spec.task, head));
        } else {
            auto head = SequenceClassificationHead(SequenceHeadOptions(config.hiddenSize, n).dropout(spec.dropout));
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

TaskOutput MultitaskModelImpl::forward(const Batch &batch, const std::string &task)
{
    if (!hasTask(task))
        throw std::invalid_argument("multi-task model: unknown task '" + task + "'");
    auto encoded = bert->forward(batch.inputIds, batch.tokenTypeIds, batch.attentionMask);
    TaskOutput out;
    if (auto it = m_tokenHeads.find(task); it != m_tokenHeads.end()) {
        out.logits = it->second->forward(encoded.lastHiddenState);
        if (batch.labels.defined())
            out.loss = it->second->loss(out.logits, batch.labels);
    } else {
        auto &head = m_sequenceHeads.at(task);
        auto cls = encoded.poolerOutput.defined() ? encoded.poolerOutput : encoded.lastHiddenState.select(1, 0);
        out.logits = head->forward(cls);
        if (batch.labels.defined())
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
    auto best = output.logits.argmax(1).to(torch::kCPU);
    std::vector<std::vector<std::int64_t>> out;
    for (std::int64_t b = 0; b < best.size(0); ++b)
        out.push_back({best[b].item<std::int64_t>()});
    return out;
}

torch::Device defaultDevice()
{
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
}

} // namespace mizan
