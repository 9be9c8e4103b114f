#pragma once
// The document model: Corpus -> Document -> Sentence -> opinions / entity spans.
// All text is UTF-8; every offset is a code-point index into Sentence::text (SemEval's
// from/to convention), end exclusive.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mizan {

enum class Polarity { Positive, Negative, Neutral, Conflict, None };

// "positive", "negative", "neutral", "conflict", "" (None).
const char *polarityName(Polarity p);
// Parses a polarity name (case-insensitive); nothing when unknown.
std::optional<Polarity> parsePolarity(const std::string &name);

// Attributes a format carries that the model does not interpret, kept for a faithful export.
using Attributes = std::vector<std::pair<std::string, std::string>>;

// An aspect opinion. A NULL target (implicit aspect) has isNull = true and from = to = 0.
struct Opinion {
    std::string target;  // target text; empty when isNull
    bool isNull = false;
    std::string category;  // e.g. "SERVICE#GENERAL"; may be empty (SemEval 2014 aspect terms)
    Polarity polarity = Polarity::None;
    std::size_t from = 0;  // code points into Sentence::text
    std::size_t to = 0;
    Attributes extra;  // unknown attributes, in file order

    bool operator==(const Opinion &o) const;
};

// A labelled span (named entity, or a target seen as a span), [start, end) in code points.
struct EntitySpan {
    std::string label;
    std::size_t start = 0;
    std::size_t end = 0;
    bool operator==(const EntitySpan &o) const;
};

struct Sentence {
    std::string id;
    std::string text;  // raw text exactly as in the file (UTF-8)
    std::vector<Opinion> opinions;
    std::vector<EntitySpan> entities;
    bool reviewed = false;
    bool outOfScope = false;  // SemEval OutOfScope="TRUE"
    Attributes extra;
    std::size_t sourceLine = 0;  // 1-based line in the file it came from (0 = unknown)

    // Compares content; sourceLine is ignored (it depends on the file, not the sentence).
    bool operator==(const Sentence &o) const;
};

struct Document {
    std::string id;
    std::vector<Sentence> sentences;
    std::vector<Opinion> documentOpinions;  // review-level opinions (SemEval SB2); no spans
    Attributes extra;
    bool operator==(const Document &o) const;
};

enum class CorpusFormat { Unknown, SemEvalXml, Conll, JsonlDoccano, JsonlMizan };
// "semeval-xml", "conll", "doccano-jsonl", "mizan-jsonl" ("unknown" for Unknown).
const char *formatName(CorpusFormat f);
// Inverse of formatName(); nothing for an unknown name (and for "unknown").
std::optional<CorpusFormat> parseFormatName(const std::string &name);

// Which SemEval edition a SemEval file follows (kept so export writes the same layout).
enum class SemEvalFlavor { Y2016Sentence, Y2016Review, Y2015, Y2014 };
// "2016-sb1", "2016-sb2", "2015", "2014".
const char *semevalFlavorName(SemEvalFlavor f);
// Inverse of semevalFlavorName(); nothing when unknown.
std::optional<SemEvalFlavor> parseSemEvalFlavor(const std::string &name);

// The entity part of a SemEval category: "SERVICE#GENERAL" -> "SERVICE" (whole string when
// it has no '#').
std::string categoryEntity(const std::string &category);

struct Corpus {
    std::string sourcePath;  // file it was read from (empty for a new corpus)
    CorpusFormat format = CorpusFormat::Unknown;
    SemEvalFlavor semevalFlavor = SemEvalFlavor::Y2016Sentence;
    std::vector<Document> documents;

    std::size_t sentenceCount() const;
    std::size_t opinionCount() const;
    // Corpora compare equal when their documents are equal (source path and format ignored).
    bool operator==(const Corpus &o) const;
};

} // namespace mizan
