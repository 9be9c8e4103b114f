#include "eval/entitymetrics.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "eval/prf.h"

namespace mizan {
namespace {

// seqeval's default get_entities(): prefix = first character, type = text after the first '-'
// ("_" when none). Runs over `seq` followed by one "O", as seqeval does; chunks are
// (type, first, last) with `last` inclusive, indices into `seq`.
struct Chunk {
    std::string type;
    std::size_t first = 0;
    std::size_t last = 0;
};

bool endOfChunk(char prevTag, char tag, const std::string &prevType, const std::string &type)
{
    if (prevTag == 'E' || prevTag == 'S')
        return true;
    if ((prevTag == 'B' || prevTag == 'I') && (tag == 'B' || tag == 'S' || tag == 'O'))
        return true;
    return prevTag != 'O' && prevTag != '.' && prevType != type;
}

bool startOfChunk(char prevTag, char tag, const std::string &prevType, const std::string &type)
{
    if (tag == 'B' || tag == 'S')
        return true;
    if ((prevTag == 'E' || prevTag == 'S' || prevTag == 'O') && (tag == 'E' || tag == 'I'))
        return true;
    return tag != 'O' && tag != '.' && prevType != type;
}

std::string conllType(const std::string &tag)
{
    // chunk[1:].split('-', 1)[-1]: the text after the first dash, or all of it without one.
    const std::size_t dash = tag.find('-', 1);
    const std::string type = dash != std::string::npos ? tag.substr(dash + 1)
                             : tag.size() > 1          ? tag.substr(1)
                                                       : std::string();
    return type.empty() ? std::string("_") : type;
}

Result<std::vector<Chunk>> conllChunks(const std::vector<const std::string *> &seq)
{
    std::vector<Chunk> chunks;
    char prevTag = 'O';
    std::string prevType;
    std::size_t begin = 0;
    static const std::string outside = "O";
    for (std::size_t i = 0; i <= seq.size(); ++i) {
        const std::string &chunk = i < seq.size() ? *seq[i] : outside;
        if (chunk.empty())
            return Status(ErrorCode::InvalidArgument,
                          "token " + std::to_string(i) + ": empty tag (expected O, B-TYPE or I-TYPE)");
        const char tag = chunk[0];
        std::string type = conllType(chunk);
        if (endOfChunk(prevTag, tag, prevType, type) && i > 0)
            chunks.push_back({prevType, begin, i - 1});
        if (startOfChunk(prevTag, tag, prevType, type))
            begin = i;
        prevTag = tag;
        prevType = std::move(type);
    }
    return chunks;
}

// seqeval's IOB2 Token: prefix = first character, tag = the rest stripped of '-' ("_" when
// empty).
struct StrictToken {
    char prefix = 'O';
    std::string tag;
};

Result<std::vector<StrictToken>> strictTokens(const TagSequence &tags)
{
    std::vector<StrictToken> out;
    out.reserve(tags.size() + 1);
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const std::string &t = tags[i];
        if (t.empty())
            return Status(ErrorCode::InvalidArgument,
                          "token " + std::to_string(i) + ": empty tag (expected O, B-TYPE or I-TYPE)");
        if (t[0] != 'B' && t[0] != 'I' && t[0] != 'O')
            return Status(ErrorCode::InvalidArgument,
                          "token " + std::to_string(i) + ": tag \"" + t +
                              "\" is not valid IOB2 (expected O, B-TYPE or I-TYPE)");
        std::size_t a = 1, b = t.size();
        while (a < b && t[a] == '-')
            ++a;
        while (b > a && t[b - 1] == '-')
            --b;
        std::string tag = t.substr(a, b - a);
        out.push_back({t[0], tag.empty() ? std::string("_") : tag});
    }
    out.push_back({'O', "_"});
    return out;
}

Result<std::vector<TaggedEntity>> strictEntities(const TagSequence &tags, std::size_t sentence)
{
    auto tokens = strictTokens(tags);
    if (!tokens)
        return tokens.status();
    const std::vector<StrictToken> &tok = *tokens;
    std::vector<TaggedEntity> entities;
    // In IOB2 an entity starts at any B; it extends over I tokens of the same tag; every
    // chunk that starts with B also ends validly (O, B, or I of another tag follows).
    std::size_t i = 0;
    while (i < tok.size()) {
        if (tok[i].prefix == 'B') {
            std::size_t end = i + 1;
            while (end < tok.size() && tok[end].prefix == 'I' && tok[end].tag == tok[end - 1].tag)
                ++end;
            entities.push_back({sentence, i, end, tok[i].tag});
            i = end;
        } else {
            ++i;
        }
    }
    return entities;
}

Status checkShapes(const std::vector<TagSequence> &gold, const std::vector<TagSequence> &predicted)
{
    if (gold.size() != predicted.size())
        return Status(ErrorCode::InvalidArgument,
                      "tagging metrics: " + std::to_string(gold.size()) + " gold sentences but " +
                          std::to_string(predicted.size()) + " predicted");
    for (std::size_t s = 0; s < gold.size(); ++s) {
        if (gold[s].size() != predicted[s].size())
            return Status(ErrorCode::InvalidArgument,
                          "tagging metrics: sentence " + std::to_string(s) + " has " +
                              std::to_string(gold[s].size()) + " gold tags but " +
                              std::to_string(predicted[s].size()) + " predicted");
    }
    return Status::ok();
}

// All entities of a corpus under `scheme`. Conlleval runs over the sentences joined with an
// "O" after each (exactly seqeval's flattening, so even odd tags behave identically); the
// entities are then mapped back to (sentence, start, end).
Result<std::vector<TaggedEntity>> corpusEntities(const std::vector<TagSequence> &sentences,
                                                 EntityScheme scheme, const char *side)
{
    std::vector<TaggedEntity> all;
    if (scheme == EntityScheme::StrictIob2) {
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            auto e = strictEntities(sentences[s], s);
            if (!e)
                return Status(ErrorCode::InvalidArgument, std::string(side) + " sentence " +
                                                              std::to_string(s) + ", " + e.error());
            all.insert(all.end(), e->begin(), e->end());
        }
        return all;
    }
    static const std::string outside = "O";
    std::vector<const std::string *> flat;
    std::vector<std::size_t> sentenceOf, tokenOf;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        for (std::size_t t = 0; t <= sentences[s].size(); ++t) {
            flat.push_back(t < sentences[s].size() ? &sentences[s][t] : &outside);
            sentenceOf.push_back(s);
            tokenOf.push_back(t);
        }
    }
    auto chunks = conllChunks(flat);
    if (!chunks) {
        // Name the sentence of the offending token.
        for (std::size_t s = 0; s < sentences.size(); ++s)
            for (std::size_t t = 0; t < sentences[s].size(); ++t)
                if (sentences[s][t].empty())
                    return Status(ErrorCode::InvalidArgument, std::string(side) + " sentence " +
                                                                  std::to_string(s) + ", token " +
                                                                  std::to_string(t) + ": empty tag");
        return chunks.status();
    }
    // Entities keep their FLAT [start, end) here: unique across the corpus, which is all that
    // matching needs; toLocal() turns them into sentence-local token indices.
    for (const Chunk &c : *chunks) {
        if (c.first >= flat.size())
            continue;
        all.push_back({sentenceOf[c.first], c.first, c.last + 1, c.type});
    }
    return all;
}

// Flat [start, end) -> token indices within the entity's sentence. A chunk never crosses the
// "O" between sentences except for tags with no B/I/E/S prefix; such an end is clamped.
std::vector<TaggedEntity> toLocal(std::vector<TaggedEntity> flatEntities,
                                  const std::vector<TagSequence> &sentences)
{
    std::vector<std::size_t> base(sentences.size(), 0);
    std::size_t off = 0;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        base[s] = off;
        off += sentences[s].size() + 1;
    }
    for (TaggedEntity &e : flatEntities) {
        const std::size_t b = base[e.sentence];
        e.start -= b;
        e.end = std::min(e.end - b, sentences[e.sentence].size());
    }
    return flatEntities;
}

} // namespace

const char *entitySchemeName(EntityScheme scheme)
{
    return scheme == EntityScheme::StrictIob2 ? "strict_iob2" : "conlleval";
}

bool TaggedEntity::operator==(const TaggedEntity &o) const
{
    return sentence == o.sentence && start == o.start && end == o.end && type == o.type;
}

bool TaggedEntity::operator<(const TaggedEntity &o) const
{
    return std::tie(sentence, start, end, type) < std::tie(o.sentence, o.start, o.end, o.type);
}

Result<std::vector<TaggedEntity>> extractEntities(const TagSequence &tags, EntityScheme scheme,
                                                  std::size_t sentence)
{
    auto all = corpusEntities(std::vector<TagSequence>{tags}, scheme, "tag sequence");
    if (!all)
        return all.status();
    std::vector<TaggedEntity> out =
        scheme == EntityScheme::Conlleval ? toLocal(std::move(*all), {tags}) : std::move(*all);
    for (TaggedEntity &e : out)
        e.sentence = sentence;
    return out;
}

Result<EntityMetrics> entityMetrics(const std::vector<TagSequence> &gold,
                                    const std::vector<TagSequence> &predicted, EntityScheme scheme)
{
    if (Status st = checkShapes(gold, predicted); !st)
        return st;
    auto g = corpusEntities(gold, scheme, "gold");
    if (!g)
        return g.status();
    auto p = corpusEntities(predicted, scheme, "predicted");
    if (!p)
        return p.status();
    // Per type, sets of (sentence, start, end): duplicates count once, as in seqeval.
    using Key = std::tuple<std::size_t, std::size_t, std::size_t>;
    std::map<std::string, std::set<Key>> goldByType, predByType;
    for (const TaggedEntity &e : *g)
        goldByType[e.type].insert({e.sentence, e.start, e.end});
    for (const TaggedEntity &e : *p)
        predByType[e.type].insert({e.sentence, e.start, e.end});
    std::set<std::string> types;
    for (const auto &kv : goldByType)
        types.insert(kv.first);
    for (const auto &kv : predByType)
        types.insert(kv.first);

    EntityMetrics m;
    m.scheme = scheme;
    static const std::set<Key> none;
    for (const std::string &type : types) {
        const auto gi = goldByType.find(type);
        const auto pi = predByType.find(type);
        const std::set<Key> &gs = gi == goldByType.end() ? none : gi->second;
        const std::set<Key> &ps = pi == predByType.end() ? none : pi->second;
        std::size_t tp = 0;
        for (const Key &k : ps)
            tp += gs.count(k);
        m.types.push_back(type);
        m.perType.push_back(detail::prfFromCounts(tp, ps.size(), gs.size()));
        m.goldCount += gs.size();
        m.predictedCount += ps.size();
        m.correctCount += tp;
    }
    m.micro = detail::prfFromCounts(m.correctCount, m.predictedCount, m.goldCount);
    m.macro = detail::averagePrf(m.perType, false);
    m.weighted = detail::averagePrf(m.perType, true);
    return m;
}

Result<double> tokenAccuracy(const std::vector<TagSequence> &gold,
                             const std::vector<TagSequence> &predicted)
{
    if (Status st = checkShapes(gold, predicted); !st)
        return st;
    std::size_t total = 0, hits = 0;
    for (std::size_t s = 0; s < gold.size(); ++s) {
        for (std::size_t t = 0; t < gold[s].size(); ++t) {
            ++total;
            hits += gold[s][t] == predicted[s][t] ? 1 : 0;
        }
    }
    return total == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(total);
}

Result<TaggingMetrics> taggingMetrics(const std::vector<TagSequence> &gold,
                                      const std::vector<TagSequence> &predicted)
{
    TaggingMetrics t;
    auto c = entityMetrics(gold, predicted, EntityScheme::Conlleval);
    if (!c)
        return c.status();
    auto s = entityMetrics(gold, predicted, EntityScheme::StrictIob2);
    if (!s)
        return s.status();
    auto a = tokenAccuracy(gold, predicted);
    if (!a)
        return a.status();
    t.conlleval = std::move(*c);
    t.strict = std::move(*s);
    t.tokenAccuracy = *a;
    return t;
}

std::vector<PredictionError> entityErrors(const std::string &sentenceId, const TagSequence &gold,
                                          const TagSequence &predicted, EntityScheme scheme)
{
    std::vector<PredictionError> errors;
    auto g = extractEntities(gold, scheme);
    auto p = extractEntities(predicted, scheme);
    if (!g || !p)
        return errors;
    std::map<std::pair<std::size_t, std::size_t>, std::string> goldSpans, predSpans;
    for (const TaggedEntity &e : *g)
        goldSpans[{e.start, e.end}] = e.type;
    for (const TaggedEntity &e : *p)
        predSpans[{e.start, e.end}] = e.type;
    // One error per span: missed, spurious, or both types when only the type is wrong.
    std::map<std::pair<std::size_t, std::size_t>, std::pair<std::string, std::string>> bySpan;
    for (const auto &[span, type] : goldSpans) {
        const auto it = predSpans.find(span);
        if (it == predSpans.end() || it->second != type)
            bySpan[span] = {type, it == predSpans.end() ? std::string() : it->second};
    }
    for (const auto &[span, type] : predSpans) {
        if (!goldSpans.count(span))
            bySpan[span] = {std::string(), type};
    }
    for (const auto &[span, types] : bySpan)
        errors.push_back(detail::spanError(sentenceId, types.first, types.second, span.first, span.second));
    return errors;
}

} // namespace mizan
