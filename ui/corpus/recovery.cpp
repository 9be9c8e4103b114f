#include "ui/corpus/recovery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include "common/atomicfile.h"
#include "ui/common/bidi.h"
#include "ui/corpus/issuetext.h"
#include "corpus/corpusio.h"
#include "ui/corpus/corpusdocument.h"

namespace mizan::ui {

namespace {
QString corpusFile(const QString &dir) { return QDir(dir).filePath(QStringLiteral("recovery.jsonl")); }
QString metaFile(const QString &dir) { return QDir(dir).filePath(QStringLiteral("recovery.json")); }
} // namespace

Recovery::Recovery(CorpusDocument *document, const QString &directory, int intervalMs, QObject *parent)
    : QObject(parent), m_document(document), m_directory(directory)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_document->isModified() && m_changedSinceSave && saveNow().isOk())
            m_changedSinceSave = false;
    });
    m_timer.start();
    connect(document, &CorpusDocument::contentChanged, this, [this] { m_changedSinceSave = true; });
    connect(document, &CorpusDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

QString Recovery::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

std::optional<RecoveryInfo> Recovery::find(const QString &directory)
{
    QFile meta(metaFile(directory));
    if (!QFile::exists(corpusFile(directory)) || !meta.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
    RecoveryInfo info;
    info.recoveryFile = corpusFile(directory);
    info.sourcePath = object.value(QStringLiteral("source")).toString();
    info.sourceFormat = static_cast<CorpusFormat>(object.value(QStringLiteral("format")).toInt());
    info.savedAt = object.value(QStringLiteral("savedAt")).toString();
    info.readOnlySource = object.value(QStringLiteral("readOnly")).toBool();
    return info;
}

Result<Corpus> Recovery::load(const RecoveryInfo &info)
{
    ImportOptions options;
    options.format = CorpusFormat::JsonlMizan;
    ImportResult imported = importCorpus(info.recoveryFile.toStdString(), options);
    if (!imported.ok) {
        // Shown in the status bar: in the UI language.
        const QString why = imported.report.issues.empty() ? tr("unreadable")
                                                           : IssueText::located(imported.report.issues.front());
        return Status(ErrorCode::ParseError,
                      tr("recovery file %1: %2").arg(ltr(info.recoveryFile), why).toStdString());
    }
    imported.corpus.sourcePath = info.sourcePath.toStdString();
    imported.corpus.format = info.sourceFormat;
    return std::move(imported.corpus);
}

Status Recovery::saveNow()
{
    if (!QDir().mkpath(m_directory))
        return Status(ErrorCode::IoError, "cannot create " + m_directory.toStdString());
    Status status = exportCorpus(m_document->corpus(), corpusFile(m_directory).toStdString(), CorpusFormat::JsonlMizan);
    if (!status.isOk())
        return status;
    QJsonObject object;
    object.insert(QStringLiteral("source"), m_document->fileName());
    object.insert(QStringLiteral("format"), static_cast<int>(m_document->format()));
    object.insert(QStringLiteral("readOnly"), m_document->isReadOnlySource());
    object.insert(QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate));
    return writeFileAtomic(metaFile(m_directory).toStdString(), QJsonDocument(object).toJson().toStdString());
}

void Recovery::discard()
{
    QFile::remove(corpusFile(m_directory));
    QFile::remove(metaFile(m_directory));
}

} // namespace mizan::ui
