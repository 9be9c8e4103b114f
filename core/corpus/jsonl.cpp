// JSON Lines: doccano's `{"text": ..., "label": [[start, end, "LABEL"], ...]}` (one document
// per line) and Mizan's own JSONL (a header line, then one document per line, holding
// everything the model holds).
#include <nlohmann/json.hpp>

#include "common/brieftext.h"
#include "common/jsontext.h"
#include "common/utf8.h"
#include "corpus/formats.h"

namespace mizan::detail {
namespace {

using nlohmann::json;
using ojson = nlohmann::ordered_json;  // writes keys in the order they are set

constexpr int kMizanJsonlVersion = 1;

// A line that cannot be read as expected; the message says what was expected.
struct BadLine : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const json &member(const json &obj, const char *key, json::value_t type, const char *what)
{
    auto it = obj.find(key);
    if (it == obj.end())
        throw BadLine(std::string("missing \"") + key + "\" (" + what + ")");
    const bool ok = it->type() == type ||
                    (type == json::value_t::number_unsigned && it->is_number_integer() && *it >= 0);
    if (!ok)
        throw BadLine(std::string("\"") + key + "\" must be " + what + ", found " + it->type_name());
    return *it;
}

std::string optionalString(const json &obj, const char *key)
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return {};
    if (it->is_string())
        return it->get<std::string>();
    if (it->is_number_integer())
        return std::to_string(it->get<long long>());
    throw BadLine(std::string("\"") + key + "\" must be a string or an integer");
}

bool optionalBool(const json &obj, const char *key)
{
    auto it = obj.find(key);
    if (it == obj.end())
        return false;
    if (!it->is_boolean())
        throw BadLine(std::string("\"") + key + "\" must be true or false");
    return it->get<bool>();
}

Attributes readAttributes(const json &obj)
{
    Attributes attrs;
    auto it = obj.find("extra");
    if (it == obj.end())
        return attrs;
    if (!it->is_array())
        throw BadLine("\"extra\" must be an array of [name, value] pairs");
    for (const json &pair : *it) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string())
            throw BadLine("\"extra\" must be an array of [name, value] string pairs");
        attrs.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    }
    return attrs;
}

ojson writeAttributes(const Attributes &attrs)
{
    ojson arr = ojson::array();
    for (const auto &[k, v] : attrs)
        arr.push_back({k, v});
    return arr;
}

class JsonlReader {
public:
    JsonlReader(ImportContext &ctx, CorpusFormat format) : m_ctx(ctx), m_format(format) {}

    void read(std::string_view text, Corpus &out)
    {
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        if (first != std::string_view::npos && text[first] == '[') {
            readArray(text, out);
            return;
        }
        LineReader lines(text);
        std::string_view line;
        while (lines.next(line)) {
            const std::size_t lineNo = lines.lineNumber();
            if (line.find_first_not_of(" \t") == std::string_view::npos)
                continue;
            json j;
            JsonError error;
            if (!parseJson(line, j, error)) {
                m_ctx.problem({lineNo, utf8::length(line.substr(0, error.byte)) + 1}, IssueCode::InvalidJsonLine,
                              {error.message});
                continue;
            }
            readValue(j, lineNo, out);
        }
    }

private:
    // One document: any problem skips it (with a message naming its line) and keeps the others.
    void readValue(const json &j, std::size_t lineNo, Corpus &out)
    {
        try {
            if (!j.is_object())
                throw BadLine("expected a JSON object, found " + describeJson(j));
            if (m_format == CorpusFormat::JsonlMizan)
                readMizan(j, lineNo, out);
            else
                readDoccano(j, lineNo, out);
        } catch (const BadLine &e) {
            m_ctx.problem({lineNo, 1}, IssueCode::LineSkipped, {e.what()});
        } catch (const json::exception &e) {
            m_ctx.problem({lineNo, 1}, IssueCode::UnexpectedJsonValue, {jsonErrorText(e)});
        }
    }

    // A JSON array of documents (doccano's JSON export) instead of JSON Lines.
    void readArray(std::string_view text, Corpus &out)
    {
        json all;
        JsonError error;
        if (!parseJson(text, all, error))
            m_ctx.fatal(m_ctx.at(error.byte), IssueCode::InvalidJson, {error.message});
        m_ctx.note({1, 1}, IssueCode::JsonArray, {std::to_string(all.size())});
        const std::vector<std::size_t> starts = elementStarts(text);
        for (std::size_t i = 0; i < all.size(); ++i)
            readValue(all[i], i < starts.size() ? m_ctx.at(starts[i]).line : 1, out);
    }

    // Byte offsets where the elements of the top-level array start.
    static std::vector<std::size_t> elementStarts(std::string_view text)
    {
        std::vector<std::size_t> starts;
        std::size_t depth = 0;
        bool inString = false, expect = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (expect && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                starts.push_back(i);
                expect = false;
            }
            if (c == '"')
                inString = true;
            else if (c == '[' || c == '{')
                expect = ++depth == 1;
            else if (c == ']' || c == '}')
                depth -= depth > 0 ? 1 : 0;
            else if (c == ',' && depth == 1)
                expect = true;
        }
        return starts;
    }

    // Checked [start, end) span inside a text of `length` code points.
    static bool spanOk(std::size_t start, std::size_t end, std::size_t length)
    {
        return start < end && end <= length;
    }

    std::vector<EntitySpan> readEntities(const json &arr, std::size_t length, std::size_t lineNo)
    {
        std::vector<EntitySpan> spans;
        for (const json &l : arr) {
            EntitySpan span;
            if (l.is_array() && l.size() == 3 && l[0].is_number_unsigned() && l[1].is_number_unsigned() &&
                l[2].is_string()) {
                span = {l[2].get<std::string>(), l[0].get<std::size_t>(), l[1].get<std::size_t>()};
            } else if (l.is_object() && l.contains("start_offset")) {
                span = {optionalString(l, "label"),
                        member(l, "start_offset", json::value_t::number_unsigned, "a non-negative integer")
                            .get<std::size_t>(),
                        member(l, "end_offset", json::value_t::number_unsigned, "a non-negative integer")
                            .get<std::size_t>()};
            } else {
                m_ctx.problem({lineNo, 1}, IssueCode::BadLabel, {describeJson(l)});
                continue;
            }
            if (!spanOk(span.start, span.end, length)) {
                m_ctx.problem({lineNo, 1}, IssueCode::SpanOutsideText,
                              {std::to_string(span.start), std::to_string(span.end), std::to_string(length)});
                continue;
            }
            spans.push_back(std::move(span));
        }
        return spans;
    }

    void readDoccano(const json &j, std::size_t lineNo, Corpus &out)
    {
        Sentence s;
        s.text = member(j, "text", json::value_t::string, "a string").get<std::string>();
        s.id = optionalString(j, "id");
        if (s.id.empty())
            s.id = std::to_string(lineNo);
        s.sourceLine = lineNo;
        const std::size_t length = utf8::length(s.text);
        for (const char *key : {"label", "labels", "entities"}) {
            auto it = j.find(key);
            if (it == j.end())
                continue;
            if (!it->is_array())
                throw BadLine(std::string("\"") + key + "\" must be an array");
            if (!it->empty() && (*it)[0].is_string()) {
                m_ctx.note({lineNo, 1}, IssueCode::DocumentLabels);
                continue;
            }
            std::vector<EntitySpan> spans = readEntities(*it, length, lineNo);
            s.entities.insert(s.entities.end(), spans.begin(), spans.end());
        }
        Document doc;
        doc.id = s.id;
        doc.sentences.push_back(std::move(s));
        out.documents.push_back(std::move(doc));
    }

    Opinion readOpinion(const json &o, const std::string &text, std::size_t length, bool spans)
    {
        if (!o.is_object())
            throw BadLine("an opinion must be an object");
        Opinion op;
        op.isNull = optionalBool(o, "null");
        op.target = optionalString(o, "target");
        op.category = optionalString(o, "category");
        const std::string pol = optionalString(o, "polarity");
        std::optional<Polarity> p = parsePolarity(pol);
        if (!p)
            throw BadLine("unknown polarity \"" + utf8::brief(pol) + "\"");
        op.polarity = *p;
        op.extra = readAttributes(o);
        if (spans && !op.isNull) {
            op.from = member(o, "from", json::value_t::number_unsigned, "a non-negative integer").get<std::size_t>();
            op.to = member(o, "to", json::value_t::number_unsigned, "a non-negative integer").get<std::size_t>();
            if (!spanOk(op.from, op.to, length) || utf8::substr(text, op.from, op.to) != op.target)
                throw BadLine("target \"" + utf8::brief(op.target) + "\" does not match the text at " +
                              std::to_string(op.from) + "-" + std::to_string(op.to));
        }
        return op;
    }

    void readMizan(const json &j, std::size_t lineNo, Corpus &out)
    {
        if (j.contains("mizan_corpus")) {
            if (!j["mizan_corpus"].is_number_integer() || j["mizan_corpus"].get<int>() > kMizanJsonlVersion)
                throw BadLine("unsupported \"mizan_corpus\" version: " + describeJson(j["mizan_corpus"]));
            if (auto flavor = parseSemEvalFlavor(optionalString(j, "semeval_flavor")))
                out.semevalFlavor = *flavor;
            return;
        }
        Document doc;
        doc.id = optionalString(j, "id");
        doc.extra = readAttributes(j);
        if (auto it = j.find("document_opinions"); it != j.end()) {
            if (!it->is_array())
                throw BadLine("\"document_opinions\" must be an array");
            for (const json &o : *it)
                doc.documentOpinions.push_back(readOpinion(o, {}, 0, false));
        }
        for (const json &sj : member(j, "sentences", json::value_t::array, "an array")) {
            if (!sj.is_object())
                throw BadLine("a sentence must be an object");
            Sentence s;
            s.id = optionalString(sj, "id");
            s.text = member(sj, "text", json::value_t::string, "a string").get<std::string>();
            s.reviewed = optionalBool(sj, "reviewed");
            s.outOfScope = optionalBool(sj, "out_of_scope");
            s.extra = readAttributes(sj);
            s.sourceLine = lineNo;
            const std::size_t length = utf8::length(s.text);
            if (auto it = sj.find("opinions"); it != sj.end()) {
                if (!it->is_array())
                    throw BadLine("\"opinions\" must be an array");
                for (const json &o : *it)
                    s.opinions.push_back(readOpinion(o, s.text, length, true));
            }
            if (auto it = sj.find("entities"); it != sj.end()) {
                if (!it->is_array())
                    throw BadLine("\"entities\" must be an array");
                s.entities = readEntities(*it, length, lineNo);
            }
            doc.sentences.push_back(std::move(s));
        }
        out.documents.push_back(std::move(doc));
    }

    ImportContext &m_ctx;
    CorpusFormat m_format;
};

ojson opinionJson(const Opinion &op, bool spans)
{
    ojson o = ojson::object();
    if (op.isNull)
        o["null"] = true;
    else
        o["target"] = op.target;
    o["category"] = op.category;
    o["polarity"] = polarityName(op.polarity);
    if (spans && !op.isNull) {
        o["from"] = op.from;
        o["to"] = op.to;
    }
    if (!op.extra.empty())
        o["extra"] = writeAttributes(op.extra);
    return o;
}

ojson entitiesJson(const std::vector<EntitySpan> &entities)
{
    ojson arr = ojson::array();
    for (const EntitySpan &e : entities)
        arr.push_back({e.start, e.end, e.label});
    return arr;
}

void appendLine(std::string &out, const ojson &j)
{
    out += j.dump(-1, ' ', false, ojson::error_handler_t::replace);
    out += '\n';
}

} // namespace

void readJsonl(std::string_view text, CorpusFormat format, ImportContext &ctx, Corpus &out)
{
    JsonlReader(ctx, format).read(text, out);
}

std::string writeJsonl(const Corpus &corpus, CorpusFormat format)
{
    std::string out;
    if (format == CorpusFormat::JsonlDoccano) {
        for (const Document &d : corpus.documents)
            for (const Sentence &s : d.sentences)
                appendLine(out, ojson{{"id", s.id}, {"text", s.text}, {"label", entitiesJson(s.entities)}});
        return out;
    }
    appendLine(out, ojson{{"mizan_corpus", kMizanJsonlVersion},
                         {"semeval_flavor", semevalFlavorName(corpus.semevalFlavor)}});
    for (const Document &d : corpus.documents) {
        ojson dj = ojson::object();
        dj["id"] = d.id;
        if (!d.extra.empty())
            dj["extra"] = writeAttributes(d.extra);
        if (!d.documentOpinions.empty()) {
            ojson ops = ojson::array();
            for (const Opinion &op : d.documentOpinions)
                ops.push_back(opinionJson(op, false));
            dj["document_opinions"] = std::move(ops);
        }
        ojson sentences = ojson::array();
        for (const Sentence &s : d.sentences) {
            ojson sj = ojson::object();
            sj["id"] = s.id;
            sj["text"] = s.text;
            ojson ops = ojson::array();
            for (const Opinion &op : s.opinions)
                ops.push_back(opinionJson(op, true));
            sj["opinions"] = std::move(ops);
            sj["entities"] = entitiesJson(s.entities);
            if (s.reviewed)
                sj["reviewed"] = true;
            if (s.outOfScope)
                sj["out_of_scope"] = true;
            if (!s.extra.empty())
                sj["extra"] = writeAttributes(s.extra);
            sentences.push_back(std::move(sj));
        }
        dj["sentences"] = std::move(sentences);
        appendLine(out, dj);
    }
    return out;
}

} // namespace mizan::detail
