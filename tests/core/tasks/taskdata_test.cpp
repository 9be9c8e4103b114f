#include "tasks/taskdata.h"

#include <gtest/gtest.h>

#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "tinytraining.h"
#include "tokenize/labelalign.h"
#include "tokenize/wordpiece.h"
#include "tasks/taskscore.h"

using namespace mizan;
using namespace mizan::test;

namespace {

WordPieceTokenizer charTokenizer()
{
    const std::string dir = writeCharVocab(freshDir("taskdata-vocab"),
                                           "الفندقنظيفوموعاتجدخسئةرإطبيـًٌٍَُِّْ😀 ");
    auto tok = WordPieceTokenizer::fromDirectory(dir);
    EXPECT_TRUE(tok.ok()) << tok.error();
    return std::move(*tok);
}

} // namespace

TEST(PieceEncoder, TokenRangesPointIntoTheRawText)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true});
    // Tashkeel, tatweel, an emoji outside the BMP and an attached conjunction.
    const std::string raw = "الفُنْدُقـــ 😀 نظيف والخدمة";
    const auto tokens = enc.tokenize(raw);
    ASSERT_FALSE(tokens.empty());
    const std::size_t length = utf8::length(raw);
    std::size_t previousEnd = 0;
    for (const Token &t : tokens) {
        ASSERT_LT(t.range.start, t.range.end);
        ASSERT_LE(t.range.end, length);
        EXPECT_GE(t.range.start, previousEnd) << t.text;
        previousEnd = t.range.end;
    }
    // The first word's letters cover its marks and tatweel: the pieces together span the raw
    // word exactly, from 0 to the space.
    EXPECT_EQ(tokens.front().range.start, 0u);
    std::size_t firstWordEnd = 0;
    for (const Token &t : tokens)
        if (t.range.end <= 12)
            firstWordEnd = t.range.end;
    EXPECT_EQ(utf8::substr(raw, 0, firstWordEnd), "الفُنْدُقـــ");
    // "والخدمة": a token starts where "الخدمة" starts (after the conjunction).
    const std::size_t target = utf8::length("الفُنْدُقـــ 😀 نظيف و");
    bool startsAtTarget = false;
    for (const Token &t : tokens)
        startsAtTarget = startsAtTarget || t.range.start == target;
    EXPECT_TRUE(startsAtTarget);
}

TEST(TaskData, TaggingLabelsEverySubToken)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true});
    Sentence s;
    s.id = "1:0";
    s.text = "الفندق نظيف والخدمة";
    Opinion o;
    o.target = "الخدمة";
    o.from = 13;
    o.to = 19;
    o.polarity = Polarity::Negative;
    s.opinions = {o, o};  // the same target twice (two categories) counts once
    const auto spans = goldSpans(s, "targets");
    ASSERT_EQ(spans.size(), 1u);
    const auto labels = bioLabels({"TARGET"});
    ASSERT_EQ(labels, (std::vector<std::string>{"O", "B-TARGET", "I-TARGET"}));
    const TaskExample ex = makeTaggingExample(s, spans, labels, enc, tok, 64);
    std::vector<CharRange> offs;
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < ex.labels.size(); ++i)
        if (ex.labels[i] != -100) {
            ids.push_back(ex.labels[i]);
            offs.push_back(ex.offsets[i]);
        }
    const auto decoded = decodeBio(ids, offs, labels);
    ASSERT_EQ(decoded.size(), 1u);
    EXPECT_EQ(decoded[0].start, 13u);
    EXPECT_EQ(decoded[0].end, 19u);
    EXPECT_EQ(decoded[0].label, "TARGET");

    const TaskExample pair = makePairExample("1:0", s.text, {13, 19}, enc, tok, 64, true);
    int marked = 0;
    for (std::size_t i = 0; i < pair.inputIds.size(); ++i)
        if (pair.tokenTypeIds[i] == 1 && pair.offsets[i].start >= 13 && pair.offsets[i].end <= 19)
            ++marked;
    // Target tokens: once in the sentence (marked) and once as the second segment.
    EXPECT_GE(marked, 2 * 6);
}

// A sentence too long for max_length keeps the pieces around its target, not its first
// pieces: the target at the end of a long review is still marked inside the sentence.
TEST(TaskData, LongPairKeepsTheTargetsContext)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true});
    std::string text;
    for (int i = 0; i < 12; ++i)
        text += "غرفة جيدة ";
    const std::size_t start = utf8::length(text);
    text += "والخدمة سيئة";
    const std::size_t end = start + utf8::length("والخدمة");
    const TaskExample pair = makePairExample("1:0", text, {start + 1, end}, enc, tok, 32, true);
    ASSERT_LE(pair.inputIds.size(), 32u);
    int markedInSentence = 0;
    std::size_t firstSentenceStart = 0;
    bool seenSentence = false;
    for (std::size_t i = 1; i < pair.inputIds.size(); ++i) {
        if (pair.offsets[i].end == 0)
            break;  // the [SEP] after the sentence
        if (!seenSentence) {
            firstSentenceStart = pair.offsets[i].start;
            seenSentence = true;
        }
        if (pair.tokenTypeIds[i] == 1)
            ++markedInSentence;
    }
    EXPECT_EQ(markedInSentence, 6) << "the 6 letters of الخدمة, marked in the kept window";
    EXPECT_GT(firstSentenceStart, 0u) << "the window does not start at the beginning";
    // It starts on a word: right after a space.
    EXPECT_EQ(utf8::substr(text, firstSentenceStart - 1, firstSentenceStart), " ");
    // A short sentence is untouched.
    const TaskExample shortPair = makePairExample("1:1", "الغرفة نظيفة", {0, 6}, enc, tok, 32, true);
    EXPECT_EQ(shortPair.offsets[1].start, 0u);
}

// SemEval targets with a trailing space ("خدمة "), a target that stops before its word's
// tanween ("موقع" in "موقعٌ") and an entity that starts on a tatweel ("ـالفندق") are snapped
// to what pieces can express, so every such span falls on piece boundaries.
TEST(TaskData, GoldSpansSnapToPieceBoundaries)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true});
    Sentence s;
    s.id = "1:0";
    s.text = "خدمة جيدة وموقعٌ رائع في ـالفندق";
    auto at = [&](const std::string &prefix) { return utf8::length(prefix); };
    Opinion service;
    service.target = "خدمة ";
    service.from = 0;
    service.to = 5;
    Opinion location;
    location.target = "موقع";
    location.from = at("خدمة جيدة و");
    location.to = at("خدمة جيدة وموقع");
    s.opinions = {service, location};
    s.entities = {{"LOC", at("خدمة جيدة وموقعٌ رائع في "), at(s.text)}};

    const auto targets = goldSpans(s, "targets");
    ASSERT_EQ(targets.size(), 2u);
    EXPECT_EQ(targets[0].start, 0u);
    EXPECT_EQ(targets[0].end, at("خدمة"));
    EXPECT_EQ(targets[1].start, at("خدمة جيدة و"));
    EXPECT_EQ(targets[1].end, at("خدمة جيدة وموقعٌ"));
    const auto entities = goldSpans(s, "ner");
    ASSERT_EQ(entities.size(), 1u);
    EXPECT_EQ(entities[0].start, at("خدمة جيدة وموقعٌ رائع في ـ"));

    for (const char *task : {"targets", "ner"}) {
        const TaskData t = buildTask(task, TaskKind::Tagging, {&s}, {}, enc, tok, 64, false);
        EXPECT_GT(t.goldSpans, 0u) << task;
        EXPECT_EQ(t.alignedSpans, t.goldSpans) << task;
    }
}

TEST(TaskData, DecodeBioFollowsConllevalAndScores)
{
    const std::vector<std::string> labels = {"O", "B-LOC", "I-LOC", "B-PER", "I-PER"};
    const std::vector<CharRange> offs = {{0, 2}, {3, 5}, {6, 8}, {9, 11}, {12, 14}};
    const auto spans = decodeBio({2, 2, 0, 3, 2}, offs, labels, {0.5, 0.7, 1, 0.9, 0.8});
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[0].label, "LOC");  // I- after nothing starts an entity
    EXPECT_EQ(spans[0].end, 5u);
    EXPECT_DOUBLE_EQ(spans[0].score, 0.6);
    EXPECT_EQ(spans[1].label, "PER");
    EXPECT_EQ(spans[2].label, "LOC");  // a type change starts a new entity
}


TEST(PieceEncoder, HandlesEverySentenceOfTheSampleCorpus)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true});
    PieceEncoder pre(nullptr, {"light", true});
    auto corpus = importCorpus(MIZAN_RESOURCES_DIR "/sample/hotel_reviews_sample.xml");
    ASSERT_TRUE(corpus.ok);
    std::size_t sentences = 0;
    for (const Document &d : corpus.corpus.documents)
        for (const Sentence &s : d.sentences) {
            const std::string split = pre.pretokenize(s.text);
            EXPECT_FALSE(split.empty()) << s.id;
            const std::size_t length = utf8::length(s.text);
            for (const Token &t : enc.tokenize(s.text))
                ASSERT_LE(t.range.end, length) << s.id;
            ++sentences;
        }
    EXPECT_GT(sentences, 50u);
}

namespace {

// The labelled positions of examples put end to end: (offset, label).
std::vector<std::pair<CharRange, std::int64_t>> labelledPieces(const std::vector<TaskExample> &examples)
{
    std::vector<std::pair<CharRange, std::int64_t>> out;
    for (const TaskExample &ex : examples)
        for (std::size_t i = 0; i < ex.labels.size(); ++i)
            if (ex.labels[i] != -100)
                out.emplace_back(ex.offsets[i], ex.labels[i]);
    return out;
}

// Perfect predictions: the gold label at every position.
TaskPredictions goldPredictions(const TaskData &task)
{
    TaskPredictions p;
    for (const TaskExample &ex : task.examples) {
        std::vector<std::int64_t> tags;
        for (std::int64_t l : ex.labels)
            tags.push_back(l == -100 ? 0 : l);
        p.tags.push_back(tags);
        p.tagProbs.push_back(std::vector<double>(tags.size(), 1.0));
    }
    return p;
}

} // namespace

// A sentence with more pieces than maxLength is split into windows between whitespace words,
// outside gold spans, so the entities after the old truncation point are labelled, and
// together the windows hold every piece once with the labels of the whole sentence.
TEST(TaskData, LongSentencesAreSplitIntoWindowsBetweenWords)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true, 64});
    Sentence s;
    s.id = "long:1";
    std::vector<EntitySpan> entities;
    for (int i = 0; i < 12; ++i) {
        const std::size_t at = utf8::length(s.text);
        s.text += "فندق نظيف جدا ";
        if (i % 3 == 1)  // a two-word entity every third phrase
            entities.push_back({"LOC", at, at + utf8::length("فندق نظيف")});
    }
    const std::size_t last = utf8::length(s.text);
    s.text += "الفندق";
    entities.push_back({"ORG", last, last + utf8::length("الفندق")});
    s.entities = entities;
    const auto spans = goldSpans(s, "ner");
    ASSERT_EQ(spans.size(), entities.size());
    const auto labels = bioLabels({"LOC", "ORG"});

    const std::vector<TaskExample> whole = makeTaggingExamples(s, spans, labels, enc, tok, 0);
    ASSERT_EQ(whole.size(), 1u);
    const auto all = labelledPieces(whole);
    ASSERT_GT(all.size(), 100u);

    const std::size_t maxLength = 24;
    const std::vector<TaskExample> windows = makeTaggingExamples(s, spans, labels, enc, tok, maxLength);
    ASSERT_GT(windows.size(), 4u);
    std::vector<EntitySpan> gold;
    for (std::size_t w = 0; w < windows.size(); ++w) {
        const TaskExample &ex = windows[w];
        EXPECT_EQ(ex.window, w);
        EXPECT_EQ(ex.sentenceId, s.id);
        EXPECT_EQ(ex.text, s.text);  // the whole sentence: offsets stay raw code points
        EXPECT_LE(ex.inputIds.size(), maxLength);
        EXPECT_EQ(ex.ngrams.size(), ex.inputIds.size());
        const auto pieces = labelledPieces({ex});
        ASSERT_FALSE(pieces.empty());
        // Its gold spans start inside it.
        for (const EntitySpan &g : ex.gold) {
            EXPECT_GE(g.start, pieces.front().first.start) << w;
            EXPECT_LT(g.start, pieces.back().first.end) << w;
            gold.push_back(g);
        }
        if (w + 1 < windows.size()) {
            // Cut between whitespace words, outside every gold span.
            const std::size_t end = pieces.back().first.end;
            const std::size_t next = labelledPieces({windows[w + 1]}).front().first.start;
            EXPECT_NE(utf8::substr(s.text, end, next).find(' '), std::string::npos) << w;
            for (const EntitySpan &g : spans)
                EXPECT_FALSE(g.start < end && g.end > next) << w;
        }
    }
    // Every piece exactly once, in order, with the whole sentence's labels; gold partitioned.
    EXPECT_EQ(labelledPieces(windows), all);
    ASSERT_EQ(gold.size(), spans.size());
    for (std::size_t i = 0; i < gold.size(); ++i)
        EXPECT_TRUE(gold[i].start == spans[i].start && gold[i].end == spans[i].end && gold[i].label == spans[i].label);
    // The entity at the very end is labelled (B-ORG) in the last window.
    const std::int64_t bOrg = std::find(labels.begin(), labels.end(), "B-ORG") - labels.begin();
    const auto lastPieces = labelledPieces({windows.back()});
    bool labelled = false;
    for (const auto &[r, l] : lastPieces)
        labelled = labelled || (r.start == last && l == bOrg);
    EXPECT_TRUE(labelled);

    // buildTask: one sentence, its windows as examples, every span aligned; scored per sentence.
    const TaskData task = buildTask("ner", TaskKind::Tagging, {&s}, labels, enc, tok, maxLength, false);
    EXPECT_EQ(task.sentences, 1u);
    EXPECT_EQ(task.examples.size(), windows.size());
    EXPECT_EQ(task.alignedSpans, task.goldSpans);
    EXPECT_EQ(task.goldSpans, spans.size());
    const auto groups = sentenceExamples(task);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0], std::make_pair(std::size_t(0), windows.size()));
    const TaskPredictions perfect = goldPredictions(task);
    const auto decoded = predictedSpans(task, perfect, 0, task.examples.size());
    ASSERT_EQ(decoded.size(), spans.size());
    EXPECT_EQ(decoded.back().start, last);
    EXPECT_EQ(decoded.back().label, "ORG");
    const auto scores = std::get<SpanReport>(scoreTask(task, perfect));
    EXPECT_EQ(scores.gold, spans.size());
    EXPECT_DOUBLE_EQ(scores.micro.f1, 1.0);
}

// A span longer than a window, and a word longer than a window, have to be cut: the span
// continues with I- in the next window and is decoded (and scored) as one span again.
TEST(TaskData, SpansAndWordsLongerThanAWindowAreCutButKept)
{
    const WordPieceTokenizer tok = charTokenizer();
    PieceEncoder enc(&tok, {"light", true});
    Sentence s;
    s.id = "long:2";
    s.text = "نظيف فندق نظيف فندق نظيف جدا وموعدنا";
    const std::size_t from = utf8::length("نظيف ");
    const std::size_t to = utf8::length("نظيف فندق نظيف فندق نظيف");
    s.entities = {{"LOC", from, to}};
    const auto labels = bioLabels({"LOC"});
    const std::size_t maxLength = 8;  // 6 pieces a window
    const TaskData task = buildTask("ner", TaskKind::Tagging, {&s}, labels, enc, tok, maxLength, false);
    ASSERT_GT(task.examples.size(), 3u);
    EXPECT_EQ(labelledPieces(task.examples), labelledPieces(makeTaggingExamples(s, goldSpans(s, "ner"), labels, enc, tok, 0)));
    std::size_t gold = 0;
    for (const TaskExample &ex : task.examples) {
        EXPECT_LE(ex.inputIds.size(), maxLength);
        gold += ex.gold.size();
    }
    EXPECT_EQ(gold, 1u);
    const TaskPredictions perfect = goldPredictions(task);
    const auto decoded = predictedSpans(task, perfect, 0, task.examples.size());
    ASSERT_EQ(decoded.size(), 1u);
    EXPECT_EQ(decoded[0].start, from);
    EXPECT_EQ(decoded[0].end, to);
    EXPECT_DOUBLE_EQ(headline(scoreTask(task, perfect)), 1.0);
}

TEST(TaskData, FirstPieceLabelsSkipContinuationPiecesAndDecodeWholeUnits)
{
    const WordPieceTokenizer tok = charTokenizer();  // one piece per character: ن ##ظ ##ي ##ف
    Sentence s;
    s.id = "1:0";
    s.text = "الفندق نظيف والخدمة";
    const std::vector<EntitySpan> spans = {{"TARGET", 13, 19}};
    const std::vector<std::string> labels = {"O", "B-TARGET", "I-TARGET"};
    PieceEncoderOptions everyPiece{"light", true};
    PieceEncoderOptions firstPiece{"light", true};
    firstPiece.firstPieceLabels = true;
    const PieceEncoder all(&tok, everyPiece), first(&tok, firstPiece);
    const TaskExample full = makeTaggingExamples(s, spans, labels, all, tok, 64).front();
    const TaskExample units = makeTaggingExamples(s, spans, labels, first, tok, 64).front();
    ASSERT_EQ(full.labels.size(), units.labels.size());
    std::size_t labelledFull = 0, labelledUnits = 0;
    for (std::size_t i = 0; i < full.labels.size(); ++i) {
        labelledFull += full.labels[i] != kIgnoreLabel;
        labelledUnits += units.labels[i] != kIgnoreLabel;
        // A unit's first piece keeps its label; continuation pieces lose theirs.
        if (units.labels[i] != kIgnoreLabel) {
            EXPECT_EQ(units.labels[i], full.labels[i]) << i;
        }
    }
    EXPECT_LT(labelledUnits, labelledFull);
    EXPECT_GE(labelledUnits, 4u);  // at least الفندق, نظيف, و, الخدمة start a unit each
    // Decoding the first-piece labels gives the whole target: the continuation pieces join it.
    const auto decoded = decodeBio(units.labels, units.offsets, labels);
    ASSERT_EQ(decoded.size(), 1u);
    EXPECT_EQ(decoded[0].start, 13u);
    EXPECT_EQ(decoded[0].end, 19u);
    // The alignment statistic still finds the span (it ends where a continuation piece ends).
    Opinion o;
    o.target = "الخدمة";
    o.from = 13;
    o.to = 19;
    o.polarity = Polarity::Positive;
    s.opinions = {o};
    const TaskData task = buildTask("targets", TaskKind::Tagging, {&s}, labels, first, tok, 64, true);
    EXPECT_EQ(task.goldSpans, 1u);
    EXPECT_EQ(task.alignedSpans, 1u);
}
