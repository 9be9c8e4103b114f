#include "annotation/baselinesignals.h"

#include <algorithm>

#include "annotation/uncertainty.h"
#include "common/utf8.h"

namespace mizan {
namespace {

std::vector<double> probabilities(const BaselinePolarity &p)
{
    std::vector<double> out;
    for (const auto &[label, prob] : p.scores)
        out.push_back(prob);
    return out;
}

std::size_t outsideOf(const BaselineUnitTags &tags)
{
    return std::size_t(std::find(tags.labels.begin(), tags.labels.end(), "O") - tags.labels.begin());
}

} // namespace

bool BaselineSignals::hasMarginals() const { return m_model.hasTargets() || !m_model.entityLabels().empty(); }

Result<SentenceSignals> BaselineSignals::signals(const std::string &text) const
{
    if (auto bad = utf8::findInvalid(text))
        return Status(ErrorCode::InvalidArgument, "invalid UTF-8 at byte " + std::to_string(bad->byteOffset));
    SentenceSignals s;
    if (m_model.hasTargets()) {
        const BaselineUnitTags tags = m_model.targetUnitTags(text);
        for (const BaselineTarget &t : m_model.predict(text)) {
            s.spanPosteriors.push_back(spanPosterior(tags.labels, tags.units, tags.probs, t.start, t.end, "TARGET"));
            if (!t.polarity.scores.empty())
                s.polarity.push_back(probabilities(t.polarity));
        }
        s.marginals = tags.probs;
        s.outsideIndex = outsideOf(tags);
    }
    if (s.polarity.empty() && m_model.hasSentiment()) {
        const std::size_t length = utf8::length(text);
        if (length > 0) {
            auto whole = m_model.predictPolarity(text, 0, length);
            if (whole.ok())
                s.polarity.push_back(probabilities(*whole));
        }
    }
    if (!m_model.entityLabels().empty()) {
        const BaselineUnitTags tags = m_model.entityUnitTags(text);
        for (const EntitySpan &e : m_model.predictEntities(text))
            s.spanPosteriors.push_back(spanPosterior(tags.labels, tags.units, tags.probs, e.start, e.end, e.label));
        if (s.marginals.empty()) {
            s.marginals = tags.probs;
            s.outsideIndex = outsideOf(tags);
        }
    }
    return s;
}

} // namespace mizan
