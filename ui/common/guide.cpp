#include "ui/common/guide.h"

#include <QFileInfo>

#include "common/resources.h"

namespace mizan::ui {

QUrl guideUrl(const QString &anchor)
{
    QString path = QString::fromStdString(findResource("guide/guide.md"));
    if (path.isEmpty() && QFileInfo::exists(QStringLiteral(MIZAN_SOURCE_DOCS_DIR "/guide.md")))
        path = QStringLiteral(MIZAN_SOURCE_DOCS_DIR "/guide.md");
    if (path.isEmpty())
        return {};
    QUrl url = QUrl::fromLocalFile(path);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

} // namespace mizan::ui
