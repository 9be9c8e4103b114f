#include "ui/training/runhistory.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "common/atomicfile.h"

namespace mizan::ui {

namespace {

constexpr int kMaxRuns = 200;

std::string str(const QString &s) { return s.toStdString(); }
QString qstr(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

RunHistory::RunHistory(const QString &file, QObject *parent) : QObject(parent), m_file(file)
{
    if (m_file.isEmpty())
        m_file = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath(QStringLiteral("runs.json"));
    load();
}

nlohmann::json RunHistory::toJson(const RunRecord &r)
{
    return {{"id", str(r.id)},
            {"started", str(r.started.toString(Qt::ISODate))},
            {"settings", r.settings},
            {"best_metrics", r.bestMetrics},
            {"best_score", r.bestScore},
            {"best_step", r.bestStep},
            {"steps", r.steps},
            {"stop_reason", str(r.stopReason)},
            {"out_dir", str(r.outDir)},
            {"model_dir", str(r.modelDir)}};
}

RunRecord RunHistory::fromJson(const nlohmann::json &j)
{
    RunRecord r;
    r.id = qstr(j, "id");
    r.started = QDateTime::fromString(qstr(j, "started"), Qt::ISODate);
    r.settings = j.value("settings", nlohmann::json::object());
    r.bestMetrics = j.value("best_metrics", nlohmann::json::object());
    r.bestScore = j.value("best_score", 0.0);
    r.bestStep = j.value("best_step", qint64(0));
    r.steps = j.value("steps", qint64(0));
    r.stopReason = qstr(j, "stop_reason");
    r.outDir = qstr(j, "out_dir");
    r.modelDir = qstr(j, "model_dir");
    return r;
}

void RunHistory::load()
{
    m_runs.clear();
    if (!QFileInfo::exists(m_file))
        return;
    auto text = readFile(str(m_file));
    if (!text) {
        m_error = QString::fromStdString(text.error());
        return;
    }
    // A damaged list is not fatal: the runs themselves are folders on disk.
    const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("runs") || !j["runs"].is_array()) {
        m_error = tr("%1 is not a run list; starting a new one.").arg(m_file);
        return;
    }
    for (const auto &run : j["runs"])
        if (run.is_object())
            m_runs.push_back(fromJson(run));
}

void RunHistory::save()
{
    nlohmann::json runs = nlohmann::json::array();
    for (const RunRecord &r : std::as_const(m_runs))
        runs.push_back(toJson(r));
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    const Status st = writeFileAtomic(str(m_file), nlohmann::json{{"version", 1}, {"runs", runs}}.dump(2) + "\n");
    m_error = st ? QString() : QString::fromStdString(st.message());
}

void RunHistory::upsert(const RunRecord &run)
{
    auto it = std::find_if(m_runs.begin(), m_runs.end(), [&](const RunRecord &r) { return r.id == run.id; });
    if (it != m_runs.end())
        *it = run;
    else
        m_runs.prepend(run);
    while (m_runs.size() > kMaxRuns)
        m_runs.removeLast();
    save();
    Q_EMIT changed();
}

void RunHistory::remove(const QString &id)
{
    m_runs.erase(std::remove_if(m_runs.begin(), m_runs.end(), [&](const RunRecord &r) { return r.id == id; }),
                 m_runs.end());
    save();
    Q_EMIT changed();
}

const RunRecord *RunHistory::find(const QString &id) const
{
    for (const RunRecord &r : m_runs)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace mizan::ui
