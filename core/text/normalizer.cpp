#include "text/normalizer.h"

#include <map>
#include <mutex>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include "common/utf8.h"
#include "text/textcodec.h"
#include "text/patterns.h"
#include "text/rewritestate.h"

namespace mizan {

namespace tp = textpatterns;
using rewrite::Edit;
using rewrite::State;

namespace {

std::u32string toU32(const icu::UnicodeString &s)
{
    std::u32string out(static_cast<std::size_t>(s.countChar32()), U'\0');
    UErrorCode err = U_ZERO_ERROR;
    s.toUTF32(reinterpret_cast<UChar32 *>(out.data()), static_cast<int32_t>(out.size()), err);
    return out;
}

icu::UnicodeString fromU32(std::u32string_view s)
{
    return icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32 *>(s.data()), static_cast<int32_t>(s.size()));
}

const icu::Normalizer2 *icuNormalizer(UnicodeForm form)
{
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2 *n = nullptr;
    if (form == UnicodeForm::Nfc)
        n = icu::Normalizer2::getNFCInstance(err);
    else if (form == UnicodeForm::Nfkc)
        n = icu::Normalizer2::getNFKCInstance(err);
    return U_SUCCESS(err) ? n : nullptr;
}

// NFC / NFKC: the text is cut where ICU guarantees a normalisation boundary, and each piece
// that changes becomes one segment (ا + U+0654 -> أ: two raw code points, one result).
bool unicodeFormStep(State &s, UnicodeForm form)
{
    const icu::Normalizer2 *norm = icuNormalizer(form);
    if (!norm)
        return false;
    const std::uint32_t boundary = form == UnicodeForm::Nfc ? tp::kNfcBoundary : tp::kNfkcBoundary;
    const std::uint32_t alone = form == UnicodeForm::Nfc ? tp::kNfcAlone : tp::kNfkcAlone;
    std::vector<Edit> edits;
    const std::u32string &t = s.text;
    std::size_t i = 0;
    while (i < t.size()) {
        std::size_t j = i + 1;
        while (j < t.size() && !tp::hasFlag(t[j], boundary))
            ++j;
        if (j == i + 1 && tp::hasFlag(t[i], alone)) {
            i = j;
            continue;
        }
        std::u32string_view piece(t.data() + i, j - i);
        UErrorCode err = U_ZERO_ERROR;
        icu::UnicodeString normalized = norm->normalize(fromU32(piece), err);
        if (U_SUCCESS(err)) {
            std::u32string result = toU32(normalized);
            if (result != piece)
                edits.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), std::move(result)});
        }
        i = j;
    }
    rewrite::applyEdits(s, edits);
    return !edits.empty();
}

// Which steps can have work on a text: one cheap pass over a per-normaliser table, so that
// clean text skips the rest.
enum NeedBit : unsigned char {
    kNeedForm = 1, kNeedWeb = 2, kNeedEmoji = 4, kNeedChars = 8, kNeedSpace = 16,
};

// One character in, zero, one or two out: every per-character option in a single pass.
struct CharRule {
    enum Kind : std::uint8_t { Keep, Drop, DropAttach, Map, Map2 } kind = Keep;
    char32_t a = 0, b = 0;
};

CharRule charRule(const NormalizerOptions &o, char32_t c)
{
    if (c < 0x80)
        return {};
    if (o.splitLamAlef && c >= 0xFEF5 && c <= 0xFEFC) {
        // Lam-alef ligatures decompose (NFKC) to lam + an alef form; ICU says which.
        static const icu::Normalizer2 *nfkc = icuNormalizer(UnicodeForm::Nfkc);
        UErrorCode err = U_ZERO_ERROR;
        std::u32string d = toU32(nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(c)), err));
        if (U_SUCCESS(err) && d.size() == 2) {
            CharRule r{CharRule::Map2, d[0], d[1]};
            if (o.unifyAlef && d[1] != 0x0627)
                r.b = 0x0627;
            return r;
        }
    }
    if (o.removeInvisible && (tp::hasFlag(c, tp::kBidiControl) || c == 0x200B || c == 0xFEFF))
        return {CharRule::Drop};
    if (o.removeTashkeel && tp::isTashkeel(c))
        return {CharRule::DropAttach};
    if (o.removeTatweel && c == 0x0640)
        return {CharRule::DropAttach};
    if (o.unifyAlef && (c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671))
        return {CharRule::Map, 0x0627};
    if (o.alefMaqsuraToYaa && c == 0x0649)
        return {CharRule::Map, 0x064A};
    if (o.taaMarbutaToHaa && c == 0x0629)
        return {CharRule::Map, 0x0647};
    if (o.hamzaCarrierToHamza && (c == 0x0624 || c == 0x0626))
        return {CharRule::Map, 0x0621};
    if (o.asciiDigits && (tp::charFlags(c) & (tp::kDigit | tp::kArabic)) == (tp::kDigit | tp::kArabic))
        return {CharRule::Map, static_cast<char32_t>('0' + u_charDigitValue(static_cast<UChar32>(c)))};
    return {};
}

void charStep(State &s, const NormalizerOptions &o, const std::vector<unsigned char> &needs)
{
    std::vector<Edit> edits;
    for (std::size_t i = 0; i < s.text.size(); ++i) {
        const char32_t c = s.text[i];
        if (c < 0x10000 && !(needs[c] & kNeedChars))
            continue;
        const CharRule r = charRule(o, c);
        if (r.kind == CharRule::Keep)
            continue;
        Edit e{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), {}};
        if (r.kind == CharRule::Map)
            e.replacement.assign(1, r.a);
        else if (r.kind == CharRule::Map2)
            e.replacement = {r.a, r.b};
        e.attach = r.kind == CharRule::DropAttach;
        edits.push_back(std::move(e));
    }
    rewrite::applyEdits(s, edits);
}

void addSpanEdit(std::vector<Edit> &edits, const std::u32string &text, std::size_t start, std::size_t end,
                 SpanAction action, const std::string &token)
{
    Edit e{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), {}};
    if (action == SpanAction::Replace)
        e.replacement = utf8::decodeLossy(token);
    else if (action == SpanAction::Keep)
        e.replacement = text.substr(start, end - start);
    // Kept spans are locked too, so that later steps (digits, repeats) leave them intact.
    e.lock = action != SpanAction::Remove;
    edits.push_back(std::move(e));
}

bool webStep(State &s, const NormalizerOptions &o)
{
    const std::u32string &t = s.text;
    std::vector<Edit> edits;
    std::size_t i = 0;
    while (i < t.size()) {
        if (t[i] >= 0x80) {  // URLs, e-mails and mentions start with an ASCII character
            ++i;
            continue;
        }
        std::size_t end = tp::matchUrl(t, i);
        if (end > i) {
            addSpanEdit(edits, t, i, end, o.urls, o.urlToken);
            i = end;
            continue;
        }
        end = tp::matchEmail(t, i);
        if (end > i) {
            addSpanEdit(edits, t, i, end, o.emails, o.emailToken);
            i = end;
            continue;
        }
        end = tp::matchMention(t, i);
        if (end > i) {
            addSpanEdit(edits, t, i, end, o.mentions, o.mentionToken);
            i = end;
            continue;
        }
        ++i;
    }
    rewrite::applyEdits(s, edits);
    return !edits.empty();
}

bool emojiStep(State &s, const NormalizerOptions &o)
{
    const std::u32string &t = s.text;
    std::vector<Edit> edits;
    std::size_t i = 0;
    while (i < t.size()) {
        std::size_t end = tp::matchEmoji(t, i);
        if (end == i) {
            ++i;
            continue;
        }
        // A run of adjacent emoji becomes one token.
        for (std::size_t next = tp::matchEmoji(t, end); next > end; next = tp::matchEmoji(t, end))
            end = next;
        addSpanEdit(edits, t, i, end, o.emoji, o.emojiToken);
        i = end;
    }
    rewrite::applyEdits(s, edits);
    return !edits.empty();
}

void collapseRepeatsStep(State &s)
{
    const std::u32string &t = s.text;
    std::vector<Edit> edits;
    std::size_t i = 0;
    while (i < t.size()) {
        std::size_t j = i + 1;
        while (j < t.size() && t[j] == t[i])
            ++j;
        if (j - i >= 3 && tp::isLetter(t[i]))
            edits.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), std::u32string(1, t[i])});
        i = j;
    }
    rewrite::applyEdits(s, edits);
}

void whitespaceStep(State &s)
{
    const std::u32string &t = s.text;
    std::vector<Edit> edits;
    std::size_t i = 0;
    while (i < t.size()) {
        if (!tp::isWhiteSpace(t[i])) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < t.size() && tp::isWhiteSpace(t[j]))
            ++j;
        const bool edge = i == 0 || j == t.size();
        if (edge)
            edits.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), {}});
        else if (j - i > 1 || t[i] != U' ')
            edits.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), U" "});
        i = j;
    }
    rewrite::applyEdits(s, edits);
}


unsigned char charNeeds(const NormalizerOptions &o, char32_t c)
{
    const std::uint32_t f = tp::charFlags(c);
    const std::uint32_t boundary = o.unicodeForm == UnicodeForm::Nfkc ? tp::kNfkcBoundary : tp::kNfcBoundary;
    const std::uint32_t alone = o.unicodeForm == UnicodeForm::Nfkc ? tp::kNfkcAlone : tp::kNfcAlone;
    unsigned char n = 0;
    if ((f & boundary) == 0 || (f & alone) == 0)
        n |= kNeedForm;
    if (c == '@' || c == 'h' || c == 'H' || c == 'w' || c == 'W')
        n |= kNeedWeb;
    if ((c >= 0x80 && (f & (tp::kPictographic | tp::kRegional | tp::kEmoji))) || c == 0xFE0F || c == 0x20E3)
        n |= kNeedEmoji;
    if (charRule(o, c).kind != CharRule::Keep)
        n |= kNeedChars;
    if ((f & tp::kWhite) && c != ' ')
        n |= kNeedSpace;
    return n;
}

struct Needs {
    unsigned char bits = 0;
    bool repeats = false;
    bool space = false;
    bool has(NeedBit b) const { return (bits & b) != 0; }
};

Needs scan(const std::u32string &t, const std::vector<unsigned char> &table)
{
    Needs n;
    const std::size_t size = t.size();
    unsigned char bits = 0;
    bool repeats = false, spaces = false;
    for (std::size_t i = 0; i < size; ++i) {
        const char32_t c = t[i];
        bits |= c < 0x10000 ? table[c] : 0xFF;  // above the BMP: let every step look
        if (i >= 1) {
            repeats |= i >= 2 && c == t[i - 1] && c == t[i - 2];
            spaces |= c == ' ' && t[i - 1] == ' ';
        }
    }
    n.bits = bits;
    n.repeats = repeats;
    n.space = (bits & kNeedSpace) || spaces || (size > 0 && (t[0] == ' ' || t[size - 1] == ' '));
    return n;
}

// The table of charNeeds() for every BMP code point, built once per distinct set of the
// options it depends on.
std::shared_ptr<const std::vector<unsigned char>> needsTable(const NormalizerOptions &o)
{
    unsigned key = static_cast<unsigned>(o.unicodeForm);
    for (bool b : {o.splitLamAlef, o.removeInvisible, o.removeTashkeel, o.removeTatweel, o.unifyAlef,
                   o.alefMaqsuraToYaa, o.taaMarbutaToHaa, o.hamzaCarrierToHamza, o.asciiDigits})
        key = (key << 1) | (b ? 1u : 0u);
    static std::mutex mutex;
    static std::map<unsigned, std::shared_ptr<const std::vector<unsigned char>>> tables;
    const std::lock_guard<std::mutex> lock(mutex);
    auto &table = tables[key];
    if (!table) {
        auto t = std::make_shared<std::vector<unsigned char>>(0x10000);
        for (char32_t c = 0; c < 0x10000; ++c)
            (*t)[c] = (c >= 0xD800 && c <= 0xDFFF) ? 0 : charNeeds(o, c);
        table = std::move(t);
    }
    return table;
}

} // namespace

Normalizer::Normalizer(NormalizerOptions options) : m_options(std::move(options)), m_charNeeds(needsTable(m_options))
{
}

std::u32string Normalizer::normalizeCodePoints(std::u32string_view raw, OffsetMap *map) const
{
    const NormalizerOptions &o = m_options;
    State s = State::identity(raw);
    Needs needs = scan(s.text, *m_charNeeds);
    // A step that changed the text may have made work for the later ones: scan again then.
    bool changed = false;
    if (o.unicodeForm != UnicodeForm::None && needs.has(kNeedForm))
        changed = unicodeFormStep(s, o.unicodeForm) || changed;
    // Kept URLs are locked too when later steps (digits, repeats) would otherwise touch them.
    const bool web = o.urls != SpanAction::Keep || o.emails != SpanAction::Keep ||
                     o.mentions != SpanAction::Keep || o.asciiDigits || o.collapseRepeats;
    if (web && needs.has(kNeedWeb))
        changed = webStep(s, o) || changed;
    if (o.emoji != SpanAction::Keep && needs.has(kNeedEmoji))
        changed = emojiStep(s, o) || changed;
    if (changed)
        needs = scan(s.text, *m_charNeeds);
    const bool chars = needs.has(kNeedChars);
    if (chars)
        charStep(s, o, *m_charNeeds);
    // Deleting marks or tatweel can bring repeated letters or spaces together.
    if (o.collapseRepeats && (needs.repeats || chars))
        collapseRepeatsStep(s);
    if (o.normalizeWhitespace && (needs.space || chars || changed))
        whitespaceStep(s);
    if (map)
        *map = s.toOffsetMap();
    return std::move(s.text);
}

NormalizedText Normalizer::normalize(std::u32string_view raw) const
{
    NormalizedText out;
    out.text = encodeUtf8(normalizeCodePoints(raw, &out.map));
    return out;
}

Result<NormalizedText> Normalizer::normalize(std::string_view raw) const
{
    auto decoded = utf8::decode(raw);
    if (!decoded.ok())
        return Result<NormalizedText>(decoded.status());
    return normalize(std::u32string_view(*decoded));
}

} // namespace mizan
