#pragma once
// Linear-chain CRF over label ids. INTERNAL to core (torch). Log-likelihood for training and
// Viterbi decoding; when label names are given in BIO form, decoding only produces valid BIO
// (I-X only after B-X or I-X, never first), as AllenNLP's constrained CRF does.
#include <torch/torch.h>

#include <string>
#include <vector>

namespace mizan {

struct CrfOptions {
    explicit CrfOptions(std::int64_t numTags) : num_tags_(numTags) {}
    TORCH_ARG(std::int64_t, num_tags);
    TORCH_ARG(std::vector<std::string>, labels) = {};  // BIO names; empty = unconstrained
};

class CrfImpl : public torch::nn::Module {
public:
    explicit CrfImpl(const CrfOptions &options);

    // emissions [B, T, L] float, tags [B, T] int64, mask [B, T] bool whose true entries are a
    // prefix of each row (rows may be empty). Returns the log-likelihood of `tags` per sequence,
    // [B] (0 for empty rows).
    torch::Tensor logLikelihood(const torch::Tensor &emissions, const torch::Tensor &tags,
                                const torch::Tensor &mask) const;

    // Best tag sequence per row (length = number of true mask entries), honouring the BIO
    // constraints.
    std::vector<std::vector<std::int64_t>> decode(const torch::Tensor &emissions,
                                                  const torch::Tensor &mask) const;

    // Posterior probability of each tag at each position, [B, T, L] float on the CPU (rows
    // past a sequence's length are 0), by the forward-backward algorithm under the same BIO
    // constraints as decode(): what an ensemble averages with another tagger's.
    torch::Tensor marginals(const torch::Tensor &emissions, const torch::Tensor &mask) const;

    // Score of one full path under the unconstrained parameters (for tests and debugging).
    double pathScore(const torch::Tensor &emissions1, const std::vector<std::int64_t> &tags) const;

    // Whether tag `to` may follow tag `from` (from = -1: sequence start) under the constraints.
    bool allowed(std::int64_t from, std::int64_t to) const;

    torch::Tensor startTransitions, endTransitions, transitions;  // [L], [L], [L, L] from->to

private:
    CrfOptions m_options;
    torch::Tensor m_transitionPenalty;  // [L, L] 0 or a large negative, buffer
    torch::Tensor m_startPenalty;       // [L]
};
TORCH_MODULE(Crf);

} // namespace mizan
