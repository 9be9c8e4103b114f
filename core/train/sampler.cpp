#include "train/sampler.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace mizan {

const char *samplingModeName(SamplingMode mode)
{
    switch (mode) {
    case SamplingMode::Proportional: return "proportional";
    case SamplingMode::Temperature: return "temperature";
    case SamplingMode::RoundRobin: return "round-robin";
    }
    return "proportional";
}

Result<SamplingMode> parseSamplingMode(const std::string &name)
{
    if (name == "proportional")
        return SamplingMode::Proportional;
    if (name == "temperature")
        return SamplingMode::Temperature;
    if (name == "round-robin" || name == "roundrobin")
        return SamplingMode::RoundRobin;
    return Result<SamplingMode>(ErrorCode::InvalidArgument,
                                "unknown sampling mode '" + name +
                                    "' (expected proportional, temperature or round-robin)");
}

TaskSampler::TaskSampler(std::vector<std::size_t> sizes, SamplingMode mode, double temperature,
                         std::uint64_t seed)
    : m_mode(mode), m_rng(seed)
{
    if (sizes.empty())
        throw std::invalid_argument("TaskSampler: no tasks");
    if (!(temperature > 0))
        throw std::invalid_argument("TaskSampler: temperature must be > 0");
    const double exponent = mode == SamplingMode::Temperature ? 1.0 / temperature : 1.0;
    double total = 0;
    for (std::size_t n : sizes) {
        if (n == 0)
            throw std::invalid_argument("TaskSampler: a task has no examples");
        const double w = mode == SamplingMode::RoundRobin ? 1.0 : std::pow(double(n), exponent);
        m_probs.push_back(w);
        total += w;
    }
    double acc = 0;
    for (double &p : m_probs) {
        p /= total;
        acc += p;
        m_cumulative.push_back(acc);
    }
    m_cumulative.back() = 1.0;
}

std::size_t TaskSampler::next()
{
    const std::uint64_t index = m_drawn++;
    if (m_mode == SamplingMode::RoundRobin)
        return index % m_probs.size();
    // The RNG's raw output, not std::uniform_real_distribution, so the draw sequence is the
    // same with every standard library.
    const double u = double(m_rng() >> 11) * (1.0 / 9007199254740992.0);
    for (std::size_t i = 0; i < m_cumulative.size(); ++i)
        if (u < m_cumulative[i])
            return i;
    return m_cumulative.size() - 1;
}

std::string TaskSampler::state() const
{
    std::ostringstream out;
    out << m_drawn << ' ' << m_rng;
    return out.str();
}

Status TaskSampler::restore(const std::string &state)
{
    std::istringstream in(state);
    std::uint64_t drawn = 0;
    std::mt19937_64 rng;
    if (!(in >> drawn >> rng))
        return Status(ErrorCode::ParseError, "sampler state is not valid");
    m_drawn = drawn;
    m_rng = rng;
    return Status::ok();
}

} // namespace mizan
