#pragma once
// Entity-level metrics over BIO-tagged sentences, equal to seqeval (chakki-works/seqeval 1.2)
// in its two modes, plus token accuracy.
//
// Conlleval (seqeval's default): an entity starts at B-/S-, at an I-/E- after O or after an
// entity of another type, and at any type change; it ends before the next start or O. So
// "O I-LOC" is one LOC entity and "B-LOC I-ORG" are two entities. Tags are split as seqeval
// does: the prefix is the first character, the type what follows the first '-'.
//
// StrictIob2 (seqeval mode="strict", scheme=IOB2): only well-formed B-X (I-X)* chunks count;
// an I- that does not continue a chunk of its type is not an entity. Tags with a prefix other
// than B/I/O are an error in this mode.
#include <cstddef>
#include <string>
#include <vector>

#include "common/result.h"
#include "eval/metrictypes.h"

namespace mizan {

enum class EntityScheme { Conlleval, StrictIob2 };

// "conlleval" or "strict_iob2".
const char *entitySchemeName(EntityScheme scheme);

using TagSequence = std::vector<std::string>;

// An entity found in one sentence: tokens [start, end) of sentence `sentence`.
struct TaggedEntity {
    std::size_t sentence = 0;
    std::size_t start = 0;
    std::size_t end = 0;
    std::string type;
    bool operator==(const TaggedEntity &o) const;
    bool operator<(const TaggedEntity &o) const;
};

// The entities of one tag sequence under `scheme` (sentence index set to `sentence`).
// Fails with InvalidArgument naming the token index for an empty tag, and in StrictIob2 for a
// prefix other than B-, I- or O.
Result<std::vector<TaggedEntity>> extractEntities(const TagSequence &tags, EntityScheme scheme,
                                                  std::size_t sentence = 0);

struct EntityMetrics {
    EntityScheme scheme = EntityScheme::Conlleval;
    std::vector<std::string> types;  // sorted union of gold and predicted entity types
    std::vector<Prf> perType;        // aligned with types; support = gold entities of the type
    Prf micro;                       // from summed counts; support = all gold entities
    Prf macro;                       // unweighted mean over types
    Prf weighted;                    // weighted by gold support
    std::size_t goldCount = 0;
    std::size_t predictedCount = 0;
    std::size_t correctCount = 0;
};

// Scores predicted tag sequences against gold ones (same number of sentences, same length
// each) as seqeval's classification_report does, zero_division=0. Fails with InvalidArgument
// naming the first sentence whose lengths differ, or the tag extractEntities rejects.
Result<EntityMetrics> entityMetrics(const std::vector<TagSequence> &gold,
                                    const std::vector<TagSequence> &predicted,
                                    EntityScheme scheme = EntityScheme::Conlleval);

// Fraction of tokens whose predicted tag equals the gold tag (seqeval accuracy_score); 0 for
// no tokens. Fails with InvalidArgument when the shapes differ.
Result<double> tokenAccuracy(const std::vector<TagSequence> &gold,
                             const std::vector<TagSequence> &predicted);

// Everything reported for a tagging task, each number labelled by its mode.
struct TaggingMetrics {
    EntityMetrics conlleval;
    EntityMetrics strict;
    double tokenAccuracy = 0.0;
};

// conlleval + strict IOB2 + token accuracy in one call. Fails as entityMetrics fails (a tag
// that strict IOB2 rejects, such as E-X, fails the whole call).
Result<TaggingMetrics> taggingMetrics(const std::vector<TagSequence> &gold,
                                      const std::vector<TagSequence> &predicted);

// The entity errors of one sentence under `scheme`: false negatives (predicted empty) and
// false positives (gold empty); a predicted entity with the exact gold boundaries but another
// type is one error carrying both types. start/end are token indices.
std::vector<PredictionError> entityErrors(const std::string &sentenceId, const TagSequence &gold,
                                          const TagSequence &predicted,
                                          EntityScheme scheme = EntityScheme::Conlleval);

} // namespace mizan
