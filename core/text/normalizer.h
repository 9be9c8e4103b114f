#pragma once
// Arabic text normalisation with an offset map back to the raw text.
// Every step can be switched on or off; presets give the usual combinations.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "text/offsetmap.h"

namespace mizan {

// What to do with URLs, e-mail addresses, @mentions and emoji.
enum class SpanAction { Keep, Remove, Replace };

// Unicode normalisation form applied first (ICU).
enum class UnicodeForm { None, Nfc, Nfkc };

struct NormalizerOptions {
    UnicodeForm unicodeForm = UnicodeForm::None;
    bool splitLamAlef = false;          // ﻻ ﻷ ﻹ ﻵ (U+FEF5..U+FEFC) -> ل + alef form
    bool removeInvisible = false;       // bidi controls (U+200E U+200F U+061C U+202A.. U+2066..), ZWSP, BOM
    bool removeTashkeel = false;        // U+064B..U+0652, U+0670
    bool removeTatweel = false;         // U+0640
    bool unifyAlef = false;             // أ إ آ ٱ -> ا
    bool alefMaqsuraToYaa = false;      // ى -> ي
    bool taaMarbutaToHaa = false;       // ة -> ه
    bool hamzaCarrierToHamza = false;   // ؤ ئ -> ء
    bool asciiDigits = false;           // Arabic-Indic and Persian digits -> 0-9
    bool collapseRepeats = false;       // a letter repeated 3+ times -> once (رااااائع -> رائع)
    bool normalizeWhitespace = false;   // runs of Unicode white space -> one space, trimmed
    SpanAction urls = SpanAction::Keep;
    SpanAction emails = SpanAction::Keep;
    SpanAction mentions = SpanAction::Keep;
    SpanAction emoji = SpanAction::Keep;
    // Tokens used by SpanAction::Replace (AraBERT v0.2's never_split tokens by default).
    std::string urlToken = "[رابط]";
    std::string emailToken = "[بريد]";
    std::string mentionToken = "[مستخدم]";
    std::string emojiToken = "[رمز]";

    // "none": nothing changes. "light": what BERT-style Arabic models expect (NFC, lam-alef
    // split, invisible marks, tashkeel, tatweel, repeats, whitespace, URL/e-mail/mention
    // replaced by tokens; letters and emoji kept). "search": aggressive (NFKC, every letter
    // unification, ASCII digits, URLs/e-mails/mentions/emoji removed).
    static NormalizerOptions none();
    static NormalizerOptions light();
    static NormalizerOptions search();
    // The preset named `name` ("none", "light", "search"); nothing when unknown.
    static std::optional<NormalizerOptions> preset(std::string_view name);
    static std::vector<std::string> presetNames();
    // The replacement tokens that are in use (for the segmenter to keep them whole).
    std::vector<std::string> activeTokens() const;
};

struct NormalizedText {
    std::string text;  // UTF-8
    OffsetMap map;     // raw <-> text, in code points
};

// Cheap to copy; const methods are thread-safe. The first normaliser with a given set of
// per-character options builds a 64 KiB lookup table (about 2 ms); later ones share it.
class Normalizer {
public:
    explicit Normalizer(NormalizerOptions options = NormalizerOptions::light());
    const NormalizerOptions &options() const { return m_options; }

    // Normalises UTF-8 `raw`. Fails with InvalidArgument naming the byte offset and code
    // point index of the first invalid UTF-8 sequence; never throws.
    Result<NormalizedText> normalize(std::string_view raw) const;
    // Same on decoded code points (cannot fail). Lengths in the map are code points of `raw`.
    NormalizedText normalize(std::u32string_view raw) const;
    // The normalised code points and the map, without re-encoding to UTF-8.
    std::u32string normalizeCodePoints(std::u32string_view raw, OffsetMap *map) const;

private:
    NormalizerOptions m_options;
    // For each BMP code point, which steps it can give work to (bits, see normalizer.cpp);
    // shared by every normaliser with the same per-character options.
    std::shared_ptr<const std::vector<unsigned char>> m_charNeeds;
};

} // namespace mizan
