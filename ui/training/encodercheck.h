#pragma once
// Validates an encoder folder chosen in the Training panel, on the spot, without loading
// weights (core's inspectHfBertDirectory reads only JSON and the safetensors header).
#include <QString>

namespace mizan::ui {

struct EncoderCheck {
    bool ok = false;
    QString summary;  // ok: "BERT, 12 layers, hidden 768, vocabulary 64000"; else what is wrong
};

// Checks `dir` for config.json, vocab.txt and model.safetensors with every encoder tensor; a
// folder with only pytorch_model.bin (pickle) is refused with how to convert it.
EncoderCheck checkEncoderFolder(const QString &dir);

} // namespace mizan::ui
