#include "text/segmenter.h"

#include "common/utf8.h"
#include "text/textcodec.h"
#include "text/patterns.h"

namespace mizan {

namespace tp = textpatterns;

const char *tokenKindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Word: return "word";
    case TokenKind::Number: return "number";
    case TokenKind::Latin: return "latin";
    case TokenKind::Punct: return "punct";
    case TokenKind::Emoji: return "emoji";
    case TokenKind::Url: return "url";
    case TokenKind::Email: return "email";
    case TokenKind::Mention: return "mention";
    case TokenKind::Placeholder: return "placeholder";
    case TokenKind::Symbol: return "symbol";
    }
    return "symbol";
}

const char *cliticKindName(CliticKind kind)
{
    switch (kind) {
    case CliticKind::Conjunction: return "conjunction";
    case CliticKind::Preposition: return "preposition";
    case CliticKind::Article: return "article";
    }
    return "conjunction";
}

std::size_t TextToken::hostStart(bool keepArticle) const
{
    if (clitics.empty())
        return range.start;
    if (keepArticle)
        for (const Clitic &c : clitics)
            if (c.kind == CliticKind::Article)
                return c.range.start;
    return clitics.back().range.end;
}

namespace {

constexpr char32_t kAlef = 0x0627, kLam = 0x0644, kWaw = 0x0648, kFeh = 0x0641, kBeh = 0x0628, kKaf = 0x0643;

bool isMark(char32_t c) { return tp::hasFlag(c, tp::kMark); }

// Joiners and tatweel continue a word but never start one.
bool continuesWord(char32_t c) { return isMark(c) || c == 0x0640 || c == 0x200C || c == 0x200D; }

bool isArabicScript(char32_t c) { return tp::hasFlag(c, tp::kArabic); }

bool isNumberSeparator(char32_t c) { return c == '.' || c == ',' || c == 0x066B || c == 0x066C; }

// A URL, e-mail or @mention starting at `i`: returns its end (i when none) and sets `kind`.
std::size_t matchWebToken(std::u32string_view t, std::size_t i, TokenKind &kind)
{
    if (t[i] >= 0x80)  // they all start with an ASCII character
        return i;
    std::size_t end;
    if ((end = tp::matchUrl(t, i)) > i)
        kind = TokenKind::Url;
    else if ((end = tp::matchEmail(t, i)) > i)
        kind = TokenKind::Email;
    else if ((end = tp::matchMention(t, i)) > i)
        kind = TokenKind::Mention;
    return end;
}

// Proclitics of an Arabic word. `letters` holds the word's letters (marks skipped) and
// `at[i]` the offset of letter i in the token; letter i spans [at[i], at[i + 1]).
std::vector<Clitic> findClitics(const std::u32string &letters, const std::vector<std::size_t> &at,
                                std::size_t base)
{
    std::vector<Clitic> out;
    const std::size_t n = letters.size();
    auto span = [&](std::size_t from, std::size_t to) { return TextRange{base + at[from], base + at[to]}; };
    auto hasArticleAt = [&](std::size_t i) {  // ال followed by at least two letters
        return i + 4 <= n && letters[i] == kAlef && letters[i + 1] == kLam;
    };
    auto hasElidedArticleAt = [&](std::size_t i) {  // لل: ل + ال with the alef dropped
        return i + 4 <= n && letters[i] == kLam && letters[i + 1] == kLam;
    };
    std::size_t i = 0;
    if (n >= 4 && (letters[0] == kWaw || letters[0] == kFeh)) {
        const std::size_t r = 1;
        const bool prepArticle = r + 1 < n && (letters[r] == kBeh || letters[r] == kKaf) && hasArticleAt(r + 1);
        // Without a following article the conjunction is split only from words that keep at
        // least four letters: short words starting with و or ف are usually roots (وقت، فقط).
        if (hasArticleAt(r) || hasElidedArticleAt(r) || prepArticle || n - r >= 4) {
            out.push_back({CliticKind::Conjunction, span(0, 1)});
            i = 1;
        }
    }
    // Prepositions are split only before the article, where the split is unambiguous.
    if (i < n && (letters[i] == kBeh || letters[i] == kKaf) && hasArticleAt(i + 1)) {
        out.push_back({CliticKind::Preposition, span(i, i + 1)});
        ++i;
    } else if (hasElidedArticleAt(i) && i + 5 <= n) {
        out.push_back({CliticKind::Preposition, span(i, i + 1)});
        out.push_back({CliticKind::Article, span(i + 1, i + 2)});
        return out;
    }
    if (hasArticleAt(i))
        out.push_back({CliticKind::Article, span(i, i + 2)});
    return out;
}

// The end of the placeholder starting at `i` (i when none).
std::size_t matchPlaceholder(const std::vector<std::u32string> &placeholders, std::u32string_view t, std::size_t i)
{
    for (const std::u32string &p : placeholders)
        if (p[0] == t[i] && t.substr(i, p.size()) == p)
            return i + p.size();
    return i;
}

// The end of the number starting at `i`: digits, and separators between digits.
std::size_t numberEnd(std::u32string_view t, std::size_t i)
{
    const std::size_t n = t.size();
    std::size_t end = i + 1;
    while (end < n && (tp::isDecimalDigit(t[end]) ||
                       (isNumberSeparator(t[end]) && end + 1 < n && tp::isDecimalDigit(t[end + 1]))))
        ++end;
    return end;
}

// The end of the word starting at `i`: a word runs over letters of one script family (Arabic
// or not) and the marks, joiners and tatweel inside it.
std::size_t wordEnd(std::u32string_view t, std::size_t i, bool arabic)
{
    std::size_t end = i + 1;
    while (end < t.size()) {
        const char32_t d = t[end];
        if (continuesWord(d)) {
            ++end;
        } else if (tp::isLetter(d) && isArabicScript(d) == arabic) {
            ++end;
        } else {
            break;
        }
    }
    return end;
}

// The proclitics of the Arabic word t[start, end).
std::vector<Clitic> wordClitics(std::u32string_view t, std::size_t start, std::size_t end)
{
    std::u32string letters;
    std::vector<std::size_t> at;
    for (std::size_t k = start; k < end; ++k)
        if (tp::isLetter(t[k])) {
            letters.push_back(t[k]);
            at.push_back(k - start);
        }
    at.push_back(end - start);
    // Marks after letter k belong to it: letter k spans [at[k], at[k + 1]).
    return findClitics(letters, at, start);
}

} // namespace

Segmenter::Segmenter(SegmenterOptions options) : m_options(std::move(options))
{
    for (const std::string &p : m_options.placeholders)
        if (!p.empty())
            m_placeholders.push_back(utf8::decodeLossy(p));
}

Result<std::vector<TextToken>> Segmenter::segment(std::string_view text) const
{
    auto decoded = utf8::decode(text);
    if (!decoded.ok())
        return Result<std::vector<TextToken>>(decoded.status());
    return segment(std::u32string_view(*decoded));
}

std::vector<TextToken> Segmenter::segment(std::u32string_view t) const
{
    std::vector<TextToken> tokens;
    tokens.reserve(t.size() / 4 + 1);
    auto emit = [&](std::size_t start, std::size_t end, TokenKind kind) {
        TextToken &tok = tokens.emplace_back();
        tok.text = encodeUtf8(t.substr(start, end - start));
        tok.range = {start, end};
        tok.kind = kind;
    };

    const std::size_t n = t.size();
    std::size_t i = 0;
    while (i < n) {
        const char32_t c = t[i];
        if (tp::isWhiteSpace(c)) {
            ++i;
            continue;
        }
        std::size_t end = matchPlaceholder(m_placeholders, t, i);
        if (end > i) {
            emit(i, end, TokenKind::Placeholder);
            i = end;
            continue;
        }
        TokenKind webKind = TokenKind::Url;
        if ((end = matchWebToken(t, i, webKind)) > i) {
            emit(i, end, webKind);
        } else if ((end = tp::matchEmoji(t, i)) > i) {
            emit(i, end, TokenKind::Emoji);
        } else if (tp::isDecimalDigit(c)) {
            end = numberEnd(t, i);
            emit(i, end, TokenKind::Number);
        } else if (tp::isLetter(c) || continuesWord(c)) {
            const bool arabic = isArabicScript(c) || (continuesWord(c) && !tp::isLetter(c));
            end = wordEnd(t, i, arabic);
            emit(i, end, arabic ? TokenKind::Word : TokenKind::Latin);
            if (arabic && m_options.splitClitics)
                tokens.back().clitics = wordClitics(t, i, end);
        } else if (tp::isPunctuation(c)) {
            end = i + 1;
            while (end < n && t[end] == c)  // "..." and "؟؟" stay one token
                ++end;
            emit(i, end, TokenKind::Punct);
        } else {
            end = i + 1;
            while (end < n && continuesWord(t[end]))
                ++end;
            emit(i, end, TokenKind::Symbol);
        }
        i = end;
    }
    return tokens;
}

std::vector<TextToken> mapTokensToRaw(std::vector<TextToken> tokens, const OffsetMap &map)
{
    for (TextToken &tok : tokens) {
        tok.range = map.rawRange(tok.range);
        for (Clitic &c : tok.clitics)
            c.range = map.rawRange(c.range);
    }
    return tokens;
}

} // namespace mizan
