#pragma once
// Inter-annotator agreement over two or more annotations of the same sentences: span F1 of
// each annotation against another (exact and overlap match, overall and per label), polarity
// agreement on the targets both annotated with the same span, aspect categories the same way,
// and the list of disagreements an adjudicator walks through.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "annotation/agreementstats.h"
#include "annotation/sentencealign.h"
#include "common/result.h"
#include "corpus/corpus.h"
#include "eval/metrictypes.h"

namespace mizan {

// F1 of annotation B against annotation A (A plays gold): exact = same (sentence, start, end,
// label); overlap = same label and at least one shared code point, matched one to one.
struct SpanAgreement {
    std::size_t countA = 0;  // distinct spans of A
    std::size_t countB = 0;
    std::size_t exactMatches = 0;
    std::size_t overlapMatches = 0;
    Prf exact;
    Prf overlap;
    std::map<std::string, Prf> exactByLabel;  // every label either annotation used
    std::map<std::string, Prf> overlapByLabel;
};

enum class DisagreementKind {
    OnlyA,     // a span (or category) A has and B has not
    OnlyB,
    Label,     // same span, different label
    Boundary,  // same label, overlapping spans that differ
    Polarity,  // same target span (or category), different polarity
};
// "only-a", "only-b", "label", "boundary", "polarity".
const char *disagreementKindName(DisagreementKind k);

struct Disagreement {
    std::size_t row = 0;  // SentenceAlignment row (sentence of the reference)
    std::string sentenceId;  // the reference's id
    std::string layer;       // "targets", "entities" or "categories"
    DisagreementKind kind = DisagreementKind::OnlyA;
    // A's and B's version: span offsets (code points) and label / polarity / category.
    // For categories the offsets are 0 and the value is the category.
    std::size_t startA = 0, endA = 0, startB = 0, endB = 0;
    std::string valueA, valueB;
};

struct AnnotatorPair {
    std::size_t a = 0, b = 0;  // indices into the annotations
    std::size_t sentences = 0;  // rows both have
    SpanAgreement targets;   // explicit opinion targets, label "target"
    SpanAgreement entities;  // entity spans by label
    PairAgreement polarity;  // targets with the same span in both; unweighted kappa
    SpanAgreement categories;  // (sentence, category) sets; offsets unused
    PairAgreement categoryPolarity;  // categories both gave a sentence
    std::vector<Disagreement> disagreements;  // sentence order
};

struct AgreementReport {
    std::vector<std::string> names;  // one per annotation
    SentenceAlignment alignment;
    std::vector<AnnotatorPair> pairs;  // every pair (i < j), (0, 1) first
    std::size_t polarityItems = 0;     // distinct target spans any annotator gave a polarity
    std::optional<double> polarityAlpha;       // Krippendorff (nominal), all annotators
    std::optional<double> polarityMultiKappa;  // Davies-Fleiss, 3+ annotators
    std::size_t categoryItems = 0;
    std::optional<double> categoryPolarityAlpha;
    std::optional<double> categoryPolarityMultiKappa;
    bool hasTargets = false, hasEntities = false, hasCategories = false;
};

// Compares the annotations (two or more; names parallel). The corpora must outlive the report
// (the alignment points into them). Fails with InvalidArgument for fewer than two.
struct AgreementInput {
    std::vector<const Corpus *> corpora;
    std::vector<std::string> names;
};
Result<AgreementReport> computeAgreement(const AgreementInput &input);

} // namespace mizan
