// The reading half of the one JSON form of the evaluation report (evalreportjson.h); the
// writing half is evalreportjsonwrite.cpp.
#include "eval/evalreportjson.h"

#include "common/jsontext.h"
#include "eval/evaljson.h"

namespace mizan {

using nlohmann::json;

// ---- reading ----

namespace {

struct FormatError {
    std::string message;
};

// A JSON object being read, with its path for messages.
class Reader {
public:
    Reader(const json &j, std::string path) : m_j(j), m_path(std::move(path))
    {
        if (!m_j.is_object())
            fail("an object", m_j);
    }

    bool has(const char *key) const { return m_j.contains(key); }
    Reader object(const char *key) const { return Reader(at(key), where(key)); }
    const json &at(const char *key) const
    {
        auto it = m_j.find(key);
        if (it == m_j.end())
            throw FormatError{where(key) + ": missing"};
        return *it;
    }
    double number(const char *key) const
    {
        const json &v = at(key);
        if (!v.is_number())
            fail(key, "a number", v);
        return v.get<double>();
    }
    std::size_t count(const char *key) const { return countOf(at(key), where(key)); }
    std::string text(const char *key) const
    {
        const json &v = at(key);
        if (!v.is_string())
            fail(key, "a string", v);
        return v.get<std::string>();
    }
    std::string textOr(const char *key, std::string fallback) const { return has(key) ? text(key) : fallback; }
    std::vector<std::string> texts(const char *key) const
    {
        const json &v = at(key);
        if (!v.is_array())
            fail(key, "an array of strings", v);
        std::vector<std::string> out;
        for (const json &s : v) {
            if (!s.is_string())
                fail(key, "an array of strings", s);
            out.push_back(s.get<std::string>());
        }
        return out;
    }
    const json &raw() const { return m_j; }
    std::string where(const std::string &key) const { return m_path.empty() ? key : m_path + "." + key; }

    static std::size_t countOf(const json &v, const std::string &path)
    {
        if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0))
            throw FormatError{path + ": expected a count, found " + describeJson(v)};
        return v.get<std::size_t>();
    }

private:
    [[noreturn]] void fail(const char *expected, const json &found) const
    {
        throw FormatError{(m_path.empty() ? std::string("the report") : m_path) + ": expected " + expected +
                          ", found " + describeJson(found)};
    }
    [[noreturn]] void fail(const char *key, const char *expected, const json &found) const
    {
        throw FormatError{where(key) + ": expected " + expected + ", found " + describeJson(found)};
    }

    const json &m_j;
    std::string m_path;
};

Prf readPrf(const Reader &r)
{
    Prf p;
    p.precision = r.number("precision");
    p.recall = r.number("recall");
    p.f1 = r.number("f1");
    p.support = r.has("support") ? r.count("support") : 0;
    return p;
}

std::map<std::string, Prf> readPrfs(const Reader &r)
{
    std::map<std::string, Prf> out;
    for (const auto &[label, v] : r.raw().items())
        out[label] = readPrf(Reader(v, r.where(label)));
    return out;
}

ClassificationMetrics readClassification(const Reader &r)
{
    ClassificationMetrics m;
    m.labels = r.texts("labels");
    m.count = r.count("count");
    m.accuracy = r.number("accuracy");
    m.macro = readPrf(r.object("macro"));
    m.weighted = readPrf(r.object("weighted"));
    const Reader perClass = r.object("per_class");
    const Reader confusion = r.object("confusion");
    for (const std::string &gold : m.labels) {
        m.perClass.push_back(readPrf(perClass.object(gold.c_str())));
        const Reader row = confusion.object(gold.c_str());
        std::vector<std::size_t> counts;
        for (const std::string &predicted : m.labels)
            counts.push_back(row.count(predicted.c_str()));
        m.confusion.push_back(std::move(counts));
    }
    return m;
}

EntityMetrics readEntities(const Reader &r)
{
    EntityMetrics m;
    const std::string scheme = r.text("scheme");
    if (scheme != "conlleval" && scheme != "strict_iob2")
        throw FormatError{r.where("scheme") + ": expected \"conlleval\" or \"strict_iob2\""};
    m.scheme = scheme == "strict_iob2" ? EntityScheme::StrictIob2 : EntityScheme::Conlleval;
    m.goldCount = r.count("gold");
    m.predictedCount = r.count("predicted");
    m.correctCount = r.count("correct");
    m.micro = {r.number("precision"), r.number("recall"), r.number("f1"), m.goldCount};
    m.macro = readPrf(r.object("macro"));
    m.weighted = readPrf(r.object("weighted"));
    for (const auto &[type, prf] : readPrfs(r.object("per_label"))) {
        m.types.push_back(type);
        m.perType.push_back(prf);
    }
    return m;
}

std::vector<PredictionError> readErrors(const json &v, const std::string &path)
{
    if (!v.is_array())
        throw FormatError{path + ": expected an array, found " + describeJson(v)};
    std::vector<PredictionError> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Reader r(v[i], path + "[" + std::to_string(i) + "]");
        PredictionError e;
        e.sentenceId = r.text("sentence_id");
        e.gold = r.text("gold");
        e.predicted = r.text("predicted");
        e.hasSpan = r.has("start");
        if (e.hasSpan) {
            e.start = r.count("start");
            e.end = r.count("end");
        }
        out.push_back(std::move(e));
    }
    return out;
}

void readNotes(const Reader &r, TaskReportNotes &n)
{
    n.definition = r.textOr("definition", "");
    if (r.has("examples"))
        n.examples = r.count("examples");
    if (r.has("ensemble")) {
        const Reader e = r.object("ensemble");
        const Reader alone = e.object("transformer_only");
        EnsembleReport ens;
        ens.spans = e.has("transformer_weight");
        ens.weight = e.number(ens.spans ? "transformer_weight" : "baseline_weight");
        ens.definition = e.textOr("definition", "");
        if (ens.spans)
            ens.alone = {alone.number("precision"), alone.number("recall"), alone.number("f1"), 0};
        else {
            ens.accuracy = alone.number("accuracy");
            ens.macroF1 = alone.number("macro_f1");
        }
        n.ensemble = ens;
    }
    if (r.has("errors"))
        n.errors = readErrors(r.at("errors"), r.where("errors"));
}

bool isSpanKind(const std::string &kind)
{
    return kind == "tagging" || kind == "target_sentiment_end_to_end";
}

SpanReport readSpan(const Reader &r)
{
    SpanReport s;
    s.kind = r.text("kind");
    s.gold = r.count("gold");
    s.predicted = r.count("predicted");
    s.correct = r.count("correct");
    s.micro = {r.number("precision"), r.number("recall"), r.number("f1"), s.gold};
    if (r.has("per_label"))
        s.perLabel = readPrfs(r.object("per_label"));
    s.f1Definition = r.textOr("f1_definition", "");
    if (r.has("token_bio")) {
        const Reader bio = r.object("token_bio");
        TaggingMetrics t;
        t.conlleval = readEntities(bio.object("conlleval"));
        t.strict = readEntities(bio.object("strict_iob2"));
        t.tokenAccuracy = bio.number("token_accuracy");
        s.tokenBio = std::move(t);
        s.tokenBioDefinition = bio.textOr("definition", "");
    }
    s.tokenBioError = r.textOr("token_bio_error", "");
    readNotes(r, s);
    return s;
}

ClassificationReport readClassReport(const Reader &r)
{
    ClassificationReport c;
    c.kind = r.text("kind");
    c.error = r.textOr("error", "");
    if (c.error.empty())
        c.metrics = readClassification(r);
    readNotes(r, c);
    return c;
}

CategoryReport readCategoryReport(const Reader &r)
{
    CategoryReport c;
    c.kind = r.text("kind");
    CategoryScores &s = c.scores;
    const Reader slot1 = r.object("slot1"), slot12 = r.object("slot12");
    s.slot1 = readPrf(slot1);
    s.gold1 = slot1.count("gold");
    s.predicted1 = slot1.count("predicted");
    s.correct1 = slot1.count("correct");
    s.slot12 = readPrf(slot12);
    s.gold12 = slot12.count("gold");
    s.predicted12 = slot12.count("predicted");
    s.correct12 = slot12.count("correct");
    s.perCategory = readPrfs(r.object("per_category"));
    const Reader confusion = r.object("entity_confusion");
    for (const auto &[gold, row] : confusion.raw().items()) {
        const Reader cells(row, confusion.where(gold));
        for (const auto &[predicted, n] : row.items())
            s.entityConfusion[gold][predicted] = Reader::countOf(n, cells.where(predicted));
    }
    c.f1Definition = r.textOr("f1_definition", "");
    readNotes(r, c);
    return c;
}

TaskReport readTask(const Reader &r)
{
    const std::string kind = r.has("kind") ? r.text("kind") : "";
    if (isSpanKind(kind))
        return readSpan(r);
    if (kind == "categories")
        return readCategoryReport(r);
    if (r.has("per_class") || r.has("error"))
        return readClassReport(r);
    throw FormatError{(r.where("kind")) + ": unknown task kind \"" + kind + "\""};
}

TaskReports readTasks(const Reader &r)
{
    TaskReports out;
    for (const auto &[name, v] : r.raw().items())
        out.emplace(name, readTask(Reader(v, r.where(name))));
    return out;
}

BaselineReport readBaseline(const Reader &r)
{
    return {r.text("model"), readTasks(r.object("tasks"))};
}

// Runs `read` on `j` with `path` as its place; a format error becomes a ParseError.
template <typename T, typename F>
Result<T> readReport(const json &j, const std::string &path, F read)
{
    try {
        return T(read(Reader(j, path)));
    } catch (const FormatError &e) {
        return Status(ErrorCode::ParseError, "evaluation report: " + e.message);
    }
}

} // namespace

Result<TaskReport> taskReportFromJson(const json &j)
{
    return readReport<TaskReport>(j, "", readTask);
}

Result<TaskReports> taskReportsFromJson(const json &j)
{
    return readReport<TaskReports>(j, "tasks", readTasks);
}

Result<BaselineReport> baselineReportFromJson(const json &j)
{
    return readReport<BaselineReport>(j, "", readBaseline);
}

Result<EvalReport> evalReportFromJson(const json &j)
{
    return readReport<EvalReport>(j, "", [](const Reader &r) {
        EvalReport e;
        e.model = r.text("model");
        e.modelKind = r.text("model_kind");
        e.corpora = r.texts("corpora");
        e.split = r.text("split");
        e.sentences = r.count("sentences");
        e.tasks = readTasks(r.object("tasks"));
        if (r.has("baseline"))
            e.baseline = readBaseline(r.object("baseline"));
        if (r.has("model_vs_baseline"))
            for (const auto &[task, metrics] : r.object("model_vs_baseline").raw().items()) {
                const Reader m(metrics, "model_vs_baseline." + task);
                for (const auto &[metric, value] : metrics.items())
                    e.modelVsBaseline[task][metric] = m.number(metric.c_str());
            }
        return e;
    });
}

} // namespace mizan
