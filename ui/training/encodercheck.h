#pragma once
// Validates an encoder folder chosen in the Training panel, on the spot, without loading
// weights (core's inspectHfBertDirectory reads only JSON, vocab.txt and the safetensors header
// or the PyTorch checkpoint's pickle, through its restricted unpickler).
#include <QString>

namespace mizan::ui {

struct EncoderCheck {
    bool ok = false;
    QString summary;  // ok: what was found (and warnings); else what is wrong
    QString format;   // "safetensors", "PyTorch checkpoint", "sharded ..."
    QString family;   // "MARBERT", "QARiB", "AraBERT v2 (Farasa)", "BERT", ...
    qint64 vocabSize = 0;
    qint64 layers = 0;
    qint64 parameters = 0;
    bool lowerCase = false;
    bool farasa = false;  // Farasa-segmented vocabulary: warn that unsegmented text tokenizes poorly
};

// Checks `dir` for config.json, vocab.txt and weights (model.safetensors, pytorch_model.bin or
// their sharded index) with every encoder tensor.
EncoderCheck checkEncoderFolder(const QString &dir);

} // namespace mizan::ui
