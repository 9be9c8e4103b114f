#include "model/headspec.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdint>
#include <set>
#include <string>

#include "model/jsonutil.h"

namespace mizan {

std::string validateHeadSpec(const HeadSpec &spec)
{
    if (spec.task.empty())
        return "task name is empty";
    for (char c : spec.task)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
            return "task name '" + spec.task + "' may only hold ASCII letters, digits, '_' and '-'";
    if (spec.labels.size() < 2)
        return "task '" + spec.task + "' needs at least two labels";
    std::set<std::string> seen;
    for (const auto &l : spec.labels)
        if (!seen.insert(l).second)
            return "task '" + spec.task + "' has the label '" + l + "' twice";
    if (spec.crf && spec.kind != HeadKind::TokenClassification)
        return "task '" + spec.task + "': a CRF only applies to token classification";
    if (spec.wideWindow < 0 || spec.wideWindow > kMaxWideWindow)
        return "task '" + spec.task + "': wide_window must be in [0, " + std::to_string(kMaxWideWindow) + "]";
    if (spec.wideWindow > 0 && (!spec.wide || spec.kind != HeadKind::SequenceClassification))
        return "task '" + spec.task + "': a target window needs the wide path of a sequence classification head";
    if (spec.targetPooling && spec.kind != HeadKind::SequenceClassification)
        return "task '" + spec.task + "': target pooling only applies to sequence classification";
    if (spec.dropout < 0.0 || spec.dropout >= 1.0)
        return "task '" + spec.task + "': dropout must be in [0, 1)";
    return {};
}

namespace {

const char *headKindName(HeadKind kind)
{
    switch (kind) {
    case HeadKind::TokenClassification: return "token";
    case HeadKind::SequenceClassification: return "sequence";
    case HeadKind::MultiLabel: return "multilabel";
    }
    return "token";
}

} // namespace

std::string headSpecsToJson(const std::vector<HeadSpec> &heads)
{
    nlohmann::json tasks = nlohmann::json::array();
    for (const auto &h : heads) {
        tasks.push_back({{"name", h.task},
                         {"kind", headKindName(h.kind)},
                         {"labels", h.labels},
                         {"crf", h.crf},
                         {"dropout", h.dropout},
                         {"pooling", h.targetPooling ? "cls+target" : "cls"},
                         {"wide", h.wide}});
        if (h.wideWindow > 0)  // written only when set: older readers keep reading the rest
            tasks.back()["wide_window"] = h.wideWindow;
    }
    return nlohmann::json{{"tasks", tasks}}.dump(2) + "\n";
}

Result<std::vector<HeadSpec>> parseHeadSpecs(std::string_view json, const std::string &fileName)
{
    auto parsed = jsonutil::parse(json, fileName);
    if (!parsed)
        return parsed.status();
    const nlohmann::json &j = *parsed;
    if (!j.is_object() || !j.contains("tasks") || !j["tasks"].is_array())
        return Status(ErrorCode::ParseError, fileName + ": expected an object with a \"tasks\" array");
    std::vector<HeadSpec> heads;
    std::set<std::string> names;
    for (std::size_t i = 0; i < j["tasks"].size(); ++i) {
        const auto &t = j["tasks"][i];
        const std::string where = fileName + ": tasks[" + std::to_string(i) + "]: ";
        if (!t.is_object() || !t.contains("name") || !t["name"].is_string() || !t.contains("kind") ||
            !t["kind"].is_string() || !t.contains("labels") || !t["labels"].is_array())
            return Status(ErrorCode::ParseError, where + "expected {\"name\", \"kind\", \"labels\"}");
        HeadSpec h;
        h.task = t["name"].get<std::string>();
        const auto kind = t["kind"].get<std::string>();
        if (kind == "token")
            h.kind = HeadKind::TokenClassification;
        else if (kind == "sequence")
            h.kind = HeadKind::SequenceClassification;
        else if (kind == "multilabel")
            h.kind = HeadKind::MultiLabel;
        else
            return Status(ErrorCode::ParseError,
                          where + "kind must be \"token\", \"sequence\" or \"multilabel\", got \"" + kind + "\"");
        for (const auto &l : t["labels"]) {
            if (!l.is_string())
                return Status(ErrorCode::ParseError, where + "labels must be strings");
            h.labels.push_back(l.get<std::string>());
        }
        if (t.contains("crf")) {
            if (!t["crf"].is_boolean())
                return Status(ErrorCode::ParseError, where + "crf must be true or false");
            h.crf = t["crf"].get<bool>();
        }
        if (t.contains("dropout")) {
            if (!t["dropout"].is_number())
                return Status(ErrorCode::ParseError, where + "dropout must be a number");
            h.dropout = t["dropout"].get<double>();
        }
        if (t.contains("wide")) {
            if (!t["wide"].is_boolean())
                return Status(ErrorCode::ParseError, where + "wide must be true or false");
            h.wide = t["wide"].get<bool>();
        }
        if (t.contains("wide_window")) {
            if (!t["wide_window"].is_number_integer() || t["wide_window"].get<std::int64_t>() < 0 ||
                t["wide_window"].get<std::int64_t>() > kMaxWideWindow)
                return Status(ErrorCode::ParseError,
                              where + "wide_window must be a whole number from 0 to " + std::to_string(kMaxWideWindow));
            h.wideWindow = t["wide_window"].get<int>();
        }
        if (t.contains("pooling")) {
            const std::string pooling = t["pooling"].is_string() ? t["pooling"].get<std::string>() : "";
            if (pooling != "cls" && pooling != "cls+target")
                return Status(ErrorCode::ParseError, where + "pooling must be \"cls\" or \"cls+target\"");
            h.targetPooling = pooling == "cls+target";
        }
        if (std::string why = validateHeadSpec(h); !why.empty())
            return Status(ErrorCode::ParseError, where + why);
        if (!names.insert(h.task).second)
            return Status(ErrorCode::ParseError, where + "task '" + h.task + "' appears twice");
        heads.push_back(std::move(h));
    }
    return heads;
}

} // namespace mizan
