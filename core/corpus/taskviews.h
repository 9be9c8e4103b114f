#pragma once
// Per-task views of a corpus: what the trainer and the evaluator consume.
//   sentiment: one example per (sentence, explicit target) opinion, "[CLS] s [SEP] t [SEP]";
//   category:  opinions seen at the sentence level (NULL targets by default);
//   BIO:       word tokens of each sentence with B-/I-/O labels from entity spans or targets.
#include <cstddef>
#include <string>
#include <vector>

#include "corpus/corpus.h"
#include "corpus/wordtokenizer.h"

namespace mizan {

// Where an example came from: indices into corpus.documents and Document::sentences.
struct ExampleOrigin {
    std::size_t document = 0;
    std::size_t sentence = 0;
};

struct SentimentExample {
    ExampleOrigin ref;
    std::string sentenceId;
    std::string text;    // the raw sentence
    std::string target;  // the target text, == text[from:to] in code points
    std::size_t from = 0;
    std::size_t to = 0;
    std::string category;
    Polarity polarity = Polarity::None;
};

// One example per opinion with an explicit (non-NULL) target, in corpus order. The SemEval
// 2016 Arabic hotels train file gives 9,620 (positive 5,819, negative 3,141, neutral 660).
std::vector<SentimentExample> buildSentimentExamples(const Corpus &corpus);

struct CategoryExample {
    ExampleOrigin ref;
    std::string sentenceId;
    std::string text;
    std::string category;
    Polarity polarity = Polarity::None;
    bool nullTarget = false;
};

// Sentence-level category opinions: only NULL-target ones when `nullTargetsOnly` (the
// opinions the sentiment view cannot hold), otherwise every sentence opinion.
std::vector<CategoryExample> buildCategoryExamples(const Corpus &corpus, bool nullTargetsOnly = true);

enum class SpanSource { Entities, Targets };
enum class TargetLabeling {
    Single,          // every target gets BioOptions::targetLabel
    CategoryEntity,  // a target is labelled by its category's entity part ("SERVICE")
};

struct BioOptions {
    SpanSource source = SpanSource::Entities;
    TargetLabeling targetLabeling = TargetLabeling::Single;
    std::string targetLabel = "TARGET";
};

struct TokenExample {
    ExampleOrigin ref;
    std::string sentenceId;
    std::string text;
    std::vector<WordToken> tokens;    // code points into text
    std::vector<std::string> words;   // text of each token
    std::vector<std::string> labels;  // "O", "B-X", "I-X", one per token
};

struct BioView {
    std::vector<TokenExample> examples;  // one per sentence, in corpus order
    std::vector<std::string> labels;     // "O" first, then B-/I- of each type, sorted by type
    // Spans that overlapped an earlier span of another label (or sat inside no token) and
    // were left out. The same span repeated (one target under two categories) is not counted.
    std::size_t droppedSpans = 0;
};

// BIO labels over word tokens. A token is inside a span when they overlap (a target that is
// part of a word, such as "الموقع" in "والموقع", labels the whole word). Spans are applied
// in order of start (longer first); a span that would relabel a token already labelled is
// dropped and counted.
BioView buildBioView(const Corpus &corpus, const BioOptions &options = {},
                     const WordSplitter &splitter = splitWords);

} // namespace mizan
