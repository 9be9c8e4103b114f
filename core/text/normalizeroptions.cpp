// The normalizer's option presets (none, light, search) and the placeholder tokens in use.
#include "text/normalizer.h"

namespace mizan {

NormalizerOptions NormalizerOptions::none() { return {}; }

NormalizerOptions NormalizerOptions::light()
{
    NormalizerOptions o;
    o.unicodeForm = UnicodeForm::Nfc;
    o.splitLamAlef = true;
    o.removeInvisible = true;
    o.removeTashkeel = true;
    o.removeTatweel = true;
    o.collapseRepeats = true;
    o.normalizeWhitespace = true;
    o.urls = SpanAction::Replace;
    o.emails = SpanAction::Replace;
    o.mentions = SpanAction::Replace;
    return o;
}

NormalizerOptions NormalizerOptions::search()
{
    NormalizerOptions o = light();
    o.unicodeForm = UnicodeForm::Nfkc;
    o.unifyAlef = true;
    o.alefMaqsuraToYaa = true;
    o.taaMarbutaToHaa = true;
    o.hamzaCarrierToHamza = true;
    o.asciiDigits = true;
    o.urls = SpanAction::Remove;
    o.emails = SpanAction::Remove;
    o.mentions = SpanAction::Remove;
    o.emoji = SpanAction::Remove;
    return o;
}

std::optional<NormalizerOptions> NormalizerOptions::preset(std::string_view name)
{
    if (name == "none")
        return none();
    if (name == "light")
        return light();
    if (name == "search")
        return search();
    return std::nullopt;
}

std::vector<std::string> NormalizerOptions::presetNames() { return {"none", "light", "search"}; }

std::vector<std::string> NormalizerOptions::activeTokens() const
{
    std::vector<std::string> tokens;
    if (urls == SpanAction::Replace) tokens.push_back(urlToken);
    if (emails == SpanAction::Replace) tokens.push_back(emailToken);
    if (mentions == SpanAction::Replace) tokens.push_back(mentionToken);
    if (emoji == SpanAction::Replace) tokens.push_back(emojiToken);
    return tokens;
}

} // namespace mizan
