// BaselineModel's answers: target and entity spans (Viterbi, with or without extra
// evidence), the taggers' marginals, polarities; and the accessors.
#include "baseline/baselinemodel.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "baseline/baselinedata.h"
#include "baseline/baselinenets.h"
#include "baseline/sentimentlinear.h"
#include "baseline/vectorfeatures.h"
#include "common/utf8.h"

namespace mizan {
namespace {

using baseline::sentimentLogits;
using baseline::SentimentFeatures;
using baseline::TaggerExample;

BaselinePolarity polarityFrom(const std::vector<std::string> &labels, const torch::Tensor &logits)
{
    const auto probs = torch::softmax(logits, 0).to(torch::kDouble).contiguous();
    const auto pa = probs.accessor<double, 1>();
    BaselinePolarity p;
    p.label = labels.at(static_cast<std::size_t>(probs.argmax().item<std::int64_t>()));
    for (std::size_t c = 0; c < labels.size(); ++c)
        p.scores.emplace_back(labels[c], pa[static_cast<std::int64_t>(c)]);
    return p;
}

// Polarity of each span of one prepared sentence; the sentence's own features are hashed once.
std::vector<BaselinePolarity> polaritiesOf(BaselineModel::Impl &m, const baseline::UnitSentence &us,
                                           const std::vector<std::pair<std::size_t, std::size_t>> &spans)
{
    torch::NoGradGuard noGrad;
    ThreadScope threads(m.options.threads);
    std::vector<BaselinePolarity> out;
    SentimentFeatures whole;  // the sentence's own bags, computed once for all its targets
    whole.sentence = baseline::sentenceBag(m.sentimentHasher, us, m.options.sentimentFeatures);
    if (m.options.sentimentFeatures >= 3)
        whole.sentenceChars = baseline::sentenceCharBag(m.sentimentHasher, us);
    const std::vector<std::int64_t> &sentence = whole.sentence, &sentenceChars = whole.sentenceChars;
    const auto *vectors = m.sentimentHasher.vectors();  // their sentence part, also once
    const std::optional<baseline::VectorSentence> vs =
        vectors ? std::optional<baseline::VectorSentence>(vectors->prepare(us)) : std::nullopt;
    if (spans.size() > 1) {
        const std::vector<std::int64_t> none;  // each example's copy of the sentence bags: not needed
        std::vector<SentimentFeatures> examples;
        for (const auto &[start, end] : spans)
            examples.push_back(baseline::sentimentFeatures(m.sentimentHasher, us, start, end, m.options.window, &none,
                                                           m.options.sentimentFeatures, &none, vs ? &*vs : nullptr));
        const torch::Tensor logits = baseline::sharedSentenceLogits(*m.sentiment, whole, examples);
        for (std::size_t i = 0; i < spans.size(); ++i)
            out.push_back(polarityFrom(m.polarityLabels, logits[static_cast<std::int64_t>(i)]));
        return out;
    }
    for (const auto &[start, end] : spans) {  // one target: forward as trained
        const SentimentFeatures one =
            baseline::sentimentFeatures(m.sentimentHasher, us, start, end, m.options.window, &sentence,
                                        m.options.sentimentFeatures, &sentenceChars, vs ? &*vs : nullptr);
        out.push_back(polarityFrom(m.polarityLabels, sentimentLogits(*m.sentiment, {&one})[0]));
    }
    return out;
}

// The units of `text` and the tagger's Viterbi tags over them, with `outsideBias` added to
// every O score.
std::pair<baseline::UnitSentence, std::vector<std::int64_t>> decodeUnits(BaselineTaggerImpl &tagger,
                                                                         const baseline::FeatureHasher &hasher,
                                                                         const std::string &text, double outsideBias)
{
    std::pair<baseline::UnitSentence, std::vector<std::int64_t>> out{baseline::prepareSentence(text), {}};
    if (out.first.units.empty())
        return out;
    const TaggerExample ex = baseline::taggerExample(hasher, out.first);
    TaggerBatch tb = taggerBatch(tagger, {&ex});
    if (outsideBias != 0.0)
        tb.emissions.select(2, 0).add_(outsideBias);  // label 0 is "O"
    out.second = tagger.crf->decode(tb.emissions, tb.mask).at(0);
    return out;
}

} // namespace

std::vector<std::pair<std::size_t, std::size_t>> BaselineModel::predictTargetSpans(const std::string &text) const
{
    if (!m_impl || !m_impl->tagger)
        return {};
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    const auto [us, tags] = decodeUnits(*m_impl->tagger, m_impl->taggerHasher, text, m_impl->options.outsideBias);
    return baseline::spansFromTags(us.units, tags);
}

namespace {

BaselineUnitTags unitTags(BaselineTaggerImpl &tagger, const baseline::FeatureHasher &hasher,
                          const baseline::UnitSentence &us)
{
    BaselineUnitTags out;
    out.labels = tagger.labels;
    if (us.units.empty())
        return out;
    const TaggerExample ex = baseline::taggerExample(hasher, us);
    TaggerBatch tb = taggerBatch(tagger, {&ex});
    const torch::Tensor m = tagger.crf->marginals(tb.emissions, tb.mask)[0].to(torch::kDouble).contiguous();
    const auto ma = m.accessor<double, 2>();
    for (std::size_t u = 0; u < us.units.size(); ++u) {
        out.units.emplace_back(us.units[u].start, us.units[u].end);
        std::vector<double> p(out.labels.size());
        for (std::size_t l = 0; l < p.size(); ++l)
            p[l] = ma[static_cast<std::int64_t>(u)][static_cast<std::int64_t>(l)];
        out.probs.push_back(std::move(p));
    }
    return out;
}

} // namespace

BaselineUnitTags BaselineModel::targetUnitTags(const std::string &text) const
{
    if (!m_impl || !m_impl->tagger)
        return {};
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    return unitTags(*m_impl->tagger, m_impl->taggerHasher, baseline::prepareSentence(text));
}

BaselineUnitTags BaselineModel::entityUnitTags(const std::string &text) const
{
    if (!m_impl || !m_impl->entityTagger)
        return {};
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    return unitTags(*m_impl->entityTagger, m_impl->taggerHasher, baseline::prepareSentence(text));
}

std::vector<EntitySpan> BaselineModel::predictEntities(const std::string &text) const
{
    if (!m_impl || !m_impl->entityTagger)
        return {};
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    const auto [us, tags] = decodeUnits(*m_impl->entityTagger, m_impl->taggerHasher, text, m_impl->options.outsideBias);
    return baseline::labelledSpansFromTags(us.units, tags, m_impl->entityTagger->labels);
}

std::vector<EntitySpan> BaselineModel::decodeWithEvidence(const std::string &text, bool entities,
                                                          const std::vector<std::vector<double>> &evidence,
                                                          double weight) const
{
    if (!m_impl || !(entities ? m_impl->entityTagger : m_impl->tagger))
        return {};
    BaselineTaggerImpl &tagger = entities ? *m_impl->entityTagger : *m_impl->tagger;
    torch::NoGradGuard noGrad;
    ThreadScope threads(m_impl->options.threads);
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    const auto labels = static_cast<std::int64_t>(tagger.labels.size());
    if (us.units.empty() || evidence.size() != us.units.size())
        return {};
    std::vector<double> extra;
    for (const auto &row : evidence) {
        if (static_cast<std::int64_t>(row.size()) != labels)
            return {};
        for (double p : row)
            extra.push_back(weight * std::log(std::max(p, 1e-6)));
    }
    const TaggerExample ex = baseline::taggerExample(m_impl->taggerHasher, us);
    TaggerBatch tb = taggerBatch(tagger, {&ex});
    tb.emissions.select(2, 0).add_(m_impl->options.outsideBias);
    tb.emissions.add_(torch::tensor(extra, torch::kDouble).to(torch::kFloat).view({1, -1, labels}));
    const auto tags = tagger.crf->decode(tb.emissions, tb.mask).at(0);
    return baseline::labelledSpansFromTags(us.units, tags, tagger.labels);
}

double spanMarginal(const std::vector<std::string> &labels,
                    const std::vector<std::pair<std::size_t, std::size_t>> &units,
                    const std::vector<std::vector<double>> &probs, std::size_t start, std::size_t end,
                    const std::string &type)
{
    const auto index = [&](const std::string &name) {
        return std::size_t(std::find(labels.begin(), labels.end(), name) - labels.begin());
    };
    const std::size_t b = index("B-" + type), in = index("I-" + type);
    double sum = 0;
    std::size_t n = 0;
    const auto first = std::partition_point(units.begin(), units.end(), [&](const auto &u) { return u.first < start; });
    for (auto u = std::size_t(first - units.begin()); u < units.size() && u < probs.size() && units[u].first < end;
         ++u) {
        if (units[u].second > end)
            continue;
        const std::size_t l = n == 0 ? b : in;
        sum += l < probs[u].size() ? probs[u][l] : 0.0;
        ++n;
    }
    return n ? sum / double(n) : 0.0;
}

bool BaselineModel::hasTargets() const { return m_impl && m_impl->tagger; }
bool BaselineModel::hasSentiment() const { return m_impl && m_impl->sentiment; }

const std::vector<std::string> &BaselineModel::entityLabels() const
{
    static const std::vector<std::string> none;
    return m_impl && m_impl->entityTagger ? m_impl->entityTagger->labels : none;
}

Result<BaselinePolarity> BaselineModel::predictPolarity(const std::string &text, std::size_t start,
                                                        std::size_t end) const
{
    auto one = predictPolarities(text, {{start, end}});
    if (!one)
        return one.status();
    return std::move(one->front());
}

Result<std::vector<BaselinePolarity>>
BaselineModel::predictPolarities(const std::string &text,
                                 const std::vector<std::pair<std::size_t, std::size_t>> &spans) const
{
    if (!m_impl)
        return Status(ErrorCode::InvalidArgument, "baseline: the model is empty (not trained or loaded)");
    if (!m_impl->sentiment)
        return Status(ErrorCode::InvalidArgument, "baseline: this model has no sentiment part (its training data had "
                                                  "no target polarities)");
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    for (const auto &[start, end] : spans)
        if (start >= end || end > us.text.size())
            return Status(ErrorCode::InvalidArgument, "baseline: target span [" + std::to_string(start) + ", " +
                                                          std::to_string(end) + ") is empty or outside the text of " +
                                                          std::to_string(us.text.size()) + " characters");
    return polaritiesOf(*m_impl, us, spans);
}

std::vector<BaselineTarget> BaselineModel::predict(const std::string &text) const
{
    std::vector<BaselineTarget> out;
    const auto spans = predictTargetSpans(text);
    if (spans.empty())
        return out;
    // The sentence is prepared once for all its targets (once per target was quadratic).
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    const std::u32string raw = utf8::decodeLossy(text);
    std::vector<BaselinePolarity> polarities;
    if (m_impl->sentiment)
        polarities = polaritiesOf(*m_impl, us, spans);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        BaselineTarget t;
        t.start = spans[i].first;
        t.end = spans[i].second;
        t.text = utf8::encode(std::u32string_view(raw).substr(t.start, t.end - t.start));
        if (i < polarities.size())
            t.polarity = std::move(polarities[i]);
        out.push_back(std::move(t));
    }
    return out;
}

const std::vector<std::string> &BaselineModel::polarityLabels() const
{
    static const std::vector<std::string> none;
    return m_impl && m_impl->sentiment ? m_impl->polarityLabels : none;
}

const BaselineOptions &BaselineModel::options() const
{
    static const BaselineOptions defaults;
    return m_impl ? m_impl->options : defaults;
}

bool BaselineModel::isValid() const { return m_impl != nullptr; }

} // namespace mizan
