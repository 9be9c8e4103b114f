#include "baseline/featurehasher.h"

#include <unicode/uchar.h>

#include "common/utf8.h"

namespace mizan::baseline {

std::string featureForm(std::u32string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        if ((c >= U'\u064B' && c <= U'\u065F') || c == U'\u0670' || c == U'\u0640')
            continue;  // tashkeel, superscript alef, tatweel
        if (c == U'\u0623' || c == U'\u0625' || c == U'\u0622' || c == U'\u0671')
            c = U'\u0627';
        else if (c == U'\u0649')
            c = U'\u064A';
        else if (c == U'\u0629')
            c = U'\u0647';
        else if (c >= U'\u0660' && c <= U'\u0669')
            c = U'0' + (c - U'\u0660');
        else if (c < 0x250)
            c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
        out.push_back(c);
    }
    return utf8::encode(out);
}

std::int64_t FeatureHasher::id(std::string_view group, std::string_view value) const
{
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](unsigned char b) {
        h ^= b;
        h *= 1099511628211ull;
    };
    for (unsigned char b : group)
        mix(b);
    mix(0x1f);
    for (unsigned char b : value)
        mix(b);
    return static_cast<std::int64_t>(h % static_cast<std::uint64_t>(m_buckets));
}

namespace {

// Character n-grams (n = 2..4) of `form` with boundary marks, by code point.
void addCharNgrams(const FeatureHasher &h, std::string_view group, const std::string &form,
                   std::vector<std::int64_t> &out, std::size_t minN = 2, std::size_t maxN = 4)
{
    const std::u32string cps = U"<" + utf8::decodeLossy(form) + U">";
    for (std::size_t n = minN; n <= maxN; ++n)
        for (std::size_t i = 0; i + n <= cps.size(); ++i)
            out.push_back(h.id(group, utf8::encode(std::u32string_view(cps).substr(i, n))));
}

std::string shapeOf(const std::string &form)
{
    const std::u32string cps = utf8::decodeLossy(form);
    bool digit = false, latin = false, arabic = false, other = false;
    for (char32_t c : cps) {
        if (c >= U'0' && c <= U'9')
            digit = true;
        else if (c < 0x250 && u_isalpha(static_cast<UChar32>(c)))
            latin = true;
        else if (c >= U'\u0600' && c <= U'\u06FF')
            arabic = true;
        else
            other = true;
    }
    std::string s;
    s += digit ? 'd' : '-';
    s += latin ? 'l' : '-';
    s += arabic ? 'a' : '-';
    s += other ? 'o' : '-';
    s += std::to_string(std::min<std::size_t>(cps.size(), 6));
    return s;
}

} // namespace

std::vector<std::int64_t> FeatureHasher::unitFeatures(const std::vector<Unit> &units,
                                                      const std::vector<std::string> &forms,
                                                      const std::vector<std::string> &wordForms,
                                                      std::size_t i) const
{
    std::vector<std::int64_t> f;
    f.reserve(64);
    const Unit &u = units[i];
    const std::string &form = forms[i];
    f.push_back(id("bias", ""));
    f.push_back(id("w0", form));
    addCharNgrams(*this, "c", form, f);
    const std::u32string cps = utf8::decodeLossy(form);
    for (std::size_t n = 1; n <= 3 && n <= cps.size(); ++n) {
        f.push_back(id("pre", utf8::encode(std::u32string_view(cps).substr(0, n))));
        f.push_back(id("suf", utf8::encode(std::u32string_view(cps).substr(cps.size() - n))));
    }
    f.push_back(id("shape", shapeOf(form)));
    f.push_back(id("W", wordForms[u.word]));
    // Place in the whitespace word: first/inner/last/whole, and clitic flag.
    const bool firstInWord = i == 0 || units[i - 1].word != u.word;
    const bool lastInWord = i + 1 == units.size() || units[i + 1].word != u.word;
    f.push_back(id("place", std::string(firstInWord ? "F" : "-") + (lastInWord ? "L" : "-") +
                                (u.clitic ? "c" : "-") + (u.wordChar ? "w" : "p")));
    if (u.clitic)
        f.push_back(id("clitic", form));
    auto formAt = [&](std::ptrdiff_t k) -> std::string {
        const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
        if (j < 0)
            return "<s>";
        if (j >= static_cast<std::ptrdiff_t>(units.size()))
            return "</s>";
        return forms[static_cast<std::size_t>(j)];
    };
    for (std::ptrdiff_t k : {-2, -1, 1, 2}) {
        const std::string g = "w" + std::to_string(k);
        f.push_back(id(g, formAt(k)));
    }
    f.push_back(id("b-1", formAt(-1) + "|" + form));
    f.push_back(id("b+1", form + "|" + formAt(1)));
    // Suffix of the neighbours (cheap morphology of the context).
    for (std::ptrdiff_t k : {-1, 1}) {
        const std::u32string n = utf8::decodeLossy(formAt(k));
        if (n.size() >= 2)
            f.push_back(id("nsuf" + std::to_string(k), utf8::encode(std::u32string_view(n).substr(n.size() - 2))));
    }
    return f;
}

std::vector<std::int64_t> FeatureHasher::sentenceFeatures(const std::vector<std::string> &wordForms) const
{
    std::vector<std::int64_t> f;
    f.reserve(wordForms.size() * 8 + 1);
    f.push_back(id("sbias", ""));
    for (std::size_t i = 0; i < wordForms.size(); ++i) {
        f.push_back(id("s1", wordForms[i]));
        if (i + 1 < wordForms.size())
            f.push_back(id("s2", wordForms[i] + "|" + wordForms[i + 1]));
        addCharNgrams(*this, "sc", wordForms[i], f, 3, 3);
    }
    return f;
}

std::vector<std::int64_t> FeatureHasher::targetFeatures(const std::vector<std::string> &forms,
                                                        std::size_t first, std::size_t last) const
{
    std::vector<std::int64_t> f;
    f.push_back(id("tbias", ""));
    std::string whole;
    for (std::size_t i = first; i <= last && i < forms.size(); ++i) {
        f.push_back(id("t1", forms[i]));
        addCharNgrams(*this, "tc", forms[i], f, 3, 3);
        whole += forms[i] + " ";
    }
    f.push_back(id("tw", whole));
    return f;
}

std::vector<std::int64_t> FeatureHasher::windowFeatures(const std::vector<std::string> &forms,
                                                        std::size_t first, std::size_t last,
                                                        std::size_t window) const
{
    std::vector<std::int64_t> f;
    f.push_back(id("xbias", ""));
    auto bucket = [](std::size_t d) { return d <= 1 ? "1" : d <= 3 ? "3" : "far"; };
    for (std::size_t d = 1; d <= window; ++d) {
        if (first >= d) {
            const std::string &w = forms[first - d];
            f.push_back(id("xl", w));
            f.push_back(id(std::string("xl") + bucket(d), w));
            f.push_back(id("x", w));
            if (first >= d + 1)
                f.push_back(id("xb", forms[first - d - 1] + "|" + w));
        }
        if (last + d < forms.size()) {
            const std::string &w = forms[last + d];
            f.push_back(id("xr", w));
            f.push_back(id(std::string("xr") + bucket(d), w));
            f.push_back(id("x", w));
            if (last + d + 1 < forms.size())
                f.push_back(id("xb", w + "|" + forms[last + d + 1]));
        }
    }
    return f;
}

std::vector<std::int64_t> FeatureHasher::wordCharFeatures(const std::vector<std::string> &words,
                                                          std::string_view group, bool bigrams) const
{
    std::vector<std::int64_t> f;
    const std::string g(group);
    for (std::size_t i = 0; i < words.size(); ++i) {
        addCharNgrams(*this, g + "c", words[i], f, 2, 5);
        if (bigrams) {
            f.push_back(id(g + "1", words[i]));
            if (i + 1 < words.size())
                f.push_back(id(g + "2", words[i] + "|" + words[i + 1]));
        }
    }
    return f;
}

std::vector<std::int64_t> FeatureHasher::wordNgrams(const std::vector<std::string> &tokens,
                                                    std::string_view group) const
{
    std::vector<std::int64_t> f;
    const std::string g(group);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        f.push_back(id(g + "1", tokens[i]));
        if (i + 1 < tokens.size())
            f.push_back(id(g + "2", tokens[i] + "|" + tokens[i + 1]));
    }
    return f;
}

std::vector<std::string> peerTokens(const std::vector<std::string> &forms)
{
    std::vector<std::string> tokens;
    for (const std::string &form : forms) {
        std::u32string token;
        auto flush = [&] {
            if (token.size() >= 2)
                tokens.push_back(utf8::encode(token));
            token.clear();
        };
        for (char32_t c : utf8::decodeLossy(form)) {
            if (c == U'_' || u_isalnum(static_cast<UChar32>(c)))
                token.push_back(c);
            else
                flush();
        }
        flush();
    }
    return tokens;
}

UnitSentence prepareSentence(std::string_view utf8Text)
{
    UnitSentence s;
    s.text = utf8::decodeLossy(utf8Text);
    s.units = segmentUnits(s.text);
    s.forms.reserve(s.units.size());
    for (const Unit &u : s.units) {
        s.forms.push_back(featureForm(unitText(s.text, u)));
        if (u.word >= s.wordForms.size())
            s.wordForms.resize(u.word + 1);
        s.wordForms[u.word] += s.forms.back();
    }
    return s;
}

} // namespace mizan::baseline
