#pragma once
// Registers the Training, Results and Playground docks with the main window's PanelRegistry.
// Call once before the MainWindow is built (mizan-studio's main, ui tests).
namespace mizan::ui {

void registerStudioPanels();

} // namespace mizan::ui
