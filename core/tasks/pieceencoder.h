#pragma once
// Raw text -> WordPiece tokens whose ranges are code points of the RAW text, through the
// normaliser (offset map) and, optionally, clitic splitting, so that token boundaries can
// fall inside a whitespace word ("والخدمة" -> و | الخدمة) where SemEval targets often start.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "tokenize/encoding.h"
#include "tokenize/wordpiece.h"

namespace mizan {

struct PieceEncoderOptions {
    std::string normalizer = "light";  // NormalizerOptions preset name
    bool splitClitics = true;          // tokenize the segmenter's clitics and hosts apart
    // Character n-gram buckets of the model (BertConfig::charNgramBuckets; 0: none). Not
    // stored with the text settings: always taken from the model's config.json.
    std::int64_t charNgramBuckets = 0;
    // Tagging: only the first piece of each unit (word, or clitic-split part of one) carries a
    // BIO label; "##" continuation pieces are skipped by the loss and the CRF and join the
    // span of the piece before them, so a predicted span never starts or ends mid-unit.
    bool firstPieceLabels = false;
};

class PieceEncoder {
public:
    // `tokenizer` is not owned and must outlive the encoder. An unknown normaliser preset
    // name falls back to "none" (callers validate names first).
    PieceEncoder(const WordPieceTokenizer *tokenizer, PieceEncoderOptions options);

    // The pieces of `raw` (UTF-8; invalid bytes are replaced) with raw code-point ranges.
    std::vector<Token> tokenize(std::string_view raw) const;
    // The normalised text with clitics split by spaces: what the vocabulary is learned from,
    // so that pieces match what tokenize() will see.
    std::string pretokenize(std::string_view raw) const;
    const PieceEncoderOptions &options() const { return m_options; }

private:
    // Normalised-text ranges of the units tokenized separately.
    std::vector<TextRange> units(const std::u32string &norm) const;
    const WordPieceTokenizer *m_tokenizer;
    PieceEncoderOptions m_options;
    Normalizer m_normalizer;
    Segmenter m_segmenter;
};

} // namespace mizan
