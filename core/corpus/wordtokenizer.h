#pragma once
// Word tokens for task views and statistics: code-point spans of the raw text. The splitter
// is a parameter everywhere it is used, so a smarter segmenter (core/text) can replace the
// default one without touching the task views.
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace mizan {

// [start, end) in code points of the text it was cut from.
struct WordToken {
    std::size_t start = 0;
    std::size_t end = 0;
    bool operator==(const WordToken &o) const { return start == o.start && end == o.end; }
};

// Cuts UTF-8 text into word tokens, in order, non-overlapping, never empty.
using WordSplitter = std::function<std::vector<WordToken>(std::string_view text)>;

// The default splitter: Unicode white space separates tokens and every punctuation or symbol
// character (ICU u_ispunct, general categories S*) is a token of its own, so "جدا." gives
// "جدا" and ".", and "،" and "؟" stand alone. Invalid UTF-8 counts as one character per byte.
std::vector<WordToken> splitWords(std::string_view text);

// The number of words of `text` by the default splitter: the one word count of Mizan (the
// `mizan stats` token count and the Statistics panel's sentence lengths).
std::size_t countWords(std::string_view text);

} // namespace mizan
