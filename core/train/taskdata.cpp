#include "train/taskdata.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/utf8.h"
#include "tokenize/labelalign.h"

namespace mizan {

const char *taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Tagging: return "tagging";
    case TaskKind::TargetSentiment: return "target_sentiment";
    case TaskKind::Classification: return "classification";
    }
    return "tagging";
}

std::vector<std::pair<std::string, TaskKind>> availableTasks(const Corpus &corpus)
{
    bool targets = false, entities = false;
    for (const Document &d : corpus.documents)
        for (const Sentence &s : d.sentences) {
            for (const Opinion &o : s.opinions)
                targets = targets || !o.isNull;
            entities = entities || !s.entities.empty();
        }
    std::vector<std::pair<std::string, TaskKind>> out;
    if (targets) {
        out.emplace_back("targets", TaskKind::Tagging);
        out.emplace_back("sentiment", TaskKind::TargetSentiment);
    }
    if (entities)
        out.emplace_back("ner", TaskKind::Tagging);
    return out;
}

std::vector<std::string> bioLabels(std::vector<std::string> types)
{
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    std::vector<std::string> labels = {"O"};
    for (const auto &t : types) {
        labels.push_back("B-" + t);
        labels.push_back("I-" + t);
    }
    return labels;
}

std::vector<EntitySpan> goldSpans(const Sentence &sentence, const std::string &taskName)
{
    std::vector<EntitySpan> spans;
    if (taskName == "targets") {
        for (const Opinion &o : sentence.opinions)
            if (!o.isNull && o.to > o.from)
                spans.push_back({"TARGET", o.from, o.to});
    } else {
        spans = sentence.entities;
    }
    std::stable_sort(spans.begin(), spans.end(), [](const EntitySpan &a, const EntitySpan &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    std::vector<EntitySpan> kept;
    for (const EntitySpan &s : spans)
        if (kept.empty() || s.start >= kept.back().end)
            kept.push_back(s);
    return kept;
}

TaskExample makeTaggingExample(const Sentence &sentence, const std::vector<EntitySpan> &spans,
                               const std::vector<std::string> &labels, const PieceEncoder &encoder,
                               const WordPieceTokenizer &tokenizer, std::size_t maxLength)
{
    TaskExample ex;
    ex.sentenceId = sentence.id;
    ex.text = sentence.text;
    ex.gold = spans;
    Encoding enc = tokenizer.build(encoder.tokenize(sentence.text), nullptr, maxLength);
    ex.inputIds = enc.inputIds;
    ex.tokenTypeIds = enc.tokenTypeIds;
    ex.offsets = enc.offsets;
    std::map<std::string, std::int64_t> ids;
    for (std::size_t i = 0; i < labels.size(); ++i)
        ids[labels[i]] = std::int64_t(i);
    ex.labels.assign(enc.size(), kIgnoreLabel);
    const EntitySpan *previous = nullptr;
    for (std::size_t i = 0; i < enc.size(); ++i) {
        if (enc.sequenceIds[i] != 0)
            continue;
        const CharRange r = enc.offsets[i];
        const EntitySpan *inside = nullptr;
        for (const EntitySpan &s : spans)
            if (r.start >= s.start && r.start < s.end)
                inside = &s;
        std::int64_t label = 0;
        if (inside) {
            auto it = ids.find((inside == previous ? "I-" : "B-") + inside->label);
            label = it == ids.end() ? 0 : it->second;
        }
        ex.labels[i] = label;
        previous = inside;
    }
    return ex;
}

TaskExample makePairExample(const std::string &sentenceId, const std::string &text,
                            CharRange target, const PieceEncoder &encoder,
                            const WordPieceTokenizer &tokenizer, std::size_t maxLength,
                            bool markTarget)
{
    TaskExample ex;
    ex.sentenceId = sentenceId;
    ex.text = text;
    ex.target = target;
    std::vector<Token> targetTokens = encoder.tokenize(utf8::substr(text, target.start, target.end));
    for (Token &t : targetTokens)
        t.range = {t.range.start + target.start, t.range.end + target.start};
    Encoding enc = tokenizer.build(encoder.tokenize(text), &targetTokens, maxLength,
                                   Truncation::OnlyFirst);
    ex.inputIds = enc.inputIds;
    ex.tokenTypeIds = enc.tokenTypeIds;
    ex.offsets = enc.offsets;
    if (markTarget)
        for (std::size_t i = 0; i < enc.size(); ++i)
            if (enc.sequenceIds[i] == 0 && enc.offsets[i].start >= target.start &&
                enc.offsets[i].start < target.end)
                ex.tokenTypeIds[i] = 1;
    return ex;
}

TaskData buildTask(const std::string &name, TaskKind kind,
                   const std::vector<const Sentence *> &sentences, std::vector<std::string> labels,
                   const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer,
                   std::size_t maxLength, bool markTarget)
{
    TaskData task;
    task.name = name;
    task.kind = kind;
    if (kind == TaskKind::Tagging) {
        if (labels.empty()) {
            std::vector<std::string> types;
            for (const Sentence *s : sentences)
                for (const EntitySpan &e : goldSpans(*s, name))
                    types.push_back(e.label);
            labels = bioLabels(types);
        }
        task.labels = labels;
        for (const Sentence *s : sentences) {
            const auto spans = goldSpans(*s, name);
            TaskExample ex = makeTaggingExample(*s, spans, labels, encoder, tokenizer, maxLength);
            std::set<std::size_t> starts, ends;
            for (std::size_t i = 0; i < ex.offsets.size(); ++i)
                if (ex.labels[i] != kIgnoreLabel) {
                    starts.insert(ex.offsets[i].start);
                    ends.insert(ex.offsets[i].end);
                }
            for (const EntitySpan &e : spans) {
                task.goldSpans++;
                task.alignedSpans += starts.count(e.start) && ends.count(e.end);
            }
            task.examples.push_back(std::move(ex));
        }
    } else if (kind == TaskKind::TargetSentiment) {
        if (labels.empty())
            labels = {"positive", "negative", "neutral"};
        task.labels = labels;
        for (const Sentence *s : sentences)
            for (const Opinion &o : s->opinions) {
                if (o.isNull || o.to <= o.from)
                    continue;
                const auto it = std::find(labels.begin(), labels.end(), polarityName(o.polarity));
                if (it == labels.end()) {
                    task.skipped++;
                    continue;
                }
                TaskExample ex = makePairExample(s->id, s->text, {o.from, o.to}, encoder,
                                                 tokenizer, maxLength, markTarget);
                ex.label = std::int64_t(it - labels.begin());
                task.examples.push_back(std::move(ex));
            }
    }
    return task;
}

std::vector<DecodedSpan> decodeBio(const std::vector<std::int64_t> &labelIds,
                                   const std::vector<CharRange> &offsets,
                                   const std::vector<std::string> &labels,
                                   const std::vector<double> &probs)
{
    std::vector<DecodedSpan> spans;
    bool open = false;
    double scoreSum = 0;
    std::size_t scoreCount = 0;
    auto close = [&] {
        if (open && scoreCount)
            spans.back().score = scoreSum / double(scoreCount);
        open = false;
    };
    for (std::size_t i = 0; i < labelIds.size() && i < offsets.size(); ++i) {
        const std::int64_t id = labelIds[i];
        const std::string &tag = id >= 0 && std::size_t(id) < labels.size() ? labels[std::size_t(id)] : labels[0];
        const double p = i < probs.size() ? probs[i] : 1.0;
        if (tag.size() < 2 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) {
            close();
            continue;
        }
        const std::string type = tag.substr(2);
        if (tag[0] == 'I' && open && spans.back().label == type) {
            spans.back().end = std::max(spans.back().end, offsets[i].end);
            scoreSum += p;
            scoreCount++;
            continue;
        }
        close();
        spans.push_back({offsets[i].start, offsets[i].end, type, 1.0});
        open = true;
        scoreSum = p;
        scoreCount = 1;
    }
    close();
    return spans;
}

} // namespace mizan
