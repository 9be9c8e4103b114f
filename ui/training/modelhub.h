#pragma once
// Where panels meet about models without knowing each other: the Training panel announces a
// run's best model; the Playground loads the one chosen; the Results panel offers every
// announced model for evaluation. One instance per application.
#include <QObject>
#include <QString>
#include <QStringList>

namespace mizan::ui {

class ModelHub : public QObject {
    Q_OBJECT
public:
    static ModelHub *instance();

    // Models known in this session (most recent first).
    QStringList models() const { return m_models; }
    // Adds a model folder to the known list (no signal when already first).
    void announce(const QString &modelDir);
    // Asks the Playground to load `modelDir` (and announces it).
    void openInPlayground(const QString &modelDir);
    // Asks the Results panel to evaluate `modelDir` (and announces it).
    void evaluate(const QString &modelDir);

Q_SIGNALS:
    void modelsChanged();
    void playgroundRequested(const QString &modelDir);
    void evaluationRequested(const QString &modelDir);

private:
    using QObject::QObject;
    QStringList m_models;
};

} // namespace mizan::ui
