#pragma once
// INTERNAL to core/train: what the trainer and the pre-trainer both build before a built-in
// encoder exists: its tokenizer (read from a folder, or a vocabulary learned from the text it
// will see) and its BertConfig from the preset. Failures are thrown as JobError.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/bertconfig.h"
#include "tasks/pieceencoder.h"
#include "tokenize/wordpiece.h"
#include "train/preset.h"

namespace mizan {

struct TokenizerFolder {
    std::unique_ptr<WordPieceTokenizer> tokenizer;
    // vocab.txt, tokenizer_config.json and special_tokens_map.json as present: saved with the model.
    std::map<std::string, std::string> files;
};

// Loads the Hugging Face tokenizer folder `dir` and keeps its files.
TokenizerFolder loadTokenizerFolder(const std::string &dir);

struct VocabLearning {
    std::string textPath;   // where the pre-tokenized text is written (its folder is created)
    std::string vocabDir;   // where mizan-vocab writes the vocabulary
    std::size_t vocabSize = 0;
    std::size_t maxSentences = 0;  // 0: every line; else mizan-vocab's seeded sample
};

// Learns a WordPiece vocabulary from `texts`, each pre-tokenized as the encoder will see it
// (`text`'s normaliser and clitic splitting), and loads it from how.vocabDir.
TokenizerFolder learnVocabulary(const std::vector<std::string> &texts, const PieceEncoderOptions &text,
                                const VocabLearning &how);

// The built-in encoder's config: the preset's sizes and dropout over the tokenizer's
// vocabulary, with the preset's character n-gram buckets (none when not positive).
BertConfig builtinEncoderConfig(const TrainPreset &preset, const WordPieceTokenizer &tokenizer);

} // namespace mizan
