#pragma once
// INTERNAL to core/train (torch): an exponential moving average of a model's weights
// (Polyak averaging). Training updates the raw weights; the average, which moves less from
// batch to batch, is what is evaluated and saved as the model.
#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

#include "common/result.h"

namespace mizan {

class WeightAverage {
public:
    // decay in (0, 1). The average starts as a copy of `model`'s parameters.
    WeightAverage(torch::nn::Module &model, double decay);

    // After optimiser step `step` (1-based): average = d * average + (1 - d) * weights, with
    // d = min(decay, (1 + step) / (10 + step)) so the first steps are not stuck at the
    // initial weights.
    void update(std::size_t step);

    // The average as named tensors (for a checkpoint), and back. restore() fails with
    // ParseError naming `origin` when a parameter is missing or has another shape.
    std::map<std::string, torch::Tensor> tensors() const;
    Status restore(const std::map<std::string, torch::Tensor> &tensors, const std::string &origin);

    // While alive, the model holds the averaged weights; the raw ones come back after.
    class Swap {
    public:
        explicit Swap(WeightAverage *average);  // null: does nothing
        ~Swap();
        Swap(const Swap &) = delete;
        Swap &operator=(const Swap &) = delete;

    private:
        WeightAverage *m_average;
        std::vector<torch::Tensor> m_raw;
    };

private:
    double m_decay;
    std::vector<std::string> m_names;
    std::vector<torch::Tensor> m_params;   // the model's own parameters
    std::vector<torch::Tensor> m_average;  // same order
};

} // namespace mizan
