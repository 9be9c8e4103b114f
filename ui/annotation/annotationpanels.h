#pragma once
// Registers the "Annotate next" (active learning) and "Compare annotators" docks with the main
// window's PanelRegistry. Called by registerStudioPanels().
namespace mizan::ui {

void registerAnnotationPanels();

} // namespace mizan::ui
