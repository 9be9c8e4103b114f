#pragma once
// Word segmentation of Arabic (and mixed) text: words, numbers, Latin runs, punctuation,
// emoji, URLs, e-mails, @mentions and placeholder tokens, each with its code-point range,
// with optional clitic sub-spans (و ف, ب ك ل, ال).
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "text/offsetmap.h"

namespace mizan {

enum class TokenKind { Word, Number, Latin, Punct, Emoji, Url, Email, Mention, Placeholder, Symbol };

// "word", "number", "latin", "punct", "emoji", "url", "email", "mention", "placeholder", "symbol".
const char *tokenKindName(TokenKind kind);

enum class CliticKind { Conjunction /* و ف */, Preposition /* ب ك ل */, Article /* ال */ };
const char *cliticKindName(CliticKind kind);

struct Clitic {
    CliticKind kind;
    TextRange range;  // same coordinates as the token's range
};

struct TextToken {
    std::string text;    // UTF-8 text of the token
    TextRange range;     // code points into the segmented text
    TokenKind kind = TokenKind::Word;
    // Proclitics found when SegmenterOptions::splitClitics is on, in order. The host word
    // starts at hostStart(): "والخدمة" -> و (conj) ال (article); hostStart(true) is the start
    // of "الخدمة", hostStart(false) the start of "خدمة".
    std::vector<Clitic> clitics;
    std::size_t hostStart(bool keepArticle = true) const;
};

struct SegmenterOptions {
    bool splitClitics = false;
    // Strings kept as one Placeholder token, e.g. the normaliser's "[رابط]" (see
    // NormalizerOptions::activeTokens()).
    std::vector<std::string> placeholders;
};

class Segmenter {
public:
    explicit Segmenter(SegmenterOptions options = {});
    const SegmenterOptions &options() const { return m_options; }

    // Tokens of `text` (white space separates and is never a token). Ranges index `text`'s
    // code points. Fails with InvalidArgument on invalid UTF-8 (naming the byte offset).
    Result<std::vector<TextToken>> segment(std::string_view text) const;
    std::vector<TextToken> segment(std::u32string_view text) const;

private:
    SegmenterOptions m_options;
    std::vector<std::u32string> m_placeholders;  // decoded once
};

// Returns `tokens` with their ranges (and clitic ranges) mapped through `map` from the
// normalised text back onto the raw text; `text` is left as it was (the normalised form).
std::vector<TextToken> mapTokensToRaw(std::vector<TextToken> tokens, const OffsetMap &map);

} // namespace mizan
