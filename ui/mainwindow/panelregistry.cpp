#include "ui/mainwindow/panelregistry.h"

#include <algorithm>

namespace mizan::ui {

std::vector<PanelSpec> &PanelRegistry::storage()
{
    static std::vector<PanelSpec> specs;
    return specs;
}

void PanelRegistry::add(PanelSpec spec)
{
    auto &specs = storage();
    auto it = std::find_if(specs.begin(), specs.end(), [&](const PanelSpec &s) { return s.id == spec.id; });
    if (it != specs.end())
        *it = std::move(spec);
    else
        specs.push_back(std::move(spec));
}

const std::vector<PanelSpec> &PanelRegistry::panels() { return storage(); }

} // namespace mizan::ui
