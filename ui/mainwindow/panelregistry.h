#pragma once
// The registration point for dock panels. MainWindow creates one dock per registered panel,
// so a new panel (Training, Results, Playground...) is added by registering it before the
// window is built, without touching MainWindow:
//
//   mizan::ui::PanelRegistry::add({QStringLiteral("training"),
//       [] { return QCoreApplication::translate("Panels", "Training"); },
//       Qt::BottomDockWidgetArea,
//       [](mizan::ui::StudioContext &context) { return new TrainingPanel(context.document); }});
//
// The Train action raises the panel registered under the id "training".
#include <QString>
#include <Qt>

#include <functional>
#include <vector>

class QWidget;

namespace mizan::ui {

class CorpusDocument;
class MainWindow;

// What a panel may use: the window (to open sentences, show messages) and the open corpus.
struct StudioContext {
    MainWindow *window = nullptr;
    CorpusDocument *document = nullptr;
};

struct PanelSpec {
    QString id;                            // dock objectName; unique
    std::function<QString()> title;        // called again on language change
    Qt::DockWidgetArea area = Qt::BottomDockWidgetArea;
    std::function<QWidget *(StudioContext &)> create;  // the dock takes ownership
    bool visibleByDefault = true;
};

class PanelRegistry {
public:
    // Registers a panel (a second spec with the same id replaces the first).
    static void add(PanelSpec spec);
    static const std::vector<PanelSpec> &panels();

private:
    static std::vector<PanelSpec> &storage();
};

} // namespace mizan::ui
