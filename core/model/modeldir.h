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
#include "model/hffolder.h"

namespace mizan {

struct HfBertInfo {
    std::string dir;
    BertConfig config;                       // withPooler set from the weights
    std::string weightsFile;                 // the weights file, or the shard index, for messages
    std::vector<std::string> weightsFiles;   // every file holding tensors
    std::string format;                      // "safetensors", "PyTorch checkpoint", "sharded ..."
    std::string vocabFile;                   // dir/vocab.txt
    HfTokenizerInfo tokenizer;               // lower-casing, family, Farasa vocabulary
    std::int64_t parameters = 0;             // elements of the encoder tensors
    std::vector<std::string> ignoredTensors; // cls.*, position_ids and other extras
    bool pretrainingHeads = false;           // cls.* (BertForMaskedLM / BertForPreTraining) present
};

// Checks that `dir` holds config.json, vocab.txt and weights (findHfWeightsFiles: safetensors
// or a torch.save checkpoint, possibly sharded) with every encoder tensor (name variants
// accepted: with or without "bert.", a {"state_dict": ...} wrapper, legacy LayerNorm
// gamma/beta, missing pooler) of the shape the config implies and a float dtype
// (F32/F16/BF16/F64). Only headers and pickles are read, never the tensor data; pickles are
// read by the restricted unpickler (nothing executed). Errors name the file and the tensor(s).
Result<HfBertInfo> inspectHfBertDirectory(const std::string &dir);

// What a user should know about an encoder folder, one line each: the pre-training heads that
// are ignored (said once), tokenizer defaults taken because tokenizer_config.json is missing,
// a Farasa-segmented vocabulary (warning).
std::vector<std::string> hfEncoderNotes(const HfBertInfo &info);

// "PyTorch checkpoint, MARBERT, 12 layers, vocabulary 100000, 135.2 M parameters, lower-cased".
std::string hfEncoderSummary(const HfBertInfo &info);

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
