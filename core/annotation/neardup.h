#pragma once
// Near-duplicate detection by hashed character n-gram sets (Jaccard similarity), so a batch
// of sentences to annotate is not ten copies of the same complaint.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mizan {

// Sorted, distinct 64-bit hashes of the character `n`-grams of `text` (code points; spaces
// collapsed, Arabic diacritics and tatweel dropped, Latin lower-cased). A text shorter than
// `n` gives one hash of the whole text; an empty one gives none.
std::vector<std::uint64_t> ngramSignature(const std::string &text, std::size_t n = 4);

// |a ∩ b| / |a ∪ b| of two sorted signatures (1 when both are empty).
double jaccard(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b);

// Walks `order` (candidate indices, best first) and keeps at most `count` of them, skipping
// any whose signature has Jaccard similarity >= `threshold` with one already kept.
// threshold >= 1 keeps exact-signature duplicates out only; > 1 disables the step.
std::vector<std::size_t> pickDiverse(const std::vector<std::size_t> &order,
                                     const std::vector<std::vector<std::uint64_t>> &signatures, std::size_t count,
                                     double threshold);

} // namespace mizan
