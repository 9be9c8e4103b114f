#include "train/dist/gradsync.h"

#include <chrono>
#include <cmath>

#include "train/dist/distgroup.h"

namespace mizan {

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

GradientSync::Step GradientSync::backwardAndReduce(const torch::Tensor &loss, double weight, double tokens,
                                                   double gradScale)
{
    const double local = loss.defined() ? loss.item<double>() : 0.0;
    const bool finite = std::isfinite(local);
    if (loss.defined() && finite)  // weight 0 too: the gradients then exist, zero, as in one process
        (loss * (weight * gradScale)).backward();
    const auto t0 = std::chrono::steady_clock::now();
    // [weight, loss sum, tokens, non-finite shards, then 1 per parameter whose gradient exists]
    torch::Tensor scalars = torch::zeros({std::int64_t(4 + m_params.size())}, torch::kDouble);
    auto *s = scalars.data_ptr<double>();
    s[0] = finite ? weight : 0;
    s[1] = finite ? local * weight : 0;
    s[2] = tokens;
    s[3] = finite ? 0 : 1;
    for (std::size_t i = 0; i < m_params.size(); ++i)
        s[4 + i] = m_params[i].grad().defined() ? 1 : 0;
    const torch::Device device = m_params.empty() ? torch::Device(torch::kCPU) : m_params.front().device();
    std::vector<torch::Tensor> flat;
    for (const auto &bucket : m_buckets) {
        std::vector<torch::Tensor> parts;
        for (std::size_t i : bucket) {
            const torch::Tensor &g = m_params[i].grad();
            parts.push_back(g.defined() ? g.reshape({-1}) : torch::zeros({m_params[i].numel()}, m_params[i].options()));
        }
        flat.push_back(torch::cat(parts));
    }
    flat.push_back(scalars.to(device));
    m_group.allReduce(flat);
    scalars = flat.back().to(torch::kCPU);
    s = scalars.data_ptr<double>();
    Step out;
    out.tokens = s[2];
    out.finite = s[3] == 0;
    out.loss = !out.finite ? std::nan("") : s[0] > 0 ? s[1] / s[0] : 0.0;
    const double total = s[0] > 0 ? s[0] : 1.0;
    torch::NoGradGuard noGrad;
    for (std::size_t b = 0; b < m_buckets.size(); ++b) {
        std::int64_t offset = 0;
        for (std::size_t i : m_buckets[b]) {
            torch::Tensor &p = m_params[i];
            const std::int64_t n = p.numel();
            if (s[4 + i] > 0) {
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
