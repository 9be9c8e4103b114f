#pragma once
// Torch-free questions about model folders, for the ui and the CLI: "is this folder a usable
// Hugging Face BERT checkpoint (and if not, why)" and "what does this Mizan checkpoint hold".
// Only JSON files and the safetensors header are read, never the weights.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.h"
#include "model/bertconfig.h"
#include "model/headspec.h"

namespace mizan {

struct HfBertInfo {
    std::string dir;
    BertConfig config;                       // withPooler set from the weights
    std::string weightsFile;                 // dir/model.safetensors
    std::string vocabFile;                   // dir/vocab.txt
    std::vector<std::string> ignoredTensors; // cls.*, position_ids and other extras
};

// Checks that `dir` holds config.json, vocab.txt and model.safetensors whose header has every
// encoder tensor (name variants accepted: with or without "bert.", legacy LayerNorm
// gamma/beta, missing pooler) with the shape the config implies and a float dtype
// (F32/F16/BF16). A folder with only pytorch_model.bin is refused with a message saying how to
// convert it. Errors name the file and the tensor(s) concerned.
Result<HfBertInfo> inspectHfBertDirectory(const std::string &dir);

// Maps a tensor name of a Hugging Face BERT checkpoint to the encoder's parameter name
// ("bert.encoder.layer.0.output.LayerNorm.gamma" -> "encoder.layer.0.output.LayerNorm.weight").
// Returns nothing for tensors that are never part of the encoder (cls.*, position_ids).
std::optional<std::string> canonicalBertTensorName(std::string_view name);

// Every encoder parameter name and shape for `config` (pooler only when config.withPooler),
// in the order the encoder registers them.
std::vector<std::pair<std::string, std::vector<std::int64_t>>> bertTensorShapes(const BertConfig &config);

struct CheckpointInfo {
    std::string dir;
    BertConfig config;
    std::vector<HeadSpec> heads;
    std::string trainingJson;    // training.json text ("{}" when absent)
    bool hasOptimizerState = false;
};

// Reads a Mizan checkpoint folder's config.json, labels.json and training.json and checks that
// model.safetensors exists and its header is valid. Errors name the file.
Result<CheckpointInfo> inspectCheckpointDirectory(const std::string &dir);

} // namespace mizan
