// CoNLL / BIO: `word TAG` or `word<TAB>TAG` per line, a blank line between sentences,
// `-DOCSTART-` between documents. Sentence text is the words joined by single spaces.
#include <algorithm>
#include <map>
#include <set>

#include "common/brieftext.h"
#include "common/utf8.h"
#include "corpus/formats.h"

namespace mizan::detail {
namespace {

struct Token {
    std::string word;
    std::string tag;  // as written
    TextPosition tagPos;
    std::size_t line = 0;
};

struct RawSentence {
    std::vector<Token> tokens;
};

struct RawDocument {
    std::vector<RawSentence> sentences;
};

bool isTypeChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// "B-PERS" -> {'B', "PERS"}; "O" -> {'O', ""}; nothing when malformed.
std::optional<std::pair<char, std::string>> splitTag(const std::string &tag)
{
    if (tag == "O")
        return std::pair<char, std::string>{'O', ""};
    if (tag.size() < 3 || tag[1] != '-' || std::string("BIES").find(tag[0]) == std::string::npos)
        return std::nullopt;
    const std::string type = tag.substr(2);
    if (!std::isalpha(static_cast<unsigned char>(type[0])) || !std::all_of(type.begin(), type.end(), isTypeChar))
        return std::nullopt;
    return std::pair<char, std::string>{tag[0], type};
}

std::vector<std::string_view> splitFields(std::string_view line)
{
    std::vector<std::string_view> fields;
    const bool tabs = line.find('\t') != std::string_view::npos;
    std::size_t i = 0;
    while (i <= line.size()) {
        if (!tabs) {
            while (i < line.size() && line[i] == ' ')
                ++i;
            if (i == line.size())
                break;
        }
        std::size_t end = line.find(tabs ? '\t' : ' ', i);
        if (end == std::string_view::npos)
            end = line.size();
        std::string_view f = line.substr(i, end - i);
        if (tabs) {  // tolerate spaces around tab-separated fields
            while (!f.empty() && f.front() == ' ')
                f.remove_prefix(1);
            while (!f.empty() && f.back() == ' ')
                f.remove_suffix(1);
        }
        fields.push_back(f);
        i = end + 1;
    }
    while (!fields.empty() && fields.back().empty())  // trailing tabs
        fields.pop_back();
    return fields;
}

class ConllReader {
public:
    explicit ConllReader(ImportContext &ctx) : m_ctx(ctx) {}

    void read(std::string_view text, Corpus &out)
    {
        scan(text);
        std::map<std::string, std::size_t> typeCounts;
        for (const RawDocument &d : m_docs)
            for (const RawSentence &s : d.sentences)
                for (const Token &t : s.tokens)
                    if (auto parts = splitTag(t.tag); parts && parts->first != 'O')
                        ++typeCounts[parts->second];
        const auto suspects = misspellings(typeCounts);
        std::size_t docIndex = 0;
        for (RawDocument &d : m_docs) {
            for (RawSentence &s : d.sentences)
                for (Token &t : s.tokens)
                    t.tag = repairTag(t, typeCounts, suspects);
            if (d.sentences.empty())
                continue;
            Document doc;
            doc.id = std::to_string(++docIndex);
            std::size_t sentenceIndex = 0;
            for (const RawSentence &s : d.sentences)
                doc.sentences.push_back(toSentence(s, doc.id + ":" + std::to_string(sentenceIndex++)));
            out.documents.push_back(std::move(doc));
        }
        finishScheme();
    }

private:
    void scan(std::string_view text)
    {
        m_docs.emplace_back();
        RawSentence current;
        bool extraColumnsReported = false;
        LineReader lines(text);
        std::string_view line;
        auto flush = [&] {
            if (!current.tokens.empty())
                m_docs.back().sentences.push_back(std::move(current));
            current = RawSentence{};
        };
        while (lines.next(line)) {
            const std::size_t lineNo = lines.lineNumber();
            std::vector<std::string_view> fields = splitFields(line);
            if (fields.empty() || (fields.size() == 1 && fields[0].empty()) ||
                std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return f.empty(); })) {
                flush();
                continue;
            }
            if (fields[0] == "-DOCSTART-") {
                flush();
                if (!m_docs.back().sentences.empty())
                    m_docs.emplace_back();
                continue;
            }
            Token token;
            token.word = std::string(fields[0]);
            token.line = lineNo;
            if (token.word.empty()) {
                m_ctx.problem({lineNo, 1}, IssueCode::EmptyWord);
                continue;
            }
            if (fields.size() == 1) {
                m_ctx.problem({lineNo, 1}, IssueCode::OneColumn);
                token.tag = "O";
                token.tagPos = {lineNo, 1};
            } else {
                token.tag = std::string(fields[1]);
                const std::size_t tagByte = static_cast<std::size_t>(fields[1].data() - line.data());
                token.tagPos = {lineNo, utf8::length(line.substr(0, tagByte)) + 1};
                if (fields.size() > 2 && !extraColumnsReported) {
                    extraColumnsReported = true;
                    m_ctx.note({lineNo, 1}, IssueCode::ExtraColumns, {std::to_string(fields.size())});
                }
            }
            current.tokens.push_back(std::move(token));
        }
        flush();
    }

    // Rare types one insertion or deletion away from a type used at least five times as
    // often: a misspelling ("MISS1" next to "MIS1"). Maps each to its likely types. Looks up
    // every one-character deletion of each type instead of comparing all pairs, so many types
    // stay fast; types longer than 64 characters are not checked.
    static std::map<std::string, std::vector<std::string>>
    misspellings(const std::map<std::string, std::size_t> &counts)
    {
        std::map<std::string, std::set<std::string>> found;
        for (const auto &[type, n] : counts) {
            if (type.size() > 64)
                continue;
            for (std::size_t i = 0; i < type.size(); ++i) {
                if (i > 0 && type[i] == type[i - 1])
                    continue;  // the same deletion as the previous one
                std::string shorter = type;
                shorter.erase(i, 1);
                auto it = counts.find(shorter);
                if (it == counts.end())
                    continue;
                if (it->second >= 5 * n)  // the longer one is the misspelling
                    found[type].insert(shorter);
                if (n >= 5 * it->second)  // the shorter one is
                    found[shorter].insert(type);
            }
        }
        std::map<std::string, std::vector<std::string>> out;
        for (auto &[rare, likely] : found)
            out[rare].assign(likely.begin(), likely.end());
        return out;
    }

    std::string repairTag(const Token &t, const std::map<std::string, std::size_t> &typeCounts,
                          const std::map<std::string, std::vector<std::string>> &suspects)
    {
        if (auto parts = splitTag(t.tag)) {
            if (parts->first == 'O')
                return t.tag;
            // IOBES files: single -> begin, end -> inside.
            const char prefix = parts->first == 'S' ? 'B' : parts->first == 'E' ? 'I' : parts->first;
            std::string type = parts->second;
            if (auto it = suspects.find(type); it != suspects.end()) {
                const std::vector<std::string> &likely = it->second;
                if (likely.size() == 1) {
                    type = likely[0];
                    m_ctx.problem(t.tagPos, IssueCode::MisspelledLabel,
                                  {utf8::brief(t.tag), utf8::brief(t.word), utf8::brief(parts->second), type,
                                   std::string(1, prefix) + "-" + type});
                } else {
                    std::string names;
                    for (const std::string &l : likely)
                        names += (names.empty() ? "" : ", ") + l;
                    m_ctx.note(t.tagPos, IssueCode::SuspiciousLabel,
                               {utf8::brief(t.tag), utf8::brief(t.word), utf8::brief(type), names});
                }
            }
            return std::string(1, prefix) + "-" + type;
        }
        // Malformed: keep the B/I prefix and the letters and digits of the type when that
        // gives a type the file uses elsewhere; otherwise the token is outside any entity.
        std::string repaired = "O";
        const char prefix = t.tag.empty() ? 'O' : t.tag[0];
        if (prefix == 'B' || prefix == 'I') {
            std::string type;
            for (std::size_t i = 1; i < t.tag.size(); ++i)
                if (isTypeChar(t.tag[i]))
                    type += t.tag[i];
            if (typeCounts.count(type))
                repaired = std::string(1, prefix) + "-" + type;
        }
        m_ctx.problem(t.tagPos, IssueCode::MalformedTag,
                      {utf8::brief(t.tag), utf8::brief(t.word), utf8::brief(repaired)});
        return repaired;
    }

    Sentence toSentence(const RawSentence &raw, std::string id)
    {
        Sentence s;
        s.id = std::move(id);
        s.sourceLine = raw.tokens.front().line;
        std::size_t offset = 0;
        std::optional<EntitySpan> open;
        char prevPrefix = 'O';
        std::string prevType;
        auto close = [&] {
            if (open)
                s.entities.push_back(*open);
            open.reset();
        };
        for (const Token &t : raw.tokens) {
            if (!s.text.empty()) {
                s.text += ' ';
                ++offset;
            }
            const std::size_t start = offset;
            offset += utf8::length(t.word);
            s.text += t.word;
            auto parts = splitTag(t.tag);
            const char prefix = parts ? parts->first : 'O';
            const std::string type = parts ? parts->second : std::string();
            if (prefix == 'O') {
                close();
            } else if (prefix == 'B') {
                // IOB1 uses B- only right after an entity of the same type.
                if (!(open && prevType == type && (prevPrefix == 'B' || prevPrefix == 'I')))
                    ++m_bStarts;
                close();
                open = EntitySpan{type, start, offset};
            } else if (open && open->label == type) {
                open->end = offset;
            } else {
                close();
                m_orphanI.push_back(t.tagPos);
                open = EntitySpan{type, start, offset};
            }
            prevPrefix = prefix;
            prevType = type;
        }
        close();
        return s;
    }

    // I- that starts an entity is how IOB1 writes every entity; in an IOB2 file it is a
    // mistake, repaired by reading it as B-.
    void finishScheme()
    {
        if (m_orphanI.empty())
            return;
        if (m_bStarts == 0) {
            m_ctx.note({}, IssueCode::Iob1Tagging);
            return;
        }
        for (const TextPosition &p : m_orphanI)
            m_ctx.problem(p, IssueCode::OrphanInside);
    }

    ImportContext &m_ctx;
    std::vector<RawDocument> m_docs;
    std::size_t m_bStarts = 0;
    std::vector<TextPosition> m_orphanI;
};

struct TokenSpan {
    std::size_t start, end;  // code points
};

// Whitespace-separated words, further cut at entity boundaries that fall inside a word.
std::vector<TokenSpan> exportTokens(const std::u32string &text, const std::vector<EntitySpan> &entities)
{
    std::set<std::size_t> cuts;
    for (const EntitySpan &e : entities) {
        cuts.insert(e.start);
        cuts.insert(e.end);
    }
    std::vector<TokenSpan> tokens;
    std::size_t i = 0;
    auto isSpace = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r'; };
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        if (i >= text.size())
            break;
        std::size_t j = i;
        while (j < text.size() && !isSpace(text[j]))
            ++j;
        std::size_t start = i;
        for (auto it = cuts.upper_bound(i); it != cuts.end() && *it < j; ++it) {
            tokens.push_back({start, *it});
            start = *it;
        }
        tokens.push_back({start, j});
        i = j;
    }
    return tokens;
}

} // namespace

void readConll(std::string_view text, ImportContext &ctx, Corpus &out)
{
    ConllReader(ctx).read(text, out);
}

std::string writeConll(const Corpus &corpus)
{
    std::string out;
    const bool docStarts = corpus.documents.size() > 1;
    for (const Document &d : corpus.documents) {
        if (docStarts)
            out += "-DOCSTART-\tO\n\n";
        for (const Sentence &s : d.sentences) {
            const std::u32string text = utf8::decodeLossy(s.text);
            std::vector<EntitySpan> entities = s.entities;
            std::sort(entities.begin(), entities.end(),
                      [](const EntitySpan &a, const EntitySpan &b) { return a.start < b.start; });
            std::vector<TokenSpan> tokens = exportTokens(text, entities);
            if (tokens.empty())
                continue;
            std::size_t e = 0;
            std::size_t lastEntity = std::string::npos;
            for (const TokenSpan &t : tokens) {
                while (e < entities.size() && entities[e].end <= t.start)
                    ++e;
                std::string tag = "O";
                if (e < entities.size() && entities[e].start <= t.start && t.end <= entities[e].end) {
                    tag = (e != lastEntity ? "B-" : "I-") + entities[e].label;
                    lastEntity = e;
                }
                out += utf8::encode(std::u32string_view(text).substr(t.start, t.end - t.start));
                out += '\t';
                out += tag;
                out += '\n';
            }
            out += '\n';
        }
    }
    return out;
}

} // namespace mizan::detail
