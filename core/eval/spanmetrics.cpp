#include "eval/spanmetrics.h"

#include <set>

#include "eval/prf.h"

namespace mizan {

SpanMetrics spanMetrics(const std::vector<SentenceSpans> &sentences)
{
    SpanMetrics m;
    for (const SentenceSpans &s : sentences) {
        const std::set<CharSpan> gold(s.gold.begin(), s.gold.end());
        const std::set<CharSpan> pred(s.predicted.begin(), s.predicted.end());
        m.goldCount += gold.size();
        m.predictedCount += pred.size();
        for (const CharSpan &span : pred)
            m.correctCount += gold.count(span);
    }
    m.prf = detail::prfFromCounts(m.correctCount, m.predictedCount, m.goldCount);
    return m;
}

std::vector<PredictionError> spanErrors(const std::vector<SentenceSpans> &sentences)
{
    std::vector<PredictionError> errors;
    for (const SentenceSpans &s : sentences) {
        const std::set<CharSpan> gold(s.gold.begin(), s.gold.end());
        const std::set<CharSpan> pred(s.predicted.begin(), s.predicted.end());
        std::set<CharSpan> all = gold;
        all.insert(pred.begin(), pred.end());
        for (const CharSpan &span : all) {
            const bool inGold = gold.count(span) > 0;
            const bool inPred = pred.count(span) > 0;
            if (inGold && inPred)
                continue;
            errors.push_back(detail::spanError(s.sentenceId, inGold ? "target" : "",
                                               inPred ? "target" : "", span.first, span.second));
        }
    }
    return errors;
}

} // namespace mizan
