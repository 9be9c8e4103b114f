#pragma once
// Shared set-up for the Training / Results / Playground tests: a tiny preset file (seconds per
// run on a CPU) and a tiny built-in model (its vocabulary learned by mizan-vocab) trained with
// core's Trainer on the bundled sample corpus.
#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <string>

#include "common/atomicfile.h"
#include "train/preset.h"
#include "train/trainer.h"

namespace mizan::ui::test {

inline QString sampleCorpus() { return QStringLiteral(MIZAN_RESOURCES_DIR "/sample/hotel_reviews_sample.xml"); }

// A preset with a 1-layer, 32-wide encoder: a step takes milliseconds.
inline TrainPreset tinyPreset()
{
    TrainPreset t;
    t.name = "tiny-test";
    t.layers = 1;
    t.hidden = 32;
    t.heads = 2;
    t.ffn = 64;
    t.vocabSize = 400;
    t.maxLength = 64;
    t.epochs = 50;
    t.batchSize = 4;
    t.encoderLr = 3e-3;
    t.headLr = 3e-3;
    t.warmupRatio = 0.05;
    t.evalEvery = 10;
    return t;
}

inline QString writeTinyPreset(const QString &dir, int evalEvery = 10)
{
    TrainPreset t = tinyPreset();
    t.evalEvery = evalEvery;
    const QString path = QDir(dir).filePath(QStringLiteral("tiny.json"));
    writeFileAtomic(path.toStdString(), presetToJson(t));
    return path;
}

// Trains a tiny model on the sample corpus for `steps` updates into `outDir`; returns the
// usable model folder ("" on failure, with the reason in `error`).
inline QString trainTinyModel(const QString &outDir, std::size_t steps, QString *error = nullptr, std::uint64_t seed = 5)
{
    TrainParams p;
    p.trainCorpora = {sampleCorpus().toStdString()};
    p.devFraction = 0.2;
    p.outDir = outDir.toStdString();
    p.seed = seed;
    p.threads = 1;
    p.preset = tinyPreset();
    p.preset.evalEvery = int(steps);
    p.maxSteps = steps;
    Trainer trainer(p);
    auto summary = trainer.run();
    if (!summary) {
        if (error)
            *error = QString::fromStdString(summary.error());
        return {};
    }
    return QString::fromStdString(summary->modelDir);
}

} // namespace mizan::ui::test
