#pragma once
// Mizan checkpoint folders and Hugging Face export. INTERNAL to core (torch); the torch-free
// inspection is in modeldir.h.
//
// A checkpoint folder holds: model.safetensors (encoder "bert.*" + heads "heads.<task>.*"),
// config.json (HF BERT config), labels.json (head specs), training.json (free JSON from the
// trainer), the tokenizer files it was given, and optionally optimizer.safetensors (AdamW
// state by parameter name, for resume).
#include <torch/torch.h>

#include <map>
#include <string>

#include "common/result.h"
#include "model/modeldir.h"
#include "model/multitaskmodel.h"

namespace mizan {

struct CheckpointFiles {
    std::map<std::string, std::string> tokenizerFiles;  // file name -> content (vocab.txt, ...)
    std::string trainingJson = "{}";                    // metrics, settings, step
    // Extra safetensors files written with the checkpoint (e.g. the trainer's weight average
    // "ema.safetensors"): file name -> tensors.
    std::map<std::string, std::map<std::string, torch::Tensor>> tensorFiles;
};

// Writes the checkpoint into `dir` atomically: everything goes into a temporary sibling folder
// that is renamed over `dir` only when complete (an existing `dir` is replaced). With
// `optimizer`, its AdamW state is saved too. Fails with IoError/InvalidArgument naming the path.
Status saveCheckpoint(const std::string &dir, MultitaskModelImpl &model, const CheckpointFiles &files,
                      const torch::optim::AdamW *optimizer = nullptr);

struct LoadedCheckpoint {
    MultitaskModel model{nullptr};
    CheckpointInfo info;
    CheckpointFiles files;
};

// Loads a checkpoint onto `device` (model in eval mode). Errors name the file and tensor.
Result<LoadedCheckpoint> loadCheckpoint(const std::string &dir, const torch::Device &device);

// Restores the AdamW state saved with the checkpoint in `dir` into `optimizer`, whose
// parameters must be `model`'s (matched by name). Fails with NotFound when there is none.
Status loadOptimizerState(const std::string &dir, MultitaskModelImpl &model, torch::optim::AdamW &optimizer);

// Writes the encoder in Hugging Face layout (config.json with BertModel, model.safetensors
// without the "bert." prefix, and the tokenizer files) so transformers' BertModel loads it.
// Atomic like saveCheckpoint().
Status exportHfEncoder(const std::string &dir, MultitaskModelImpl &model,
                       const std::map<std::string, std::string> &tokenizerFiles);

} // namespace mizan
