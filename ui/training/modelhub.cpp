#include "ui/training/modelhub.h"

#include <QCoreApplication>
#include <QDir>

namespace mizan::ui {

ModelHub *ModelHub::instance()
{
    // Parented to the application so it goes away with it; created on first use.
    static ModelHub *hub = new ModelHub(QCoreApplication::instance());
    return hub;
}

void ModelHub::announce(const QString &modelDir)
{
    const QString dir = QDir::cleanPath(modelDir);
    if (dir.isEmpty() || (!m_models.isEmpty() && m_models.front() == dir))
        return;
    m_models.removeAll(dir);
    m_models.prepend(dir);
    Q_EMIT modelsChanged();
}

void ModelHub::openInPlayground(const QString &modelDir)
{
    announce(modelDir);
    Q_EMIT playgroundRequested(QDir::cleanPath(modelDir));
}

void ModelHub::evaluate(const QString &modelDir)
{
    announce(modelDir);
    Q_EMIT evaluationRequested(QDir::cleanPath(modelDir));
}

} // namespace mizan::ui
