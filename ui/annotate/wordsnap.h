#pragma once
// Snapping a text selection to whole words (what a mouse selection does unless Alt is held).
#include <QString>

#include <utility>

namespace mizan::ui {

// True for characters that belong to a word: letters, digits and combining marks (so Arabic
// diacritics stay with their letter).
bool isWordChar(QChar c);

// The UTF-16 range [start, end) grown to whole words: white space at both ends is dropped,
// then the start moves back to the start of its word and the end forward to the end of its
// word. A selection of only white space or punctuation comes back unchanged (trimmed).
std::pair<int, int> snapToWords(const QString &text, int start, int end);

} // namespace mizan::ui
