#pragma once
// Word-level labels <-> WordPiece token labels. A word's label goes to its FIRST sub-token;
// its other sub-tokens, special tokens and padding get the ignore index (left out of the loss).
// Words are code-point ranges in the raw text of the encoding's first sequence.
#include <cstdint>
#include <vector>

#include "common/ignorelabel.h"
#include "tokenize/encoding.h"

namespace mizan {

// For each position of `enc`: the index of the word in `words` whose range contains the
// token's first code point (first sequence only), or -1. Words must not overlap.
std::vector<int> tokenWordIndices(const Encoding &enc, const std::vector<CharRange> &words);

// Per-position labels: wordLabels[w] at the first token of word w, `ignore` elsewhere.
// A word with no token (e.g. only control characters, or truncated away) is skipped.
// wordLabels.size() must equal words.size(); otherwise every position gets `ignore`.
std::vector<std::int64_t> alignLabelsToTokens(const Encoding &enc, const std::vector<CharRange> &words,
                                              const std::vector<std::int64_t> &wordLabels,
                                              std::int64_t ignore = kIgnoreLabel);

// Back from per-position predictions (size enc.size()) to one label per word: the label at
// the word's first token, or `missing` for a word that has no token.
std::vector<std::int64_t> tokenLabelsToWords(const Encoding &enc, const std::vector<CharRange> &words,
                                             const std::vector<std::int64_t> &tokenLabels,
                                             std::int64_t missing);

} // namespace mizan
