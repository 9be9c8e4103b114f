#include "predict/ensemble.h"

#include <algorithm>

#include "predict/tagvote.h"
#include "tasks/polarityblend.h"
#include "tokenize/labelalign.h"

namespace mizan {

namespace {

std::int64_t labelIndex(const std::vector<std::string> &labels, const std::string &name)
{
    return std::int64_t(std::find(labels.begin(), labels.end(), name) - labels.begin());
}

// The transformer's label distributions on the pieces of one sentence's windows [first, end),
// restricted to the baseline's labels (model index `index[k]` of baseline label k), by start.
std::vector<TokenTagProbs> pieceProbabilities(const TaskData &d, const TaskPredictions &p, std::size_t first,
                                              std::size_t end, const std::vector<std::size_t> &index)
{
    std::vector<TokenTagProbs> pieces;
    for (std::size_t i = first; i < end && i < p.tagDistributions.size(); ++i) {
        const TaskExample &ex = d.examples[i];
        for (std::size_t t = 0; t < ex.labels.size() && t < p.tagDistributions[i].size(); ++t) {
            const auto &dist = p.tagDistributions[i][t];
            if (ex.labels[t] == kIgnoreLabel || dist.size() != d.labels.size() ||
                ex.offsets[t].end <= ex.offsets[t].start)
                continue;
            TokenTagProbs piece{ex.offsets[t].start, ex.offsets[t].end, {}};
            for (std::size_t k : index)
                piece.probs.push_back(dist[k]);
            pieces.push_back(std::move(piece));
        }
    }
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const TokenTagProbs &x, const TokenTagProbs &y) { return x.start < y.start; });
    return pieces;
}

// The pieces' tags of windows [first, end) made to follow the voted spans.
void retag(const TaskData &d, TaskPredictions &p, std::size_t first, std::size_t end,
           const std::vector<DecodedSpan> &spans)
{
    const std::int64_t outside = labelIndex(d.labels, "O");
    for (std::size_t i = first; i < end && i < p.tags.size(); ++i) {
        const TaskExample &ex = d.examples[i];
        for (std::size_t t = 0; t < ex.labels.size() && t < p.tags[i].size(); ++t) {
            if (ex.labels[t] == kIgnoreLabel)
                continue;
            std::int64_t tag = outside;
            for (const DecodedSpan &sp : spans)
                if (ex.offsets[t].start == sp.start)
                    tag = labelIndex(d.labels, "B-" + sp.label);
                else if (ex.offsets[t].start > sp.start && ex.offsets[t].start < sp.end)
                    tag = labelIndex(d.labels, "I-" + sp.label);
            p.tags[i][t] = tag;
        }
    }
}

} // namespace

double unitSpanScore(const BaselineUnitTags &tags, std::size_t start, std::size_t end, const std::string &type)
{
    return spanMarginal(tags.labels, tags.units, tags.probs, start, end, type);
}

Ensemble::Ensemble(BaselineModel baseline, double blendWeight, double voteWeight)
    : m_baseline(std::move(baseline)), m_blendWeight(blendWeight), m_voteWeight(voteWeight)
{
}

bool Ensemble::joins(const std::string &task, TaskKind kind, const std::vector<std::string> &labels) const
{
    if (kind == TaskKind::TargetSentiment)
        return m_blendWeight > 0 && m_baseline.hasSentiment();
    if (kind != TaskKind::Tagging || m_voteWeight <= 0)
        return false;
    if (task == "targets")
        return m_baseline.hasTargets();
    std::vector<std::string> mine = labels;
    std::vector<std::string> theirs = m_baseline.entityLabels();
    std::sort(mine.begin(), mine.end());
    std::sort(theirs.begin(), theirs.end());
    return !theirs.empty() && mine == theirs;
}

void Ensemble::combine(const TaskData &d, TaskPredictions &p) const
{
    if (!joins(d.name, d.kind, d.labels))
        return;
    if (d.kind == TaskKind::TargetSentiment)
        blend(d, p);
    else
        vote(d, p);
}

// Spans voted per sentence: the baseline CRF's Viterbi over its units, with the transformer's
// label probabilities on those units as weighted extra evidence and the baseline's own O bias.
void Ensemble::vote(const TaskData &d, TaskPredictions &p) const
{
    const bool targets = d.name == "targets";
    for (const auto &[first, end] : sentenceExamples(d)) {
        const std::string &text = d.examples[first].text;
        const BaselineUnitTags bt = targets ? m_baseline.targetUnitTags(text) : m_baseline.entityUnitTags(text);
        std::vector<std::size_t> index;  // the model's label index of each of the baseline's labels
        for (const std::string &l : bt.labels) {
            const auto it = std::find(d.labels.begin(), d.labels.end(), l);
            if (it == d.labels.end())
                return;  // label sets differ: the model's own decoding stands
            index.push_back(std::size_t(it - d.labels.begin()));
        }
        std::vector<TokenTagProbs> units;
        for (std::size_t u = 0; u < bt.units.size(); ++u)
            units.push_back({bt.units[u].first, bt.units[u].second, bt.probs[u]});
        const auto evidence = piecesOnUnits(units, pieceProbabilities(d, p, first, end, index), bt.labels);
        std::vector<DecodedSpan> spans;
        for (const EntitySpan &e : m_baseline.decodeWithEvidence(text, !targets, evidence, m_voteWeight))
            spans.push_back({e.start, e.end, e.label, unitSpanScore(bt, e.start, e.end, e.label)});
        retag(d, p, first, end, spans);
        p.sentenceSpans[first] = std::move(spans);
    }
}

// The baseline's polarity of each target blended into the model's (tasks/polarityblend.h).
void Ensemble::blend(const TaskData &d, TaskPredictions &p) const
{
    blendPolarities(p, baselinePolarityProbs(m_baseline, d), m_blendWeight);
}

} // namespace mizan
