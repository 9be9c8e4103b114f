#pragma once
// Task datasets: corpus sentences -> model-ready examples for each task, and back from
// predictions to spans in the raw text. Torch-free.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "corpus/corpus.h"
#include "tokenize/encoding.h"
#include "tasks/pieceencoder.h"

namespace mizan {

// Categories: the aspect categories of a sentence, any number of them (categorytask.h).
enum class TaskKind { Tagging, TargetSentiment, Classification, Categories, TargetCategories };
// "tagging", "target_sentiment", "classification", "categories", "target_categories" (the
// `mizan eval --json` kinds).
const char *taskKindName(TaskKind kind);

// One model input. Tagging: `labels` per position (kIgnoreLabel on [CLS]/[SEP]), `gold`
// the gold spans of this window of the sentence (see makeTaggingExamples). Target sentiment:
// `label` the polarity id, `target` the target's raw range in the sentence.
struct TaskExample {
    std::string sentenceId;
    std::string text;  // raw sentence (the whole sentence, also for its later windows)
    // Tagging: which window of its sentence this is. A sentence longer than maxLength pieces
    // becomes several consecutive examples, windows 0, 1, ...; window 0 starts a sentence.
    std::size_t window = 0;
    std::vector<std::int64_t> inputIds;
    std::vector<std::int64_t> tokenTypeIds;
    std::vector<CharRange> offsets;  // raw code points of the sentence; {0,0} for specials and target tokens
    std::vector<std::int64_t> labels;
    std::int64_t label = -100;
    std::vector<std::int64_t> labelSet;  // categories: the ids of the sentence's categories
    CharRange target;
    std::vector<EntitySpan> gold;
    // Character n-gram bags per position (charngrams.h) when the encoder options ask for
    // them, else empty.
    std::vector<std::vector<std::int64_t>> ngrams;
};

struct TaskData {
    std::string name;
    TaskKind kind = TaskKind::Tagging;
    std::vector<std::string> labels;  // tagging: "O", "B-X", "I-X", ...; sentiment: polarities
    std::vector<TaskExample> examples;
    std::size_t sentences = 0;      // tagging: sentences (examples: their windows)
    std::size_t goldSpans = 0;      // tagging: distinct gold spans
    std::size_t alignedSpans = 0;   // ... whose both ends fall on token boundaries
    std::size_t skipped = 0;        // opinions left out (conflict / no polarity / truncated)
};

// The tasks a corpus offers: SemEval with explicit targets -> "targets" (Tagging) and
// "sentiment" (TargetSentiment); opinions in two or more aspect categories -> "categories"
// (Categories); entity spans (CoNLL, JSONL) -> "ner" (Tagging).
std::vector<std::pair<std::string, TaskKind>> availableTasks(const Corpus &corpus);

// The BIO label list for entity types (sorted): "O", then "B-T", "I-T" per type.
std::vector<std::string> bioLabels(std::vector<std::string> types);

// Gold spans of a sentence for a tagging task: "targets" -> distinct explicit opinion target
// spans labelled TARGET (overlapping ones after the first are dropped), otherwise the entity
// spans.
std::vector<EntitySpan> goldSpans(const Sentence &sentence, const std::string &taskName);

// Builds the tagging examples of a sentence: every sub-token inside a gold span is B-/I-
// labelled, so spans can start inside a whitespace word. `labels` maps a label name to its
// id; spans with a label outside it are left O. maxLength includes [CLS]/[SEP] (0: no limit).
// A sentence with more pieces than fit is split into windows, each its own example, so that
// nothing is truncated: windows are cut between whitespace words, outside gold spans where
// possible, and do not overlap; every piece is in exactly one window. Each window keeps the
// whole sentence text with raw code-point offsets, the sentence id, window 0, 1, ..., and as
// `gold` the spans that start in it. The labels of the windows put end to end are those of
// the whole sentence (a span cut by a window boundary continues with I- in the next window).
std::vector<TaskExample> makeTaggingExamples(const Sentence &sentence, const std::vector<EntitySpan> &spans,
                                             const std::vector<std::string> &labels,
                                             const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer,
                                             std::size_t maxLength);

// The first window of makeTaggingExamples (the whole sentence when it fits in maxLength).
TaskExample makeTaggingExample(const Sentence &sentence, const std::vector<EntitySpan> &spans,
                               const std::vector<std::string> &labels, const PieceEncoder &encoder,
                               const WordPieceTokenizer &tokenizer, std::size_t maxLength);

// The examples of each sentence of a task, as index ranges [first, end) in text order (a
// tagging sentence's windows are consecutive; any other example is its own sentence).
std::vector<std::pair<std::size_t, std::size_t>> sentenceExamples(const TaskData &task);

// Builds "[CLS] sentence [SEP] target [SEP]". With markTarget the sentence tokens inside the
// target's range get token type 1 as well, so the encoder knows which mention is meant.
// A sentence too long for maxLength keeps the window of its pieces centred on the target.
// `sentencePieces`, when given, is encoder.tokenize(text) done once for all the targets of
// one sentence (tokenizing it again per target is quadratic on long sentences).
TaskExample makePairExample(const std::string &sentenceId, const std::string &text,
                            CharRange target, const PieceEncoder &encoder,
                            const WordPieceTokenizer &tokenizer, std::size_t maxLength,
                            bool markTarget, const std::vector<Token> *sentencePieces = nullptr);

// Builds a task over `sentences` (labels: empty derives them from the data).
TaskData buildTask(const std::string &name, TaskKind kind,
                   const std::vector<const Sentence *> &sentences, std::vector<std::string> labels,
                   const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer,
                   std::size_t maxLength, bool markTarget);

// Spans from per-position BIO label ids (conlleval-style: an I- after O or another type
// starts an entity), mapped to raw ranges through `offsets`; score = mean probability of the
// span's labels when `probs` (per position) is given, else 1.
struct DecodedSpan {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string label;  // type without the B-/I- prefix
    double score = 1.0;
};
std::vector<DecodedSpan> decodeBio(const std::vector<std::int64_t> &labelIds,
                                   const std::vector<CharRange> &offsets,
                                   const std::vector<std::string> &labels,
                                   const std::vector<double> &probs = {});

} // namespace mizan
