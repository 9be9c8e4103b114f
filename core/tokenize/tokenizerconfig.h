#pragma once
// Settings of a Hugging Face BertTokenizer, as stored in tokenizer_config.json.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"

namespace mizan {

struct TokenizerConfig {
    bool doLowerCase = true;                 // HF's default; also NFD + accent stripping
    std::optional<bool> stripAccents;        // unset: follow doLowerCase (HF strip_accents=None)
    bool tokenizeChineseChars = true;        // spaces around CJK ideographs
    bool doBasicTokenize = true;             // false: WordPiece on whitespace-split text only
    std::vector<std::string> neverSplit;     // words kept whole by the basic tokenizer
    std::vector<std::string> addedTokens;    // extra no-split tokens (added_tokens_decoder)
    std::string unkToken = "[UNK]";
    std::string sepToken = "[SEP]";
    std::string padToken = "[PAD]";
    std::string clsToken = "[CLS]";
    std::string maskToken = "[MASK]";
    std::size_t maxInputCharsPerWord = 100;  // longer words become [UNK]
    std::size_t modelMaxLength = 512;        // model_max_length / max_len (HF's 1e30
                                             // "no limit" keeps this default)

    // True when accents are stripped (NFD + removal of category Mn), following HF's rule.
    bool effectiveStripAccents() const { return stripAccents.value_or(doLowerCase); }
};

// Parses tokenizer_config.json text. Unknown keys are ignored; a missing key keeps the
// default above. `sourceName` names the file in error messages. Fails with ParseError naming
// the file, line and column for invalid JSON, or the key whose value has the wrong type.
Result<TokenizerConfig> parseTokenizerConfig(const std::string &json, const std::string &sourceName);

// Reads and parses a tokenizer_config.json file. Fails with IoError when unreadable, or as
// parseTokenizerConfig does.
Result<TokenizerConfig> loadTokenizerConfig(const std::string &path);

// Serialises `config` as a tokenizer_config.json that Hugging Face's BertTokenizer reads.
std::string tokenizerConfigToJson(const TokenizerConfig &config);

} // namespace mizan
