#include "ui/training/encodercheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "model/modeldir.h"
#include "ui/common/bidi.h"

namespace mizan::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mizan::ui", text); }

// A folder that cannot be used, and why.
EncoderCheck unusable(const QString &why)
{
    EncoderCheck out;
    out.summary = why;
    return out;
}

} // namespace

EncoderCheck checkEncoderFolder(const QString &dir)
{
    if (dir.isEmpty())
        return unusable(tr("No folder chosen."));
    if (!QFileInfo(dir).isDir())
        return unusable(tr("%1 is not a folder.").arg(ltr(QDir::toNativeSeparators(dir))));
    const QDir d(dir);
    QStringList missing;
    for (const char *name : {"config.json", "vocab.txt"})
        if (!d.exists(QLatin1String(name)))
            missing << QLatin1String(name);
    if (!missing.isEmpty())
        return unusable(
            tr("Missing in %1: %2.").arg(ltr(QDir::toNativeSeparators(dir)), missing.join(QStringLiteral(", "))));
    // Reads only JSON, vocab.txt, the safetensors header or the checkpoint's pickle (restricted:
    // nothing in it is executed), never the weights themselves.
    Result<HfBertInfo> info = inspectHfBertDirectory(dir.toStdString());
    if (!info)
        return unusable(QString::fromStdString(info.error()));
    const BertConfig &c = info->config;
    EncoderCheck out;
    out.ok = true;
    out.format = QString::fromStdString(info->format);
    out.family = QString::fromStdString(info->tokenizer.family);
    out.vocabSize = c.vocabSize;
    out.layers = c.numLayers;
    out.parameters = info->parameters;
    out.lowerCase = info->tokenizer.lowerCase;
    out.farasa = info->tokenizer.farasaVocab;
    out.summary = tr("%1, %2: %3 layers, hidden size %4, %5 heads, vocabulary of %6, %7 M parameters, %8.")
                      .arg(out.format, out.family)
                      .arg(c.numLayers)
                      .arg(c.hiddenSize)
                      .arg(c.numHeads)
                      .arg(c.vocabSize)
                      .arg(static_cast<double>(info->parameters) / 1e6, 0, 'f', 1)
                      .arg(out.lowerCase ? tr("lower-cased") : tr("case kept"));
    if (info->pretrainingHeads)
        out.summary += QLatin1Char(' ') + tr("The pre-training heads (cls.*) are ignored.");
    if (!info->tokenizer.hasConfig)
        out.summary += QLatin1Char(' ') + tr("No tokenizer_config.json: Hugging Face's defaults apply (lower-casing).");
    if (out.farasa)
        out.summary += QLatin1Char(' ') + tr("Warning: this vocabulary is Farasa-segmented (AraBERT v2); text that is "
                                             "not segmented by Farasa first will be tokenized poorly.");
    return out;
}

} // namespace mizan::ui
