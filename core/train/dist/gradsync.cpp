#include "train/dist/gradsync.h"

#include <chrono>
#include <cmath>

#include "train/dist/distgroup.h"

namespace mizan {

namespace {

// [total weight, loss sum, non-finite shards, tokens], reduced, as a Step.
GradientSync::Step readSummary(const double *summary)
{
    GradientSync::Step out;
    out.tokens = summary[3];
    out.finite = summary[2] == 0;
    out.loss = !out.finite ? std::nan("") : summary[0] > 0 ? summary[1] / summary[0] : 0.0;
    return out;
}

} // namespace

GradientSync::GradientSync(DistGroup &group, std::vector<torch::Tensor> params, std::size_t bucketBytes)
    : m_group(group), m_params(std::move(params))
{
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        if (m_buckets.empty() || (bytes >= bucketBytes)) {
            m_buckets.emplace_back();
            bytes = 0;
        }
        m_buckets.back().push_back(i);
        bytes += std::size_t(m_params[i].numel()) * m_params[i].element_size();
    }
}

GradientSync::Step GradientSync::backwardAndReduce(const torch::Tensor &loss, const torch::Tensor &weight,
                                                   double tokens, double gradScale)
{
    const torch::Device device = m_params.empty() ? torch::Device(torch::kCPU) : m_params.front().device();
    const auto opts = torch::TensorOptions().dtype(torch::kDouble).device(device);
    // [weight, loss sum, non-finite shards, tokens, then 1 per parameter whose gradient exists]
    torch::Tensor head = torch::zeros({3}, opts);
    if (loss.defined()) {
        const torch::Tensor local = loss.detach().to(torch::kDouble).reshape({});
        const torch::Tensor w = weight.to(device, torch::kDouble).reshape({});
        const torch::Tensor finite = torch::isfinite(local);
        const torch::Tensor zero = torch::zeros({}, opts);
        head = torch::stack({torch::where(finite, w, zero), torch::where(finite, local * w, zero),
                             (~finite).to(torch::kDouble)});
        // weight 0 too: the gradients then exist, zero, as in one process. A non-finite loss
        // back-propagates too (its gradients are dropped with the step everywhere).
        (loss * (w * gradScale).to(loss.scalar_type())).backward();
    }
    const auto t0 = std::chrono::steady_clock::now();
    torch::Tensor flags = torch::zeros({std::int64_t(1 + m_params.size())}, torch::kDouble);
    auto *s = flags.data_ptr<double>();
    s[0] = tokens;
    for (std::size_t i = 0; i < m_params.size(); ++i)
        s[1 + i] = m_params[i].grad().defined() ? 1 : 0;
    std::vector<torch::Tensor> flat;
    for (const auto &bucket : m_buckets) {
        std::vector<torch::Tensor> parts;
        for (std::size_t i : bucket) {
            const torch::Tensor &g = m_params[i].grad();
            parts.push_back(g.defined() ? g.reshape({-1}) : torch::zeros({m_params[i].numel()}, m_params[i].options()));
        }
        flat.push_back(torch::cat(parts));
    }
    flat.push_back(torch::cat({head, flags.to(device)}));
    m_group.allReduce(flat);
    // The one wait for the device: which gradients some rank has is needed on the host (a
    // gradient no rank has stays undefined, as in one process), the totals come with it.
    const torch::Tensor reduced = flat.back().to(torch::kCPU);
    const double *r = reduced.data_ptr<double>();
    const Step out = readSummary(r);
    const double total = r[0] > 0 ? r[0] : 1.0;
    torch::NoGradGuard noGrad;
    for (std::size_t b = 0; b < m_buckets.size(); ++b) {
        std::int64_t offset = 0;
        for (std::size_t i : m_buckets[b]) {
            torch::Tensor &p = m_params[i];
            const std::int64_t n = p.numel();
            if (r[4 + i] > 0) {
                torch::Tensor g = flat[b].narrow(0, offset, n).view(p.sizes()).div(total);
                if (p.grad().defined())
                    p.mutable_grad().copy_(g);
                else
                    p.mutable_grad() = g.clone();
            }
            offset += n;
        }
    }
    m_reduceSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}


} // namespace mizan
