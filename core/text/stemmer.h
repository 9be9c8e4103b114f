#pragma once
// Arabic stemmers: ISRI (as NLTK 3.8's ISRIStemmer behaves), Snowball Arabic (libstemmer),
// or none. A stemmer works on one word at a time; stems keep the word's raw range through
// the text pipeline (text/textpipeline.h).
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mizan {

enum class StemmerKind { None, Isri, Snowball };

// "none", "isri", "snowball".
const char *stemmerKindName(StemmerKind kind);
// Parses a stemmer name (case-insensitive); nothing when unknown.
std::optional<StemmerKind> parseStemmerKind(std::string_view name);

class Stemmer {
public:
    // Creates a stemmer. Snowball state is owned by the object (libstemmer's stemmer is not
    // thread-safe: use one Stemmer per thread). Never fails: libstemmer's Arabic algorithm is
    // part of the Debian package.
    explicit Stemmer(StemmerKind kind = StemmerKind::Isri);
    ~Stemmer();
    Stemmer(Stemmer &&) noexcept;
    Stemmer &operator=(Stemmer &&) noexcept;
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    StemmerKind kind() const { return m_kind; }
    // The stem of one UTF-8 word. kind None returns the word unchanged. Invalid UTF-8 is
    // decoded lossily (U+FFFD), never an error.
    std::string stem(std::string_view word);
    std::u32string stem(std::u32string_view word);

private:
    struct Impl;
    StemmerKind m_kind;
    std::unique_ptr<Impl> m_impl;
};

// NLTK 3.8 ISRIStemmer().stem(word), ported faithfully (stop words, diacritic and hamza
// normalisation, 3/2/1-letter prefix and suffix rules, waw rule, pattern rules for words of
// 4..7 letters). Stateless and thread-safe.
std::u32string isriStem(std::u32string_view word);
std::string isriStem(std::string_view word);

} // namespace mizan
