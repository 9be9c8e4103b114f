#include "baseline/baselineeval.h"

#include <algorithm>

#include "baseline/baselinedata.h"

namespace mizan {

std::vector<const Sentence *> corpusSentences(const Corpus &corpus)
{
    std::vector<const Sentence *> out;
    for (const Document &d : corpus.documents)
        for (const Sentence &s : d.sentences)
            out.push_back(&s);
    return out;
}

namespace {

// Entity spans per label (exact character spans), micro totals, unit-level BIO and errors.
void scoreEntities(const BaselineModel &model, const std::vector<const Sentence *> &sentences, BaselineEvaluation &ev)
{
    const auto &labels = model.entityLabels();
    std::map<std::string, std::vector<SentenceSpans>> byLabel;
    std::vector<TagSequence> goldTags, predTags;
    for (const Sentence *s : sentences) {
        if (!s)
            continue;
        const std::vector<EntitySpan> predicted = model.predictEntities(s->text);
        std::map<std::string, SentenceSpans> sentence;
        for (const EntitySpan &e : s->entities)
            sentence[e.label].gold.emplace_back(e.start, e.end);
        for (const EntitySpan &e : predicted)
            sentence[e.label].predicted.emplace_back(e.start, e.end);
        for (auto &[label, ss] : sentence) {
            ss.sentenceId = s->id;
            byLabel[label].push_back(std::move(ss));
        }
        const baseline::UnitSentence us = baseline::prepareSentence(s->text);
        auto names = [&](const std::vector<std::int64_t> &tags) {
            TagSequence out;
            for (std::int64_t t : tags)
                out.push_back(labels[std::size_t(t)]);
            return out;
        };
        // Gold entity types the tagger never saw have no tags: they stay O here (and count as
        // missed spans above).
        goldTags.push_back(names(baseline::labelledBioTags(us.units, s->entities, labels)));
        predTags.push_back(names(baseline::labelledBioTags(us.units, predicted, labels)));
    }
    for (auto &[label, spans] : byLabel) {
        const SpanMetrics m = spanMetrics(spans);
        ev.entitiesPerLabel[label] = m;
        ev.entities.goldCount += m.goldCount;
        ev.entities.predictedCount += m.predictedCount;
        ev.entities.correctCount += m.correctCount;
        for (PredictionError e : spanErrors(spans)) {
            if (!e.gold.empty())
                e.gold = label;
            if (!e.predicted.empty())
                e.predicted = label;
            ev.entityErrors.push_back(std::move(e));
        }
    }
    Prf &micro = ev.entities.prf;
    micro.precision =
        ev.entities.predictedCount ? double(ev.entities.correctCount) / double(ev.entities.predictedCount) : 0.0;
    micro.recall = ev.entities.goldCount ? double(ev.entities.correctCount) / double(ev.entities.goldCount) : 0.0;
    micro.f1 = micro.precision + micro.recall > 0
                   ? 2 * micro.precision * micro.recall / (micro.precision + micro.recall)
                   : 0.0;
    micro.support = ev.entities.goldCount;
    if (auto bio = taggingMetrics(goldTags, predTags))
        ev.entityUnitBio = std::move(*bio);
}

} // namespace

Result<BaselineEvaluation> evaluateBaseline(const BaselineModel &model,
                                            const std::vector<const Sentence *> &sentences)
{
    if (!model.isValid())
        return Status(ErrorCode::InvalidArgument, "baseline: the model is empty (not trained or loaded)");
    BaselineEvaluation ev;
    ev.hasTargets = model.hasTargets();
    ev.hasSentiment = model.hasSentiment();
    ev.hasEntities = !model.entityLabels().empty();
    if (ev.hasEntities)
        scoreEntities(model, sentences, ev);
    const auto &labels = model.polarityLabels();
    std::vector<std::string> ids, gold, predicted;
    std::vector<SentenceSpans> spans;
    std::vector<TagSequence> goldTags, predTags;
    for (const Sentence *s : sentences) {
        if (!s || !(ev.hasTargets || ev.hasSentiment))
            continue;
        SentenceSpans ss;
        ss.sentenceId = s->id;
        ss.gold = baseline::explicitTargetSpans(*s);
        ss.predicted = model.predictTargetSpans(s->text);
        // Unit-level BIO of the same prediction.
        const baseline::UnitSentence us = baseline::prepareSentence(s->text);
        auto toNames = [](const std::vector<std::int64_t> &tags) {
            TagSequence names;
            for (std::int64_t t : tags)
                names.push_back(t == baseline::TagB ? "B-TARGET" : t == baseline::TagI ? "I-TARGET" : "O");
            return names;
        };
        goldTags.push_back(toNames(baseline::bioTags(us.units, ss.gold)));
        predTags.push_back(toNames(baseline::bioTags(us.units, ss.predicted)));
        spans.push_back(std::move(ss));

        std::vector<std::pair<std::size_t, std::size_t>> opinionSpans;  // one call per sentence
        for (const Opinion &o : s->opinions) {
            if (!ev.hasSentiment)
                break;
            const std::string name = polarityName(o.polarity);
            if (o.isNull || o.to <= o.from || std::find(labels.begin(), labels.end(), name) == labels.end())
                continue;
            opinionSpans.emplace_back(o.from, o.to);
            ids.push_back(s->id);
            gold.push_back(name);
        }
        if (!opinionSpans.empty()) {
            auto p = model.predictPolarities(s->text, opinionSpans);
            if (!p)
                return p.status();
            for (const BaselinePolarity &one : *p)
                predicted.push_back(one.label);
        }
    }
    if (ev.hasSentiment) {
        auto cls = classificationMetrics(gold, predicted, labels);
        if (!cls)
            return cls.status();
        ev.sentiment = std::move(*cls);
    }
    ev.sentimentErrors = classificationErrors(ids, gold, predicted);
    ev.targets = spanMetrics(spans);
    ev.targetErrors = spanErrors(spans);
    if (ev.hasTargets) {
        auto bio = taggingMetrics(goldTags, predTags);
        if (!bio)
            return bio.status();
        ev.unitBio = std::move(*bio);
    }
    return ev;
}

} // namespace mizan
