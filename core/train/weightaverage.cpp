#include "train/weightaverage.h"

#include <algorithm>

namespace mizan {

WeightAverage::WeightAverage(torch::nn::Module &model, double decay) : m_decay(decay)
{
    torch::NoGradGuard noGrad;
    for (const auto &p : model.named_parameters()) {
        m_names.push_back(p.key());
        m_params.push_back(p.value());
        m_average.push_back(p.value().detach().clone());
    }
}

void WeightAverage::update(std::size_t step)
{
    torch::NoGradGuard noGrad;
    const double d = std::min(m_decay, (1.0 + double(step)) / (10.0 + double(step)));
    if (m_average.empty())
        return;
    torch::_foreach_mul_(m_average, d);  // multi-tensor operations, not a loop per parameter
    torch::_foreach_add_(m_average, m_params, 1.0 - d);
}

std::map<std::string, torch::Tensor> WeightAverage::tensors() const
{
    std::map<std::string, torch::Tensor> out;
    for (std::size_t i = 0; i < m_names.size(); ++i)
        out[m_names[i]] = m_average[i].detach().to(torch::kCPU).contiguous();
    return out;
}

Status WeightAverage::restore(const std::map<std::string, torch::Tensor> &tensors, const std::string &origin)
{
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        const auto it = tensors.find(m_names[i]);
        if (it == tensors.end())
            return Status(ErrorCode::ParseError, origin + ": the weight average has no \"" + m_names[i] + "\"");
        if (it->second.sizes() != m_average[i].sizes())
            return Status(ErrorCode::ParseError, origin + ": \"" + m_names[i] + "\" has shape " +
                                                     c10::str(it->second.sizes()) + ", expected " +
                                                     c10::str(m_average[i].sizes()));
        m_average[i].copy_(it->second.to(m_average[i].dtype()));
    }
    return Status::ok();
}

WeightAverage::Swap::Swap(WeightAverage *average) : m_average(average)
{
    if (!m_average)
        return;
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < m_average->m_params.size(); ++i) {
        m_raw.push_back(m_average->m_params[i].detach().clone());
        m_average->m_params[i].copy_(m_average->m_average[i]);
    }
}

WeightAverage::Swap::~Swap()
{
    if (!m_average)
        return;
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < m_raw.size(); ++i)
        m_average->m_params[i].copy_(m_raw[i]);
}

} // namespace mizan
