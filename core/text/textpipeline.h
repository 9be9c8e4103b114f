#pragma once
// raw text -> normalised (with offset map) -> tokens -> stems, every token carrying its range
// in the RAW text. What the studio's raw / cleaned / stemmed view, the CLI `mizan clean` and
// the training data path use.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/stemmer.h"

namespace mizan {

struct TextPipelineOptions {
    NormalizerOptions normalizer = NormalizerOptions::light();
    StemmerKind stemmer = StemmerKind::Isri;
    bool splitClitics = false;
};

struct ProcessedToken {
    std::string raw;      // raw text of the token's range
    TextRange range;      // code points into the raw text
    std::string norm;     // the token in the normalised text
    std::string stem;     // its stem (== norm for non-word tokens and StemmerKind::None)
    TokenKind kind = TokenKind::Word;
    std::vector<Clitic> clitics;  // ranges in raw code points
    TextRange normRange;  // code points into ProcessedText::normalized.text
};

struct ProcessedText {
    std::string raw;
    NormalizedText normalized;
    std::string stemmed;  // the tokens' stems joined by single spaces
    std::vector<ProcessedToken> tokens;
};

class TextPipeline {
public:
    explicit TextPipeline(TextPipelineOptions options = {});
    const TextPipelineOptions &options() const { return m_options; }

    // Processes one text. Fails with InvalidArgument on invalid UTF-8 (naming the byte offset
    // and code point); never throws. Not thread-safe (owns a stemmer): one per thread.
    Result<ProcessedText> process(std::string_view raw);

private:
    TextPipelineOptions m_options;
    Normalizer m_normalizer;
    Segmenter m_segmenter;
    Stemmer m_stemmer;
};

} // namespace mizan
