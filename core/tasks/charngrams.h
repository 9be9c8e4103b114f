#pragma once
// Hashed character n-gram features of each model token, for models whose encoder adds
// character n-gram embeddings to the token embeddings (BertConfig::charNgramBuckets): they
// give a from-scratch encoder the spelling of every piece and of the whitespace word it sits
// in, so rare and unseen words share features with known ones. Torch-free.
#include <cstdint>
#include <string_view>
#include <vector>

#include "tokenize/encoding.h"

namespace mizan {

// One bag of bucket ids (< buckets) per position of `offsets` (code-point ranges into the
// UTF-8 `text`); empty ranges (special tokens) get an empty bag. The features of a piece: its
// feature form (tashkeel and tatweel dropped, alef/yeh/teh marbuta folded), its character
// 2-4-grams with word-boundary marks, and the form, 2/3-letter prefix and suffix of the
// whitespace word that holds it; then the linear baseline's features of the unit that holds
// the piece (baseline/featurehasher.h: its form, n-grams, neighbours, bigrams, place, shape).
std::vector<std::vector<std::int64_t>> charNgramBags(std::string_view text, const std::vector<CharRange> &offsets,
                                                     std::int64_t buckets);

} // namespace mizan
