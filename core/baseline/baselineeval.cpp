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

Result<BaselineEvaluation> evaluateBaseline(const BaselineModel &model,
                                            const std::vector<const Sentence *> &sentences)
{
    if (!model.isValid())
        return Status(ErrorCode::InvalidArgument, "baseline: the model is empty (not trained or loaded)");
    const auto &labels = model.polarityLabels();
    std::vector<std::string> ids, gold, predicted;
    std::vector<SentenceSpans> spans;
    std::vector<TagSequence> goldTags, predTags;
    for (const Sentence *s : sentences) {
        if (!s)
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

        for (const Opinion &o : s->opinions) {
            const std::string name = polarityName(o.polarity);
            if (o.isNull || o.to <= o.from || std::find(labels.begin(), labels.end(), name) == labels.end())
                continue;
            auto p = model.predictPolarity(s->text, o.from, o.to);
            if (!p)
                return p.status();
            ids.push_back(s->id);
            gold.push_back(name);
            predicted.push_back(p->label);
        }
    }
    BaselineEvaluation ev;
    auto cls = classificationMetrics(gold, predicted, labels);
    if (!cls)
        return cls.status();
    ev.sentiment = std::move(*cls);
    ev.sentimentErrors = classificationErrors(ids, gold, predicted);
    ev.targets = spanMetrics(spans);
    ev.targetErrors = spanErrors(spans);
    auto bio = taggingMetrics(goldTags, predTags);
    if (!bio)
        return bio.status();
    ev.unitBio = std::move(*bio);
    return ev;
}

} // namespace mizan
