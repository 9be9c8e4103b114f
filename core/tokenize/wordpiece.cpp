#include "tokenize/wordpiece.h"

#include <algorithm>
#include <filesystem>

#include "common/utf8.h"
#include "tokenize/normtext.h"

namespace mizan {

namespace {

using tok::NChar;
using tok::NText;

CharRange rangeOf(const NText &t, std::size_t from, std::size_t to)
{
    CharRange r{t[from].start, t[from].end};
    for (std::size_t i = from; i < to; ++i) {
        r.start = std::min(r.start, t[i].start);
        r.end = std::max(r.end, t[i].end);
    }
    return r;
}

bool contains(const std::vector<std::string> &set, const std::string &s)
{
    return std::find(set.begin(), set.end(), s) != set.end();
}

// Python's str.split(): runs of whitespace separate words.
std::vector<NText> whitespaceSplit(const NText &text)
{
    std::vector<NText> words;
    NText cur;
    for (const NChar &c : text) {
        if (tok::isPySpace(c.cp)) {
            if (!cur.empty())
                words.push_back(std::move(cur));
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!cur.empty())
        words.push_back(std::move(cur));
    return words;
}

// HF BasicTokenizer.tokenize(text, never_split).
std::vector<NText> basicWords(const NText &text, const TokenizerConfig &cfg, const std::vector<std::string> &neverSplit)
{
    NText cleaned;
    cleaned.reserve(text.size());
    for (const NChar &c : text) {
        if (c.cp == 0 || c.cp == 0xFFFD || tok::isControl(c.cp))
            continue;
        if (tok::isWhitespace(c.cp)) {
            cleaned.push_back({U' ', c.start, c.end});
        } else if (cfg.tokenizeChineseChars && tok::isChineseChar(c.cp)) {
            cleaned.push_back({U' ', c.start, c.end});
            cleaned.push_back(c);
            cleaned.push_back({U' ', c.start, c.end});
        } else {
            cleaned.push_back(c);
        }
    }
    const NText normalized = tok::nfc(cleaned);
    const bool strip = cfg.effectiveStripAccents();
    std::vector<NText> out;
    for (NText word : whitespaceSplit(normalized)) {
        if (contains(neverSplit, tok::toUtf8(word))) {
            out.push_back(std::move(word));
            continue;
        }
        if (cfg.doLowerCase)
            word = tok::lowerCase(word);
        if (strip)
            word = tok::stripAccents(word);
        if (word.empty())
            continue;
        if (contains(neverSplit, tok::toUtf8(word))) {
            out.push_back(std::move(word));
            continue;
        }
        NText cur;
        for (const NChar &c : word) {
            if (tok::isPunctuation(c.cp)) {
                if (!cur.empty())
                    out.push_back(std::move(cur));
                cur.clear();
                out.push_back(NText{c});
            } else {
                cur.push_back(c);
            }
        }
        if (!cur.empty())
            out.push_back(std::move(cur));
    }
    return out;
}

// Greedy longest-match-first WordPiece of one word; the whole word is [UNK] when it is too
// long or any part has no match.
void wordPiece(const NText &word, int wordIndex, const Vocab &vocab, const TokenizerConfig &cfg,
               std::int64_t unkId, std::size_t maxPieceChars, std::vector<Token> &out)
{
    const std::size_t n = word.size();
    if (n == 0)
        return;
    if (n > cfg.maxInputCharsPerWord) {
        out.push_back({cfg.unkToken, unkId, rangeOf(word, 0, n), wordIndex});
        return;
    }
    // The word as UTF-8 once, with the byte offset of each character, so that each candidate
    // piece is one substring copy.
    std::string bytes;
    std::vector<std::size_t> at(n + 1);
    for (std::size_t i = 0; i < n; ++i) {
        at[i] = bytes.size();
        bytes += utf8::encode(word[i].cp);
    }
    at[n] = bytes.size();
    const std::size_t firstNew = out.size();
    std::size_t start = 0;
    std::string candidate;
    while (start < n) {
        std::size_t end = std::min(n, start + maxPieceChars);
        bool found = false;
        for (; end > start; --end) {
            candidate.assign(start > 0 ? "##" : "");
            candidate.append(bytes, at[start], at[end] - at[start]);
            if (auto id = vocab.find(candidate)) {
                out.push_back({candidate, *id, rangeOf(word, start, end), wordIndex});
                found = true;
                break;
            }
        }
        if (!found) {
            out.resize(firstNew);
            out.push_back({cfg.unkToken, unkId, rangeOf(word, 0, n), wordIndex});
            return;
        }
        start = end;
    }
}

struct Segment {
    std::size_t from = 0, to = 0;  // code-point indices into the text
    bool special = false;
};

// HF's added-token trie split: leftmost, longest match of any no-split token.
std::vector<Segment> splitOnSpecial(const std::u32string &text, const std::vector<std::u32string> &noSplit)
{
    std::vector<Segment> segs;
    std::size_t plainStart = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t best = 0;
        for (const std::u32string &s : noSplit) {
            if (s.size() > best && text.compare(i, s.size(), s) == 0)
                best = s.size();
        }
        if (best == 0) {
            ++i;
            continue;
        }
        if (i > plainStart)
            segs.push_back({plainStart, i, false});
        segs.push_back({i, i + best, true});
        i += best;
        plainStart = i;
    }
    if (plainStart < text.size())
        segs.push_back({plainStart, text.size(), false});
    return segs;
}

} // namespace

Result<WordPieceTokenizer> WordPieceTokenizer::create(Vocab vocab, TokenizerConfig config)
{
    WordPieceTokenizer t;
    struct Need {
        const std::string &token;
        std::int64_t &id;
    };
    for (Need need : {Need{config.unkToken, t.m_unkId}, Need{config.clsToken, t.m_clsId},
                      Need{config.sepToken, t.m_sepId}, Need{config.padToken, t.m_padId}}) {
        auto id = vocab.find(need.token);
        if (!id)
            return Status(ErrorCode::InvalidArgument,
                          "the vocabulary has no special token \"" + need.token + "\" (expected one line holding it)");
        need.id = *id;
    }
    t.m_maskId = vocab.find(config.maskToken).value_or(-1);
    for (const std::string &tok : vocab.tokens()) {
        std::size_t len = utf8::length(tok);
        if (tok.rfind("##", 0) == 0)
            len -= 2;
        t.m_maxPieceChars = std::max(t.m_maxPieceChars, len);
    }
    std::vector<std::string> specials{config.unkToken, config.sepToken, config.padToken, config.clsToken};
    if (t.m_maskId >= 0)
        specials.push_back(config.maskToken);
    for (const std::string &s : specials) {
        t.m_neverSplitAll.push_back(s);
        t.m_noSplit.push_back(utf8::decodeLossy(s));
    }
    for (const std::string &s : config.addedTokens) {
        if (!s.empty() && !contains(specials, s))
            t.m_noSplit.push_back(utf8::decodeLossy(s));
    }
    for (const std::string &s : config.neverSplit)
        t.m_neverSplitAll.push_back(s);
    t.m_vocab = std::move(vocab);
    t.m_config = std::move(config);
    return t;
}

Result<WordPieceTokenizer> WordPieceTokenizer::fromVocabFile(const std::string &vocabPath, TokenizerConfig config)
{
    Result<Vocab> vocab = Vocab::load(vocabPath);
    if (!vocab)
        return vocab.status();
    Result<WordPieceTokenizer> t = create(std::move(*vocab), std::move(config));
    if (!t)
        return Status(t.status().code(), vocabPath + ": " + t.error());
    return t;
}

Result<WordPieceTokenizer> WordPieceTokenizer::fromDirectory(const std::string &dir)
{
    namespace fs = std::filesystem;
    const fs::path vocabPath = fs::path(dir) / "vocab.txt";
    std::error_code ec;
    if (!fs::is_regular_file(vocabPath, ec))
        return Status(ErrorCode::NotFound, dir + ": no vocab.txt (expected a Hugging Face BERT tokenizer directory)");
    TokenizerConfig config;
    const fs::path configPath = fs::path(dir) / "tokenizer_config.json";
    if (fs::exists(configPath, ec)) {
        Result<TokenizerConfig> c = loadTokenizerConfig(configPath.string());
        if (!c)
            return c.status();
        config = std::move(*c);
    }
    return fromVocabFile(vocabPath.string(), std::move(config));
}

std::int64_t WordPieceTokenizer::tokenToId(const std::string &token) const
{
    return m_vocab.find(token).value_or(m_unkId);
}

std::vector<Token> WordPieceTokenizer::tokenize(std::string_view text) const
{
    const std::u32string cps = utf8::decodeLossy(text);
    std::vector<Token> out;
    int wordIndex = 0;
    for (const Segment &seg : splitOnSpecial(cps, m_noSplit)) {
        NText part = tok::makeNText(std::u32string_view(cps).substr(seg.from, seg.to - seg.from), seg.from);
        if (seg.special) {
            const std::string s = tok::toUtf8(part);
            out.push_back({s, tokenToId(s), CharRange{seg.from, seg.to}, wordIndex++});
            continue;
        }
        if (!m_config.doBasicTokenize) {
            for (const NText &w : whitespaceSplit(part))
                wordPiece(w, wordIndex++, m_vocab, m_config, m_unkId, m_maxPieceChars, out);
            continue;
        }
        // HF's PreTrainedTokenizer.tokenize lower-cases each non-special character first.
        if (m_config.doLowerCase)
            part = tok::lowerCase(part);
        for (const NText &w : basicWords(part, m_config, m_neverSplitAll)) {
            const std::string s = tok::toUtf8(w);
            if (contains(m_config.neverSplit, s))
                out.push_back({s, tokenToId(s), rangeOf(w, 0, w.size()), wordIndex});
            else
                wordPiece(w, wordIndex, m_vocab, m_config, m_unkId, m_maxPieceChars, out);
            ++wordIndex;
        }
    }
    return out;
}

std::vector<Token> WordPieceTokenizer::basicTokenize(std::string_view text) const
{
    const std::u32string cps = utf8::decodeLossy(text);
    NText all = tok::makeNText(cps);
    std::vector<Token> out;
    int wordIndex = 0;
    for (const NText &w : basicWords(all, m_config, m_neverSplitAll)) {
        const std::string s = tok::toUtf8(w);
        out.push_back({s, tokenToId(s), rangeOf(w, 0, w.size()), wordIndex++});
    }
    return out;
}

Encoding WordPieceTokenizer::encode(std::string_view text, std::size_t maxLength) const
{
    return build(tokenize(text), nullptr, maxLength);
}

Encoding WordPieceTokenizer::encodePair(std::string_view a, std::string_view b, std::size_t maxLength,
                                        Truncation strategy) const
{
    const std::vector<Token> second = tokenize(b);
    return build(tokenize(a), &second, maxLength, strategy);
}

Encoding WordPieceTokenizer::build(std::vector<Token> a, const std::vector<Token> *b, std::size_t maxLength,
                                   Truncation strategy) const
{
    std::size_t bLen = b ? b->size() : 0;
    if (maxLength > 0) {
        const std::size_t specials = b ? 3 : 2;
        const std::size_t room = maxLength > specials ? maxLength - specials : 0;
        std::size_t excess = a.size() + bLen > room ? a.size() + bLen - room : 0;
        std::size_t aLen = a.size();
        if (!b || strategy == Truncation::OnlyFirst) {
            const std::size_t cut = std::min(excess, aLen);
            aLen -= cut;
            excess -= cut;
            bLen -= std::min(excess, bLen);
        } else if (strategy == Truncation::OnlySecond) {
            const std::size_t cut = std::min(excess, bLen);
            bLen -= cut;
            excess -= cut;
            aLen -= std::min(excess, aLen);
        } else {
            for (; excess > 0; --excess) {
                if (aLen > bLen)
                    --aLen;
                else
                    --bLen;
            }
        }
        a.resize(aLen);
    }
    Encoding e;
    auto push = [&](std::int64_t id, const std::string &tokenText, CharRange r, int word, int seq, int type) {
        e.inputIds.push_back(id);
        e.tokenTypeIds.push_back(type);
        e.attentionMask.push_back(1);
        e.tokens.push_back(tokenText);
        e.offsets.push_back(r);
        e.wordIds.push_back(word);
        e.sequenceIds.push_back(seq);
    };
    const std::size_t total = a.size() + bLen + (b ? 3 : 2);
    e.inputIds.reserve(total);
    push(m_clsId, m_config.clsToken, {}, -1, -1, 0);
    for (const Token &t : a)
        push(t.id, t.text, t.range, t.wordIndex, 0, 0);
    push(m_sepId, m_config.sepToken, {}, -1, -1, 0);
    if (b) {
        for (std::size_t i = 0; i < bLen; ++i)
            push((*b)[i].id, (*b)[i].text, (*b)[i].range, (*b)[i].wordIndex, 1, 1);
        push(m_sepId, m_config.sepToken, {}, -1, -1, 1);
    }
    return e;
}

void WordPieceTokenizer::pad(std::vector<Encoding> &batch, std::size_t length) const
{
    if (length == 0) {
        for (const Encoding &e : batch)
            length = std::max(length, e.size());
    }
    for (Encoding &e : batch) {
        while (e.size() < length) {
            e.inputIds.push_back(m_padId);
            e.tokenTypeIds.push_back(0);
            e.attentionMask.push_back(0);
            e.tokens.push_back(m_config.padToken);
            e.offsets.push_back({});
            e.wordIds.push_back(-1);
            e.sequenceIds.push_back(-1);
        }
    }
}

} // namespace mizan
