#pragma once
// Exporting a trained model for use elsewhere. Torch-free header.
#include <string>

#include "common/result.h"

namespace mizan {

// Writes the encoder of the model in `modelDir` (a checkpoint, or a training output folder)
// to `outDir` in `format`. "hf": Hugging Face BERT layout (config.json, model.safetensors,
// vocab.txt, tokenizer_config.json) that transformers' BertModel loads; the task heads are
// not part of it (their labels go to mizan_heads.json for reference). Atomic; fails with
// Unsupported for another format, NotFound/ParseError naming the file for a bad model.
Status exportModel(const std::string &modelDir, const std::string &format, const std::string &outDir);

} // namespace mizan
