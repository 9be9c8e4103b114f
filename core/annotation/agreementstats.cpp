#include "annotation/agreementstats.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace mizan {
namespace {

std::size_t indexOf(std::vector<std::string> &labels, const std::string &label)
{
    auto it = std::find(labels.begin(), labels.end(), label);
    if (it != labels.end())
        return std::size_t(it - labels.begin());
    labels.push_back(label);
    return labels.size() - 1;
}

double kappaWeight(std::size_t i, std::size_t j, KappaWeights w)
{
    if (w == KappaWeights::None)
        return i == j ? 0.0 : 1.0;
    const double d = std::fabs(double(i) - double(j));
    return w == KappaWeights::Linear ? d : d * d;
}

// sklearn: k = 1 - sum(w * observed) / sum(w * expected), expected = outer(rows, cols) / total.
std::optional<double> cohenKappa(const std::vector<std::vector<std::size_t>> &m, KappaWeights w)
{
    const std::size_t n = m.size();
    std::vector<double> rows(n, 0.0), cols(n, 0.0);
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            rows[i] += double(m[i][j]);
            cols[j] += double(m[i][j]);
            total += double(m[i][j]);
        }
    if (total == 0.0)
        return std::nullopt;
    double observed = 0.0, expected = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            const double wij = kappaWeight(i, j, w);
            observed += wij * double(m[i][j]);
            expected += wij * rows[i] * cols[j] / total;
        }
    if (expected == 0.0)
        return std::nullopt;  // both used one same label: kappa is 0/0
    return 1.0 - observed / expected;
}

// NLTK's Disagreement(): pairs of different labels over n(n-1).
double disagreement(const std::map<std::string, double> &freqs)
{
    double total = 0.0, pairs = 0.0;
    for (const auto &[label, n] : freqs)
        total += n;
    for (const auto &[l1, n1] : freqs)
        for (const auto &[l2, n2] : freqs)
            if (l1 != l2)
                pairs += n1 * n2;
    return pairs / (total * (total - 1.0));
}

} // namespace

PairAgreement pairAgreement(const LabelColumn &a, const LabelColumn &b, std::vector<std::string> labels,
                            KappaWeights weights)
{
    PairAgreement r;
    if (labels.empty()) {
        std::set<std::string> used;
        for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
            if (a[i] && b[i]) {
                used.insert(*a[i]);
                used.insert(*b[i]);
            }
        labels.assign(used.begin(), used.end());
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (a[i] && b[i])
            pairs.emplace_back(indexOf(labels, *a[i]), indexOf(labels, *b[i]));
    r.labels = std::move(labels);
    r.confusion.assign(r.labels.size(), std::vector<std::size_t>(r.labels.size(), 0));
    for (const auto &[i, j] : pairs) {
        ++r.confusion[i][j];
        r.agreed += i == j ? 1 : 0;
    }
    r.items = pairs.size();
    r.percentAgreement = r.items ? double(r.agreed) / double(r.items) : 0.0;
    r.kappa = cohenKappa(r.confusion, weights);
    return r;
}

std::optional<double> krippendorffAlphaNominal(const std::vector<LabelColumn> &annotators)
{
    if (annotators.empty())
        return std::nullopt;
    const std::size_t items = annotators.front().size();
    std::map<std::string, double> all;
    std::set<std::string> used;
    double observedTotal = 0.0;
    for (std::size_t i = 0; i < items; ++i) {
        std::map<std::string, double> freqs;
        double count = 0.0;
        for (const LabelColumn &c : annotators)
            if (i < c.size() && c[i]) {
                freqs[*c[i]] += 1.0;
                count += 1.0;
                used.insert(*c[i]);
            }
        if (count < 2.0)
            continue;
        for (const auto &[label, n] : freqs)
            all[label] += n;
        observedTotal += disagreement(freqs) * count;
    }
    if (used.size() == 1)
        return 1.0;  // NLTK: only one annotation value
    double n = 0.0;
    for (const auto &[label, c] : all)
        n += c;
    if (n < 2.0)
        return std::nullopt;
    const double expected = disagreement(all);
    if (expected == 0.0)
        return std::nullopt;
    return 1.0 - (observedTotal / n) / expected;
}

std::optional<double> multiKappa(const std::vector<LabelColumn> &annotators)
{
    const std::size_t coders = annotators.size();
    if (coders < 2)
        return std::nullopt;
    std::vector<std::size_t> complete;
    for (std::size_t i = 0; i < annotators.front().size(); ++i) {
        bool all = true;
        for (const LabelColumn &c : annotators)
            all = all && i < c.size() && c[i];
        if (all)
            complete.push_back(i);
    }
    if (complete.empty())
        return std::nullopt;
    const double n = double(complete.size());
    double observed = 0.0, expected = 0.0, pairCount = 0.0;
    for (std::size_t x = 0; x < coders; ++x)
        for (std::size_t y = x + 1; y < coders; ++y) {
            std::map<std::string, double> fx, fy;
            double agreed = 0.0;
            for (std::size_t i : complete) {
                const std::string &lx = *annotators[x][i], &ly = *annotators[y][i];
                agreed += lx == ly ? 1.0 : 0.0;
                fx[lx] += 1.0;
                fy[ly] += 1.0;
            }
            double ae = 0.0;
            for (const auto &[label, c] : fx) {
                auto it = fy.find(label);
                if (it != fy.end())
                    ae += (c / n) * (it->second / n);
            }
            observed += agreed / n;
            expected += ae;
            pairCount += 1.0;
        }
    observed /= pairCount;
    expected /= pairCount;
    if (expected >= 1.0)
        return std::nullopt;
    return (observed - expected) / (1.0 - expected);
}

} // namespace mizan
