#pragma once
// The output of the WordPiece tokenizer: pieces with their code-point ranges in the raw text,
// and model inputs ([CLS] a [SEP] (b [SEP])) ready to become tensors.
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace mizan {

// A half-open code-point range [start, end) into the raw (un-normalised) UTF-8 text.
struct CharRange {
    std::size_t start = 0;
    std::size_t end = 0;
    bool operator==(const CharRange &o) const { return start == o.start && end == o.end; }
    bool operator!=(const CharRange &o) const { return !(*this == o); }
};

// For test failure messages: "[start, end)".
inline std::ostream &operator<<(std::ostream &os, const CharRange &r)
{
    return os << '[' << r.start << ", " << r.end << ')';
}

// One WordPiece token of one text.
struct Token {
    std::string text;       // the vocabulary piece, e.g. "الفندق", "##ات", "[UNK]"
    std::int64_t id = 0;    // its vocabulary id
    CharRange range;        // code points of the raw text it came from
    int wordIndex = -1;     // index of the basic (whitespace/punctuation-split) word it belongs to
};

// Model inputs for one text or one text pair. All vectors have the same length.
// Special tokens ([CLS], [SEP], [PAD]) have range {0, 0}, wordIndex -1 and sequence -1.
struct Encoding {
    std::vector<std::int64_t> inputIds;
    std::vector<std::int64_t> tokenTypeIds;   // 0 for "[CLS] a [SEP]", 1 for "b [SEP]"
    std::vector<std::int64_t> attentionMask;  // 1 real token, 0 padding
    std::vector<std::string> tokens;          // vocabulary strings of inputIds
    std::vector<CharRange> offsets;           // range in the raw text of its own sequence
    std::vector<int> wordIds;                 // basic-word index within its sequence, or -1
    std::vector<int> sequenceIds;             // 0 first text, 1 second text, -1 special/pad

    std::size_t size() const { return inputIds.size(); }
};

} // namespace mizan
