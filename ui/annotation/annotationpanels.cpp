#include "ui/annotation/annotationpanels.h"

#include <QCoreApplication>

#include "ui/annotation/annotatenextpanel.h"
#include "ui/annotation/comparepanel.h"
#include "ui/mainwindow/panelregistry.h"

namespace mizan::ui {

void registerAnnotationPanels()
{
    PanelRegistry::add({QStringLiteral("annotate-next"),
                        [] { return QCoreApplication::translate("Panels", "Annotate next"); }, Qt::RightDockWidgetArea,
                        [](StudioContext &c) { return new AnnotateNextPanel(c.document, c.window); }, false});
    PanelRegistry::add({QStringLiteral("compare-annotators"),
                        [] { return QCoreApplication::translate("Panels", "Compare annotators"); },
                        Qt::BottomDockWidgetArea,
                        [](StudioContext &c) { return new ComparePanel(c.document, c.window); }, false});
}

} // namespace mizan::ui
