#pragma once
// Where the user guide (docs/guide.md) is: installed beside the other resources
// (share/mizan/guide/), else the source tree's docs/ (a build run in place).
#include <QString>
#include <QUrl>

namespace mizan::ui {

// The guide's file URL, at `anchor` (a heading's GitHub-style id) when given; an empty URL
// when no guide is found.
QUrl guideUrl(const QString &anchor = {});

} // namespace mizan::ui
