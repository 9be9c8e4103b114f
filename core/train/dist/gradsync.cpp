#include "train/dist/gradsync.h"

#include <torch/csrc/autograd/function.h>
#include <torch/csrc/autograd/utils/lambda_post_hook.h>
#include <torch/csrc/autograd/variable.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <unordered_set>

#include "train/jobguard.h"

namespace mizan {

namespace {

using Clock = std::chrono::steady_clock;

// The reduced summary() ([total weight, loss sum, non-finite shards, tokens, ...]) as a Step.
GradientSync::Step readSummary(const double *summary)
{
    GradientSync::Step out;
    out.tokens = summary[3];
    out.finite = summary[2] == 0;
    out.loss = !out.finite ? std::nan("") : summary[0] > 0 ? summary[1] / summary[0] : 0.0;
    return out;
}

torch::Device deviceOf(const std::vector<torch::Tensor> &params)
{
    return params.empty() ? torch::Device(torch::kCPU) : params.front().device();
}

torch::TensorOptions doubles(const torch::Device &device)
{
    return torch::TensorOptions().dtype(torch::kDouble).device(device);
}

} // namespace

std::size_t GradientSync::bucketBytesFor(const std::vector<torch::Tensor> &params)
{
    std::size_t bytes = 0;
    for (const torch::Tensor &p : params)
        bytes += std::size_t(p.numel()) * p.element_size();
    return std::clamp<std::size_t>(bytes / 4, 256u << 10, 25u << 20);
}

GradientSync::GradientSync(DistGroup &group, std::vector<torch::Tensor> params, bool overlap, std::size_t bucketBytes)
    : m_group(group), m_overlap(overlap)
{
    // Frozen parameters never have a gradient: they take no part.
    for (torch::Tensor &p : params)
        if (p.requires_grad())
            m_params.push_back(p);
    if (bucketBytes == 0)
        bucketBytes = bucketBytesFor(m_params);
    m_slots.resize(m_params.size());
    std::size_t bytes = 0;
    for (std::size_t k = m_params.size(); k-- > 0;) {  // backward reaches the last ones first
        if (m_buckets.empty() || bytes >= bucketBytes) {
            m_buckets.emplace_back();
            bytes = 0;
        }
        const std::int64_t offset = std::int64_t(bytes / std::size_t(m_params[k].element_size()));
        m_slots[k] = {m_buckets.size() - 1, offset};
        m_buckets.back().push_back(k);
        bytes += std::size_t(m_params[k].numel()) * m_params[k].element_size();
    }
    if (!m_overlap)
        return;
    for (const auto &bucket : m_buckets) {
        std::int64_t n = 0;
        for (std::size_t i : bucket)
            n += m_params[i].numel();
        m_flat.push_back(torch::zeros({n}, torch::TensorOptions()
                                               .dtype(m_params[bucket.front()].dtype())
                                               .device(m_params[bucket.front()].device())));
    }
    installHooks();
}

GradientSync::~GradientSync()
{
    for (std::size_t i = 0; i < m_accumulators.size(); ++i)
        m_accumulators[i]->del_post_hook(m_hookKeys[i]);
}

void GradientSync::installHooks()
{
    using torch::autograd::variable_list;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        // Held here, so that every graph of the run accumulates this parameter's gradient
        // through this node (the tensor itself keeps only a weak reference).
        std::shared_ptr<torch::autograd::Node> accumulator = torch::autograd::impl::grad_accumulator(m_params[i]);
        auto hook = std::make_unique<torch::autograd::utils::LambdaPostHook>(
            [this, i](const variable_list &outputs, const variable_list &) {
                onGradient(i);
                return outputs;
            });
        m_hookKeys.push_back(accumulator->add_post_hook(std::move(hook)));
        m_accumulators.push_back(std::move(accumulator));
    }
}

torch::Tensor GradientSync::summary(const torch::Tensor &loss, const torch::Tensor &weight, double tokens) const
{
    const torch::Device device = deviceOf(m_params);
    // [weight, loss sum, non-finite shards] on the device, without reading them
    torch::Tensor head = torch::zeros({3}, doubles(device));
    if (loss.defined()) {
        const torch::Tensor local = loss.detach().to(torch::kDouble).reshape({});
        const torch::Tensor w = weight.to(device, torch::kDouble).reshape({});
        const torch::Tensor finite = torch::isfinite(local);
        const torch::Tensor zero = torch::zeros({}, doubles(device));
        head = torch::stack({torch::where(finite, w, zero), torch::where(finite, local * w, zero),
                             (~finite).to(torch::kDouble)});
    }
    // [tokens, then 1 per parameter whose gradient exists here], counted on the host
    torch::Tensor flags = torch::zeros({std::int64_t(1 + m_params.size())}, torch::kDouble);
    auto *s = flags.data_ptr<double>();
    s[0] = tokens;
    for (std::size_t i = 0; i < m_params.size(); ++i)
        s[1 + i] = m_params[i].grad().defined() ? 1 : 0;
    return torch::cat({head, flags.to(device)});
}

GradientSync::Step GradientSync::backwardAndReduce(const torch::Tensor &loss, const torch::Tensor &weight,
                                                   double tokens, double gradScale)
{
    return m_overlap ? overlapped(loss, weight, tokens, gradScale)
                     : reduceAfterBackward(loss, weight, tokens, gradScale);
}

GradientSync::Step GradientSync::reduceAfterBackward(const torch::Tensor &loss, const torch::Tensor &weight,
                                                     double tokens, double gradScale)
{
    // weight 0 too: the gradients then exist, zero, as in one process. A non-finite loss
    // back-propagates too (its gradients are dropped with the step everywhere).
    if (loss.defined())
        (loss * (weight.to(loss.device(), torch::kDouble) * gradScale).to(loss.scalar_type())).backward();
    const auto t0 = Clock::now();
    std::vector<torch::Tensor> flat;
    for (const auto &bucket : m_buckets) {
        std::vector<torch::Tensor> parts;
        for (std::size_t i : bucket) {
            const torch::Tensor &g = m_params[i].grad();
            parts.push_back(g.defined() ? g.reshape({-1}) : torch::zeros({m_params[i].numel()}, m_params[i].options()));
        }
        flat.push_back(torch::cat(parts));
    }
    flat.push_back(summary(loss, weight, tokens));
    m_group.allReduce(flat);
    // The one wait for the device: which gradients some rank has is needed on the host (a
    // gradient no rank has stays undefined, as in one process), the totals come with it.
    const torch::Tensor reduced = flat.back().to(torch::kCPU);
    const double *r = reduced.data_ptr<double>();
    const double total = r[0] > 0 ? r[0] : 1.0;
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        if (r[4 + i] <= 0)
            continue;
        torch::Tensor &p = m_params[i];
        torch::Tensor g = flat[m_slots[i].bucket].narrow(0, m_slots[i].offset, p.numel()).view(p.sizes()).div(total);
        if (p.grad().defined())
            p.mutable_grad().copy_(g);
        else
            p.mutable_grad() = g.clone();
    }
    m_startedInBackward = 0;
    m_reduceSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return readSummary(r);
}

void GradientSync::onGradient(std::size_t param)
{
    if (!m_armed || m_hookError)
        return;
    try {
        const Slot s = m_slots[param];
        if (m_seen[param])  // a second gradient in one backward: its bucket may be on its way
            throw JobError(ErrorCode::Internal,
                           "data-parallel step: a parameter's gradient came twice in one backward");
        fillSlot(param);
        if (m_missing[s.bucket] == 0)
            startReadyBuckets();
    } catch (...) {  // not through the autograd engine: rethrown once backward is over
        m_hookError = std::current_exception();
    }
}

void GradientSync::fillSlot(std::size_t param)
{
    torch::NoGradGuard noGrad;
    const Slot s = m_slots[param];
    const torch::Tensor &g = m_params[param].grad();
    torch::Tensor dst = m_flat[s.bucket].narrow(0, s.offset, m_params[param].numel());
    if (g.defined())  // a gradient this backward did not reach keeps its (zeroed) value
        dst.copy_(g.reshape({-1}));
    else
        dst.zero_();
    m_seen[param] = 1;
    --m_missing[s.bucket];
}

std::vector<char> GradientSync::reachedBy(const torch::Tensor &root) const
{
    std::unordered_set<const torch::autograd::Node *> seen;
    std::vector<const torch::autograd::Node *> todo{root.grad_fn().get()};
    while (!todo.empty()) {
        const torch::autograd::Node *node = todo.back();
        todo.pop_back();
        if (!node || !seen.insert(node).second)
            continue;
        for (const torch::autograd::Edge &edge : node->next_edges())
            todo.push_back(edge.function.get());
    }
    std::vector<char> reached(m_params.size(), 0);
    for (std::size_t i = 0; i < m_params.size(); ++i)
        reached[i] = seen.count(m_accumulators[i].get()) ? 1 : 0;
    return reached;
}

void GradientSync::startReadyBuckets()
{
    while (m_nextBucket < m_buckets.size() && m_missing[m_nextBucket] == 0) {
        startBucket(m_nextBucket++);
        if (m_armed)
            ++m_startedInBackward;
    }
}

void GradientSync::startBucket(std::size_t bucket) { m_works.push_back(m_group.startAllReduce(m_flat[bucket])); }

GradientSync::Step GradientSync::overlapped(const torch::Tensor &loss, const torch::Tensor &weight, double tokens,
                                            double gradScale)
{
    const torch::Device device = deviceOf(m_params);
    // The batch's total weight first (a tiny sum before backward): each rank then
    // back-propagates its share of the batch, and the summed gradients are the batch's mean.
    std::vector<torch::Tensor> total{loss.defined() ? weight.to(device, torch::kDouble).reshape({1}).clone()
                                                    : torch::zeros({1}, doubles(device))};
    const auto beforeBackward = Clock::now();
    m_group.allReduce(total);
    const double totalSeconds = std::chrono::duration<double>(Clock::now() - beforeBackward).count();
    m_seen.assign(m_params.size(), 0);
    m_missing.clear();
    for (const auto &bucket : m_buckets)
        m_missing.push_back(bucket.size());
    m_nextBucket = 0;
    m_startedInBackward = 0;
    m_hookError = nullptr;
    if (loss.defined()) {
        const torch::Tensor w = weight.to(device, torch::kDouble).reshape({});
        const torch::Tensor share = torch::where(total[0][0] > 0, w / total[0][0], torch::zeros({}, doubles(device)));
        const torch::Tensor scaled = loss * (share * gradScale).to(loss.scalar_type());
        m_armed = true;
        try {
            // The parameters this backward will not reach (another task's head) are in their
            // buckets already, so that those buckets do not wait for the end of backward.
            const std::vector<char> reached = reachedBy(scaled);
            for (std::size_t i = 0; i < m_params.size(); ++i)
                if (!reached[i])
                    fillSlot(i);
            startReadyBuckets();
            scaled.backward();
        } catch (...) {
            m_armed = false;
            throw;
        }
        m_armed = false;
    }
    if (m_hookError)
        std::rethrow_exception(m_hookError);
    const auto t0 = Clock::now();
    {
        // What backward left: gradients this step did not reach (zeros, or the zeroed
        // gradient they keep), so that every bucket starts, in order, on every rank.
        for (std::size_t i = 0; i < m_params.size(); ++i)
            if (!m_seen[i])
                fillSlot(i);
    }
    startReadyBuckets();
    torch::Tensor totals = summary(loss, weight, tokens);
    m_works.push_back(m_group.startAllReduce(totals));
    m_group.finish(m_works);
    // The one wait for the device, as in reduceAfterBackward().
    const torch::Tensor reduced = totals.to(torch::kCPU);
    const double *r = reduced.data_ptr<double>();
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        if (r[4 + i] <= 0)
            continue;
        torch::Tensor &p = m_params[i];
        torch::Tensor g = m_flat[m_slots[i].bucket].narrow(0, m_slots[i].offset, p.numel()).view(p.sizes());
        if (p.grad().defined())
            p.mutable_grad().copy_(g);
        else
            p.mutable_grad() = g.clone();
    }
    m_reduceSeconds = totalSeconds + std::chrono::duration<double>(Clock::now() - t0).count();
    return readSummary(r);
}

} // namespace mizan
