#include "ui/training/studiopanels.h"

#include <QCoreApplication>

#include "ui/annotation/annotationpanels.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/panelregistry.h"
#include "ui/playground/playgroundpanel.h"
#include "ui/results/resultspanel.h"
#include "ui/training/trainingpanel.h"

namespace mizan::ui {

void registerStudioPanels()
{
    PanelRegistry::add({QStringLiteral("training"), [] { return QCoreApplication::translate("Panels", "Training"); },
                        Qt::BottomDockWidgetArea,
                        [](StudioContext &context) {
                            auto *panel = new TrainingPanel(context.document);
                            panel->watchWindow(context.window);
                            return panel;
                        },
                        true});
    PanelRegistry::add({QStringLiteral("results"), [] { return QCoreApplication::translate("Panels", "Results"); },
                        Qt::BottomDockWidgetArea,
                        [](StudioContext &context) { return new ResultsPanel(context.document, context.window); },
                        true});
    PanelRegistry::add({QStringLiteral("playground"),
                        [] { return QCoreApplication::translate("Panels", "Playground"); }, Qt::BottomDockWidgetArea,
                        [](StudioContext &context) {
                            auto *panel = new PlaygroundPanel(context.document, context.window);
                            panel->restoreModel();  // the last model used, else the shipped default
                            return panel;
                        },
                        true});
    registerAnnotationPanels();
}

} // namespace mizan::ui
