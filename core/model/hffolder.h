#pragma once
// Where a Hugging Face model folder keeps its weights and how its tokenizer is set up, as
// users download them from the hub: model.safetensors, pytorch_model.bin (torch.save), or
// either sharded with an *.index.json; tokenizer_config.json present or not (HF's defaults);
// AraBERT v2's Farasa-segmented vocabularies. Torch-free; reads JSON and vocab.txt only.
#include <string>
#include <vector>

#include "common/result.h"

namespace mizan {

struct HfWeightsFiles {
    std::string primary;              // the file named in messages: the weights file or the index
    std::vector<std::string> files;   // the files holding tensors (shards in index order)
    std::string format;               // "safetensors" or "PyTorch checkpoint" ("sharded ..." when indexed)
};

// Picks the weights of `dir`: model.safetensors, model.safetensors.index.json,
// pytorch_model.bin, pytorch_model.bin.index.json (first found). Fails with NotFound saying
// what is there instead (tf_model.h5 / flax_model.msgpack only: Unsupported, what to do) and
// with ParseError naming the index file when its weight_map is malformed or names a shard
// outside the folder.
Result<HfWeightsFiles> findHfWeightsFiles(const std::string &dir);

struct HfTokenizerInfo {
    bool hasConfig = false;   // tokenizer_config.json present
    bool lowerCase = true;    // do_lower_case (HF's default when absent); strips accents, hamza and madda
    bool farasaVocab = false; // vocab.txt has Farasa affix pieces ("ال+", "+ه"): AraBERT v2
    std::int64_t vocabLines = 0;
    std::string family;       // "AraBERT v2 (Farasa)", "MARBERT", "QARiB", "CAMeLBERT", "AraBERT" or "BERT"
};

// Reads tokenizer_config.json (when present) and vocab.txt of `dir`. The family is a best
// guess from the folder name, config.json's "_name_or_path" and the vocabulary.
Result<HfTokenizerInfo> inspectHfTokenizer(const std::string &dir);

// The warning for a Farasa vocabulary, shown by the CLI and the Training panel.
std::string farasaWarning(const std::string &dir);

} // namespace mizan
