#include "text/stemmer.h"

#include <libstemmer.h>

#include <stdexcept>

#include "common/utf8.h"
#include "text/asciicase.h"

namespace mizan {

const char *stemmerKindName(StemmerKind kind)
{
    switch (kind) {
    case StemmerKind::None: return "none";
    case StemmerKind::Isri: return "isri";
    case StemmerKind::Snowball: return "snowball";
    }
    return "none";
}

std::optional<StemmerKind> parseStemmerKind(std::string_view name)
{
    for (StemmerKind k : {StemmerKind::None, StemmerKind::Isri, StemmerKind::Snowball})
        if (equalsIgnoreAsciiCase(name, stemmerKindName(k)))
            return k;
    return std::nullopt;
}

struct Stemmer::Impl {
    sb_stemmer *snowball = nullptr;
    ~Impl()
    {
        if (snowball)
            sb_stemmer_delete(snowball);
    }
};

Stemmer::Stemmer(StemmerKind kind) : m_kind(kind), m_impl(std::make_unique<Impl>())
{
    if (kind == StemmerKind::Snowball) {
        m_impl->snowball = sb_stemmer_new("arabic", "UTF_8");
        if (!m_impl->snowball)  // only when libstemmer lacks Arabic or memory runs out
            throw std::runtime_error("libstemmer has no Arabic stemmer (sb_stemmer_new failed)");
    }
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer &&) noexcept = default;
Stemmer &Stemmer::operator=(Stemmer &&) noexcept = default;

std::string Stemmer::stem(std::string_view word)
{
    switch (m_kind) {
    case StemmerKind::None:
        return std::string(word);
    case StemmerKind::Isri:
        return isriStem(word);
    case StemmerKind::Snowball: {
        std::string valid = utf8::isValid(word) ? std::string(word) : utf8::encode(utf8::decodeLossy(word));
        const sb_symbol *out = sb_stemmer_stem(m_impl->snowball, reinterpret_cast<const sb_symbol *>(valid.data()),
                                               static_cast<int>(valid.size()));
        if (!out)  // allocation failure inside libstemmer: keep the word
            return valid;
        return std::string(reinterpret_cast<const char *>(out),
                           static_cast<std::size_t>(sb_stemmer_length(m_impl->snowball)));
    }
    }
    return std::string(word);
}

std::u32string Stemmer::stem(std::u32string_view word)
{
    switch (m_kind) {
    case StemmerKind::None: return std::u32string(word);
    case StemmerKind::Isri: return isriStem(word);
    case StemmerKind::Snowball: return utf8::decodeLossy(stem(std::string_view(utf8::encode(word))));
    }
    return std::u32string(word);
}

} // namespace mizan
