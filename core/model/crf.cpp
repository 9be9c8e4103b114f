#include "model/crf.h"

#include <stdexcept>

namespace mizan {

namespace {

// Large enough that no real path uses a forbidden transition, small enough for half precision.
constexpr double kForbidden = -1.0e4;

// "B-LOC" -> {'B', "LOC"}; anything else -> {0, ""}.
std::pair<char, std::string> bioParts(const std::string &label)
{
    if (label.size() >= 2 && (label[0] == 'B' || label[0] == 'I') && label[1] == '-')
        return {label[0], label.substr(2)};
    return {0, {}};
}

// log Z per row [B] by the forward algorithm: a loop over the T steps (each one batched
// [B, L, L] reduction; the emission is added after the reduction, on [B, L]), rows whose mask
// ends earlier keep their alpha.
torch::Tensor logPartition(const torch::Tensor &emissions, const torch::Tensor &mask, const torch::Tensor &start,
                           const torch::Tensor &transitions, const torch::Tensor &end)
{
    const auto keep = mask.to(torch::kBool).transpose(0, 1).unsqueeze(2);  // [T, B, 1]
    const auto trans = transitions.unsqueeze(0);                           // [1, L, L]
    auto alpha = start.unsqueeze(0) + emissions.select(1, 0);              // [B, L]
    for (std::int64_t i = 1; i < emissions.size(1); ++i) {
        auto next = torch::logsumexp(alpha.unsqueeze(2) + trans, 1) + emissions.select(1, i);
        alpha = torch::where(keep[i], next, alpha);
    }
    return torch::logsumexp(alpha + end.unsqueeze(0), 1);
}

} // namespace

CrfImpl::CrfImpl(const CrfOptions &options) : m_options(options)
{
    const auto n = options.num_tags();
    if (n <= 0)
        throw std::invalid_argument("CRF: the number of tags must be positive");
    if (!options.labels().empty() && static_cast<std::int64_t>(options.labels().size()) != n)
        throw std::invalid_argument("CRF: " + std::to_string(options.labels().size()) + " label names for " +
                                    std::to_string(n) + " tags");
    startTransitions = register_parameter("start_transitions", torch::empty({n}).uniform_(-0.1, 0.1));
    endTransitions = register_parameter("end_transitions", torch::empty({n}).uniform_(-0.1, 0.1));
    transitions = register_parameter("transitions", torch::empty({n, n}).uniform_(-0.1, 0.1));

    auto penalty = torch::zeros({n, n});
    auto startPenalty = torch::zeros({n});
    for (std::int64_t to = 0; to < n; ++to) {
        if (!allowed(-1, to))
            startPenalty[to] = kForbidden;
        for (std::int64_t from = 0; from < n; ++from)
            if (!allowed(from, to))
                penalty[from][to] = kForbidden;
    }
    m_transitionPenalty = register_buffer("transition_penalty", penalty);
    m_startPenalty = register_buffer("start_penalty", startPenalty);
}

bool CrfImpl::allowed(std::int64_t from, std::int64_t to) const
{
    const auto &labels = m_options.labels();
    if (labels.empty())
        return true;
    const auto [toKind, toType] = bioParts(labels.at(static_cast<std::size_t>(to)));
    if (toKind != 'I')
        return true;
    if (from < 0)
        return false;
    const auto [fromKind, fromType] = bioParts(labels.at(static_cast<std::size_t>(from)));
    return (fromKind == 'B' || fromKind == 'I') && fromType == toType;
}

torch::Tensor CrfImpl::logLikelihood(const torch::Tensor &emissions, const torch::Tensor &tags,
                                     const torch::Tensor &mask) const
{
    TORCH_CHECK(emissions.dim() == 3 && emissions.size(2) == m_options.num_tags(), "CRF: emissions must be [B, T, ",
                m_options.num_tags(), "]");
    TORCH_CHECK(tags.sizes() == mask.sizes() && tags.size(0) == emissions.size(0) && tags.size(1) == emissions.size(1),
                "CRF: tags and mask must be [B, T] like the emissions");
    const auto batch = emissions.size(0);
    const auto steps = emissions.size(1);
    const auto lengths = mask.to(torch::kLong).sum(1);  // [B]
    if (steps == 0)
        return torch::zeros({batch}, emissions.options());
    const auto valid = mask.to(torch::kBool);
    auto m = valid.to(emissions.scalar_type());  // [B, T]
    auto safeTags = tags.masked_fill(~valid, 0);

    // Score of the given path, every position at once: emissions and transitions gathered.
    auto emitted = emissions.gather(2, safeTags.unsqueeze(2)).squeeze(2);  // [B, T]
    auto score = startTransitions.index_select(0, safeTags.select(1, 0)) + emitted.select(1, 0);
    if (steps > 1) {
        const auto numTags = m_options.num_tags();
        auto pairs = safeTags.slice(1, 0, steps - 1) * numTags + safeTags.slice(1, 1, steps);  // [B, T-1]
        auto moved = transitions.reshape({-1}).index_select(0, pairs.reshape({-1})).view({batch, steps - 1});
        score = score + ((moved + emitted.slice(1, 1, steps)) * m.slice(1, 1, steps)).sum(1);
    }
    auto lastIndex = (lengths - 1).clamp_min(0);
    auto lastTags = safeTags.gather(1, lastIndex.unsqueeze(1)).squeeze(1);
    score = score + endTransitions.index_select(0, lastTags);

    auto result = score - logPartition(emissions, mask, startTransitions, transitions, endTransitions);
    return torch::where(lengths > 0, result, torch::zeros_like(result));
}

std::vector<std::vector<std::int64_t>> CrfImpl::decode(const torch::Tensor &emissions, const torch::Tensor &mask) const
{
    torch::NoGradGuard noGrad;
    TORCH_CHECK(emissions.dim() == 3 && emissions.size(2) == m_options.num_tags(), "CRF: emissions must be [B, T, L]");
    const auto batch = emissions.size(0);
    const auto steps = emissions.size(1);
    auto em = emissions.detach().to(torch::kCPU, torch::kFloat);
    auto lengths = mask.to(torch::kCPU).to(torch::kLong).sum(1);
    auto trans = (transitions.detach() + m_transitionPenalty).to(torch::kCPU, torch::kFloat);
    auto start = (startTransitions.detach() + m_startPenalty).to(torch::kCPU, torch::kFloat);
    auto end = endTransitions.detach().to(torch::kCPU, torch::kFloat);

    std::vector<std::vector<std::int64_t>> out(static_cast<std::size_t>(batch));
    if (steps == 0)
        return out;
    auto maskCpu = mask.to(torch::kCPU).to(torch::kBool);
    auto score = start.unsqueeze(0) + em.select(1, 0);  // [B, L]
    std::vector<torch::Tensor> backpointers;
    for (std::int64_t i = 1; i < steps; ++i) {
        auto candidates = score.unsqueeze(2) + trans.unsqueeze(0);  // [B, from, to]
        auto [best, argbest] = candidates.max(1);
        auto next = best + em.select(1, i);
        score = torch::where(maskCpu.select(1, i).unsqueeze(1), next, score);
        backpointers.push_back(argbest);
    }
    score = score + end.unsqueeze(0);
    auto lengthsA = lengths.accessor<std::int64_t, 1>();
    torch::Tensor bpTensor = backpointers.empty() ? torch::zeros({1, batch, m_options.num_tags()}, torch::kLong)
                                                  : torch::stack(backpointers).contiguous();
    auto bp = bpTensor.accessor<std::int64_t, 3>();
    for (std::int64_t b = 0; b < batch; ++b) {
        const auto len = lengthsA[b];
        if (len == 0)
            continue;
        std::vector<std::int64_t> path(static_cast<std::size_t>(len));
        std::int64_t tag = score[b].argmax().item<std::int64_t>();
        path[static_cast<std::size_t>(len - 1)] = tag;
        for (std::int64_t i = len - 1; i >= 1; --i) {
            tag = bp[i - 1][b][tag];
            path[static_cast<std::size_t>(i - 1)] = tag;
        }
        out[static_cast<std::size_t>(b)] = std::move(path);
    }
    return out;
}

torch::Tensor CrfImpl::marginals(const torch::Tensor &emissions, const torch::Tensor &mask) const
{
    TORCH_CHECK(emissions.dim() == 3 && emissions.size(2) == m_options.num_tags(), "CRF: emissions must be [B, T, L]");
    TORCH_CHECK(mask.dim() == 2 && mask.size(0) == emissions.size(0) && mask.size(1) == emissions.size(1),
                "CRF: mask must be [B, T] like the emissions");
    if (emissions.size(1) == 0 || emissions.size(0) == 0)
        return torch::zeros(emissions.sizes(), torch::kFloat);
    // d log Z / d emissions[b, t, l] is the posterior of tag l at t: autograd runs the
    // backward pass of the forward algorithm, in double so the sums stay exact.
    torch::AutoGradMode enableGrad(true);
    auto em = emissions.detach().to(torch::kCPU, torch::kDouble).requires_grad_(true);
    auto m = mask.detach().to(torch::kCPU).to(torch::kBool);
    auto trans = (transitions.detach() + m_transitionPenalty).to(torch::kCPU, torch::kDouble);
    auto start = (startTransitions.detach() + m_startPenalty).to(torch::kCPU, torch::kDouble);
    auto end = endTransitions.detach().to(torch::kCPU, torch::kDouble);
    auto logZ = logPartition(em, m, start, trans, end);
    auto rows = m.any(1);
    auto grads = torch::autograd::grad({torch::where(rows, logZ, torch::zeros_like(logZ)).sum()}, {em});
    return (grads[0] * m.unsqueeze(2).to(torch::kDouble)).to(torch::kFloat);
}

double CrfImpl::pathScore(const torch::Tensor &emissions1, const std::vector<std::int64_t> &tags) const
{
    torch::NoGradGuard noGrad;
    if (tags.empty())
        return 0.0;
    auto em = emissions1.detach().to(torch::kCPU, torch::kDouble);
    auto trans = transitions.detach().to(torch::kCPU, torch::kDouble);
    double s = startTransitions[tags[0]].item<double>() + em[0][tags[0]].item<double>();
    for (std::size_t i = 1; i < tags.size(); ++i)
        s += trans[tags[i - 1]][tags[i]].item<double>() + em[static_cast<std::int64_t>(i)][tags[i]].item<double>();
    return s + endTransitions[tags.back()].item<double>();
}

} // namespace mizan
