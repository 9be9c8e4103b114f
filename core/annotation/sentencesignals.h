#pragma once
// What a model says about one sentence, reduced to what the ranking strategies need, and the
// interface of whatever produces it (the linear baseline in memory, or a model folder).
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"

namespace mizan {

struct SentenceSignals {
    // Polarity probabilities of each predicted target (the whole sentence taken as the target
    // when none is predicted), one vector per target.
    std::vector<std::vector<double>> polarity;
    // Posterior of each predicted span (targets and entities).
    std::vector<double> spanPosteriors;
    // The tagger's CRF marginals per unit (targets, else entities) and the index of "O";
    // empty when the model has no CRF marginals to offer.
    std::vector<std::vector<double>> marginals;
    std::size_t outsideIndex = 0;
};

class SignalSource {
public:
    virtual ~SignalSource() = default;
    // The signals for `text`. Fails with the model's error (e.g. invalid UTF-8).
    virtual Result<SentenceSignals> signals(const std::string &text) const = 0;
    // Whether marginals are available (the token-entropy strategy needs them).
    virtual bool hasMarginals() const = 0;
};

} // namespace mizan
