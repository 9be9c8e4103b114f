#pragma once
// The runs the Training panel remembers: when, with what settings, how far, the best metrics
// and where the best model is. Stored as JSON (runs.json in the application data folder),
// written atomically after every change.
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVector>

#include <nlohmann/json.hpp>

namespace mizan::ui {

struct RunRecord {
    QString id;           // the start time, ISO 8601; unique within the list
    QDateTime started;
    nlohmann::json settings = nlohmann::json::object();     // encoder, preset, tasks, epochs, lr...
    nlohmann::json bestMetrics = nlohmann::json::object();  // task -> metric -> value at the best step
    double bestScore = 0;
    qint64 bestStep = 0;
    qint64 steps = 0;
    QString stopReason;  // "" while running, else stopReasonName()/"failed"
    QString outDir;      // the run's output folder
    QString modelDir;    // its best (or last usable) model, "" until one exists
};

class RunHistory : public QObject {
    Q_OBJECT
public:
    // `file`: where the list lives; empty: <AppDataLocation>/runs.json.
    explicit RunHistory(const QString &file = {}, QObject *parent = nullptr);

    const QVector<RunRecord> &runs() const { return m_runs; }
    // Adds a run at the front, or replaces the run with the same id; then saves.
    void upsert(const RunRecord &run);
    void remove(const QString &id);
    // The run with that id, or nullptr.
    const RunRecord *find(const QString &id) const;
    QString fileName() const { return m_file; }
    // The last save's problem, "" when fine.
    QString lastError() const { return m_error; }

    static nlohmann::json toJson(const RunRecord &run);
    static RunRecord fromJson(const nlohmann::json &j);

Q_SIGNALS:
    void changed();

private:
    void load();
    void save();

    QString m_file;
    QString m_error;
    QVector<RunRecord> m_runs;
};

} // namespace mizan::ui
