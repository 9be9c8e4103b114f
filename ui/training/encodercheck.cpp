#include "ui/training/encodercheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "model/modeldir.h"
#include "ui/common/bidi.h"

namespace mizan::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mizan::ui", text); }

} // namespace

EncoderCheck checkEncoderFolder(const QString &dir)
{
    if (dir.isEmpty())
        return {false, tr("No folder chosen.")};
    if (!QFileInfo(dir).isDir())
        return {false, tr("%1 is not a folder.").arg(ltr(QDir::toNativeSeparators(dir)))};
    const QDir d(dir);
    QStringList missing;
    for (const char *name : {"config.json", "vocab.txt", "model.safetensors"})
        if (!d.exists(QLatin1String(name)))
            missing << QLatin1String(name);
    if (missing.contains(QStringLiteral("model.safetensors")) && d.exists(QStringLiteral("pytorch_model.bin")))
        return {false, tr("Only pytorch_model.bin (a pickle file, never loaded: it can run code) is present. "
                          "Convert it to model.safetensors, e.g. with transformers: "
                          "AutoModel.from_pretrained(dir).save_pretrained(dir, safe_serialization=True).")};
    if (!missing.isEmpty())
        return {false, tr("Missing in %1: %2.").arg(ltr(QDir::toNativeSeparators(dir)), missing.join(QStringLiteral(", ")))};
    Result<HfBertInfo> info = inspectHfBertDirectory(dir.toStdString());
    if (!info)
        return {false, QString::fromStdString(info.error())};
    const BertConfig &c = info->config;
    return {true, tr("BERT: %1 layers, hidden size %2, %3 heads, vocabulary of %4.")
                      .arg(c.numLayers)
                      .arg(c.hiddenSize)
                      .arg(c.numHeads)
                      .arg(c.vocabSize)};
}

} // namespace mizan::ui
