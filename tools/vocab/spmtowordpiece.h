#pragma once
// Turns SentencePiece pieces into a WordPiece vocabulary (the way QARiB built its BERT vocab).
#include <string>
#include <vector>

namespace mizan::vocabtool {

// `pieces` in SentencePiece id order, control and unknown pieces already left out. A piece
// starting with U+2581 (word start) becomes the plain word-initial form, any other piece the
// "##" continuation form. Returns [PAD] [UNK] [CLS] [SEP] [MASK] first, then the converted
// pieces without duplicates, then every single character seen that still lacks its plain or
// "##" form, so no word made of known characters can become [UNK].
std::vector<std::string> spmPiecesToWordPiece(const std::vector<std::string> &pieces);

} // namespace mizan::vocabtool
