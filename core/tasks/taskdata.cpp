#include "tasks/taskdata.h"

#include <algorithm>
#include <optional>
#include <map>
#include <set>

#include "common/utf8.h"
#include "text/patterns.h"
#include "tasks/categorytask.h"
#include "tasks/charngrams.h"
#include "tokenize/labelalign.h"

namespace mizan {

const char *taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Tagging: return "tagging";
    case TaskKind::TargetSentiment: return "target_sentiment";
    case TaskKind::Classification: return "classification";
    case TaskKind::Categories: return "categories";
    case TaskKind::TargetCategories: return "target_categories";
    }
    return "tagging";
}

std::vector<std::pair<std::string, TaskKind>> availableTasks(const Corpus &corpus)
{
    bool targets = false, entities = false, categorisedTargets = false;
    std::set<std::string> categories;
    for (const Document &d : corpus.documents)
        for (const Sentence &s : d.sentences) {
            for (const Opinion &o : s.opinions) {
                targets = targets || !o.isNull;
                categorisedTargets = categorisedTargets || (!o.isNull && !o.category.empty());
                if (!o.category.empty() && categories.size() < 2)
                    categories.insert(o.category);
            }
            entities = entities || !s.entities.empty();
        }
    std::vector<std::pair<std::string, TaskKind>> out;
    if (targets) {
        out.emplace_back("targets", TaskKind::Tagging);
        out.emplace_back("sentiment", TaskKind::TargetSentiment);
    }
    if (categories.size() >= 2)
        out.emplace_back(kCategoriesTask, TaskKind::Categories);
    if (categories.size() >= 2 && categorisedTargets)
        out.emplace_back(kTargetCategoriesTask, TaskKind::TargetCategories);
    if (entities)
        out.emplace_back("ner", TaskKind::Tagging);
    return out;
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
    // Spans as pieces can express them: white space and tatweel at the start and white space
    // at the end trimmed (SemEval targets such as "خدمة "), and the end carried over the
    // diacritics and tatweel that follow it (target "موقع" in "موقعٌ"), since a piece's
    // range always covers its last letter's marks.
    const std::u32string text = utf8::decodeLossy(sentence.text);
    auto space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0; };
    for (EntitySpan &s : spans) {
        s.end = std::min(s.end, text.size());
        while (s.start < s.end && (space(text[s.start]) || text[s.start] == 0x0640))
            ++s.start;
        while (s.end > s.start && space(text[s.end - 1]))
            --s.end;
        while (s.end > s.start && s.end < text.size() &&
               (textpatterns::isTashkeel(text[s.end]) || text[s.end] == 0x0640))
            ++s.end;
    }
    spans.erase(std::remove_if(spans.begin(), spans.end(), [](const EntitySpan &s) { return s.end <= s.start; }),
                spans.end());
    std::stable_sort(spans.begin(), spans.end(), [](const EntitySpan &a, const EntitySpan &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    std::vector<EntitySpan> kept;
    for (const EntitySpan &s : spans)
        if (kept.empty() || s.start >= kept.back().end)
            kept.push_back(s);
    return kept;
}

namespace {

// Each piece's label (B-/I- of its gold span; ignored for a continuation under firstPieceLabels) and span.
struct PieceLabels {
    std::vector<std::int64_t> labels;
    std::vector<const EntitySpan *> spanOf;
};

PieceLabels labelPieces(const std::vector<Token> &tokens, const std::vector<EntitySpan> &spans,
                        const std::vector<std::string> &labels, const PieceEncoder &encoder)
{
    const std::size_t n = tokens.size();
    std::map<std::string, std::int64_t> ids;
    for (std::size_t i = 0; i < labels.size(); ++i)
        ids[labels[i]] = std::int64_t(i);
    PieceLabels out{std::vector<std::int64_t>(n, 0), std::vector<const EntitySpan *>(n, nullptr)};
    const EntitySpan *previous = nullptr;
    for (std::size_t i = 0; i < n; ++i) {
        const CharRange r = tokens[i].range;
        const EntitySpan *inside = nullptr;
        for (const EntitySpan &s : spans)
            if (r.start >= s.start && r.start < s.end)
                inside = &s;
        if (inside) {
            auto it = ids.find((inside == previous ? "I-" : "B-") + inside->label);
            out.labels[i] = it == ids.end() ? 0 : it->second;
        }
        if (encoder.options().firstPieceLabels && tokens[i].text.rfind("##", 0) == 0 && i > 0 &&
            tokens[i - 1].range.end == r.start)
            out.labels[i] = kIgnoreLabel;
        out.spanOf[i] = inside;
        previous = inside;
    }
    return out;
}

// Window ends (piece indices, exclusive). A window holds at most `room` pieces; it ends
// at the last whitespace between words that fits, preferably one outside every gold span.
// A gold span longer than a window has to be cut (its rest continues with I- labels), and
// a single word longer than a window is cut inside the word: nothing else would fit.
std::vector<std::size_t> windowEnds(const std::string &sentenceText, const std::vector<Token> &tokens,
                                    const std::vector<const EntitySpan *> &spanOf, std::size_t maxLength)
{
    const std::size_t n = tokens.size();
    const std::size_t room = maxLength > 2 ? maxLength - 2 : (maxLength == 0 ? n : 1);
    const std::u32string text = utf8::decodeLossy(sentenceText);
    auto spaceBefore = [&](std::size_t c) {  // white space between pieces c - 1 and c
        for (std::size_t k = tokens[c - 1].range.end; k < tokens[c].range.start && k < text.size(); ++k)
            if (text[k] == U' ' || text[k] == U'\t' || text[k] == U'\n' || text[k] == U'\r' || text[k] == 0xA0 ||
                text[k] == 0x2028 || text[k] == 0x2029 || (text[k] >= 0x2000 && text[k] <= 0x200A) ||
                text[k] == 0x3000 || text[k] == 0x202F || text[k] == 0x205F)
                return true;
        return false;
    };
    std::vector<std::size_t> ends;
    for (std::size_t begin = 0; n - begin > room;) {
        std::size_t cut = 0, wordCut = 0;
        for (std::size_t c = begin + room; c > begin && !cut; --c) {
            if (!spaceBefore(c))
                continue;
            if (!wordCut)
                wordCut = c;
            if (!spanOf[c] || spanOf[c] != spanOf[c - 1])
                cut = c;
        }
        cut = cut ? cut : wordCut ? wordCut : begin + room;
        ends.push_back(cut);
        begin = cut;
    }
    ends.push_back(n);
    return ends;
}

} // namespace

std::vector<TaskExample> makeTaggingExamples(const Sentence &sentence, const std::vector<EntitySpan> &spans,
                                             const std::vector<std::string> &labels,
                                             const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer,
                                             std::size_t maxLength)
{
    const std::vector<Token> tokens = encoder.tokenize(sentence.text);
    const PieceLabels pieces = labelPieces(tokens, spans, labels, encoder);
    const std::vector<std::size_t> ends = windowEnds(sentence.text, tokens, pieces.spanOf, maxLength);
    std::vector<TaskExample> out;
    std::size_t begin = 0;
    for (std::size_t w = 0; w < ends.size(); ++w) {
        const std::size_t end = ends[w];
        TaskExample ex;
        ex.sentenceId = sentence.id;
        ex.text = sentence.text;
        ex.window = w;
        // Gold spans that start in this window: from the end of the previous window's last
        // piece to the end of this one's (the last window takes the rest).
        const std::size_t from = w == 0 ? 0 : tokens[begin - 1].range.end;
        const std::size_t to = w + 1 == ends.size() ? std::size_t(-1) : tokens[end - 1].range.end;
        for (const EntitySpan &s : spans)
            if (s.start >= from && s.start < to)
                ex.gold.push_back(s);
        Encoding enc = tokenizer.build(std::vector<Token>(tokens.begin() + std::ptrdiff_t(begin),
                                                          tokens.begin() + std::ptrdiff_t(end)),
                                       nullptr, 0);
        ex.inputIds = enc.inputIds;
        ex.tokenTypeIds = enc.tokenTypeIds;
        ex.offsets = enc.offsets;
        if (encoder.options().charNgramBuckets > 0)
            ex.ngrams = charNgramBags(ex.text, ex.offsets, encoder.options().charNgramBuckets);
        ex.labels.assign(enc.size(), kIgnoreLabel);
        for (std::size_t i = 0, piece = begin; i < enc.size(); ++i)
            if (enc.sequenceIds[i] == 0)
                ex.labels[i] = pieces.labels[piece++];
        out.push_back(std::move(ex));
        begin = end;
    }
    return out;
}

TaskExample makeTaggingExample(const Sentence &sentence, const std::vector<EntitySpan> &spans,
                               const std::vector<std::string> &labels, const PieceEncoder &encoder,
                               const WordPieceTokenizer &tokenizer, std::size_t maxLength)
{
    return makeTaggingExamples(sentence, spans, labels, encoder, tokenizer, maxLength).front();
}

std::vector<std::pair<std::size_t, std::size_t>> sentenceExamples(const TaskData &task)
{
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i < task.examples.size(); ++i)
        if (out.empty() || task.examples[i].window == 0)
            out.emplace_back(i, i + 1);
        else
            out.back().second = i + 1;
    return out;
}

TaskExample makePairExample(const std::string &sentenceId, const std::string &text,
                            CharRange target, const PieceEncoder &encoder,
                            const WordPieceTokenizer &tokenizer, std::size_t maxLength,
                            bool markTarget, const std::vector<Token> *sentencePieces)
{
    TaskExample ex;
    ex.sentenceId = sentenceId;
    ex.text = text;
    ex.target = target;
    std::vector<Token> targetTokens = encoder.tokenize(utf8::substr(text, target.start, target.end));
    for (Token &t : targetTokens)
        t.range = {t.range.start + target.start, t.range.end + target.start};
    std::vector<Token> sentence = sentencePieces ? *sentencePieces : encoder.tokenize(text);
    // A sentence longer than the room left by the target and 3 specials keeps the window of
    // its pieces centred on the target (starting on a word), not its first pieces: a target
    // near the end of a long review is still seen in its context.
    const std::size_t room = maxLength > targetTokens.size() + 3 ? maxLength - targetTokens.size() - 3 : 0;
    if (maxLength > 0 && room > 0 && sentence.size() > room) {
        std::size_t first = sentence.size(), last = 0;
        for (std::size_t i = 0; i < sentence.size(); ++i)
            if (sentence[i].range.end > target.start && sentence[i].range.start < target.end) {
                first = std::min(first, i);
                last = i;
            }
        if (first < sentence.size()) {
            const std::size_t centre = (first + last) / 2;
            std::size_t begin = centre > room / 2 ? centre - room / 2 : 0;
            begin = std::min(begin, sentence.size() - room);
            // Move forward to the start of a word, as long as the target stays inside.
            for (std::size_t b = begin; b < first && b + room > last; ++b)
                if (b == 0 || sentence[b].range.start != sentence[b - 1].range.end) {  // after a space
                    begin = b;
                    break;
                }
            sentence = std::vector<Token>(sentence.begin() + std::ptrdiff_t(begin),
                                          sentence.begin() + std::ptrdiff_t(std::min(sentence.size(), begin + room)));
        }
    }
    Encoding enc = tokenizer.build(std::move(sentence), &targetTokens, maxLength, Truncation::OnlyFirst);
    ex.inputIds = enc.inputIds;
    ex.tokenTypeIds = enc.tokenTypeIds;
    ex.offsets = enc.offsets;
    if (encoder.options().charNgramBuckets > 0)
        ex.ngrams = charNgramBags(text, ex.offsets, encoder.options().charNgramBuckets);
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
            std::vector<TaskExample> windows = makeTaggingExamples(*s, spans, labels, encoder, tokenizer, maxLength);
            std::set<std::size_t> starts, ends;
            // A span can start at a labelled piece and end where any piece of the text ends
            // (continuation pieces join the span before them).
            for (const TaskExample &ex : windows)
                for (std::size_t i = 0; i < ex.offsets.size(); ++i) {
                    if (ex.labels[i] != kIgnoreLabel)
                        starts.insert(ex.offsets[i].start);
                    if (ex.offsets[i].end > ex.offsets[i].start)
                        ends.insert(ex.offsets[i].end);
                }
            for (const EntitySpan &e : spans) {
                task.goldSpans++;
                task.alignedSpans += starts.count(e.start) && ends.count(e.end);
            }
            task.sentences++;
            for (TaskExample &ex : windows)
                task.examples.push_back(std::move(ex));
        }
    } else if (kind == TaskKind::Categories) {
        task.labels = std::move(labels);
        fillCategoryTask(task, sentences, encoder, tokenizer, maxLength);
    } else if (kind == TaskKind::TargetCategories) {
        task.labels = std::move(labels);
        fillTargetCategoryTask(task, sentences, encoder, tokenizer, maxLength, markTarget);
    } else if (kind == TaskKind::TargetSentiment) {
        if (labels.empty())
            labels = {"positive", "negative", "neutral"};
        task.labels = labels;
        for (const Sentence *s : sentences) {
            std::optional<std::vector<Token>> pieces;  // the sentence's, once for all its targets
            for (const Opinion &o : s->opinions) {
                if (o.isNull || o.to <= o.from)
                    continue;
                const auto it = std::find(labels.begin(), labels.end(), polarityName(o.polarity));
                if (it == labels.end()) {
                    task.skipped++;
                    continue;
                }
                if (!pieces)
                    pieces = encoder.tokenize(s->text);
                TaskExample ex = makePairExample(s->id, s->text, {o.from, o.to}, encoder,
                                                 tokenizer, maxLength, markTarget, &*pieces);
                ex.label = std::int64_t(it - labels.begin());
                task.examples.push_back(std::move(ex));
            }
        }
    }
    return task;
}

} // namespace mizan
