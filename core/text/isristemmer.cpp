// A faithful port of NLTK 3.8's ISRIStemmer (nltk/stem/isri.py), itself based on Taghva,
// Elkhoury and Coombs (2005), "Arabic Stemming without a root dictionary". The order of the
// affix lists and of the pattern tests matters: it is kept exactly as in NLTK, so that the
// same word gives the same stem (tests/core/text/isristemmer_test.cpp checks every word of
// the SemEval training split against NLTK's output).
#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <vector>

#include "common/utf8.h"
#include "text/textcodec.h"
#include "text/stemmer.h"

namespace mizan {
namespace {

using Str = std::u32string;
using View = std::u32string_view;

constexpr std::array<View, 4> kP3 = {U"\u0643\u0627\u0644", U"\u0628\u0627\u0644", U"\u0648\u0644\u0644",
                                     U"\u0648\u0627\u0644"};
constexpr std::array<View, 2> kP2 = {U"\u0627\u0644", U"\u0644\u0644"};
constexpr View kP1 = U"\u0644\u0628\u0641\u0633\u0648\u064a\u062a\u0646\u0627";
constexpr std::array<View, 5> kS3 = {U"\u062a\u0645\u0644", U"\u0647\u0645\u0644", U"\u062a\u0627\u0646",
                                     U"\u062a\u064a\u0646", U"\u0643\u0645\u0644"};
constexpr std::array<View, 16> kS2 = {
    U"\u0648\u0646", U"\u0627\u062a", U"\u0627\u0646", U"\u064a\u0646", U"\u062a\u0646", U"\u0643\u0645",
    U"\u0647\u0646", U"\u0646\u0627", U"\u064a\u0627", U"\u0647\u0627", U"\u062a\u0645", U"\u0643\u0646",
    U"\u0646\u064a", U"\u0648\u0627", U"\u0645\u0627", U"\u0647\u0645"};
constexpr View kS1 = U"\u0629\u0647\u064a\u0643\u062a\u0627\u0646";

constexpr std::array<View, 49> kStopWords = {
    U"\u064a\u0643\u0648\u0646", U"\u0648\u0644\u064a\u0633", U"\u0648\u0643\u0627\u0646",
    U"\u0643\u0630\u0644\u0643", U"\u0627\u0644\u062a\u064a", U"\u0648\u0628\u064a\u0646",
    U"\u0639\u0644\u064a\u0647\u0627", U"\u0645\u0633\u0627\u0621", U"\u0627\u0644\u0630\u064a",
    U"\u0648\u0643\u0627\u0646\u062a", U"\u0648\u0644\u0643\u0646", U"\u0648\u0627\u0644\u062a\u064a",
    U"\u062a\u0643\u0648\u0646", U"\u0627\u0644\u064a\u0648\u0645", U"\u0627\u0644\u0644\u0630\u064a\u0646",
    U"\u0639\u0644\u064a\u0647", U"\u0643\u0627\u0646\u062a", U"\u0644\u0630\u0644\u0643",
    U"\u0623\u0645\u0627\u0645", U"\u0647\u0646\u0627\u0643", U"\u0645\u0646\u0647\u0627",
    U"\u0645\u0627\u0632\u0627\u0644", U"\u0644\u0627\u0632\u0627\u0644", U"\u0644\u0627\u064a\u0632\u0627\u0644",
    U"\u0645\u0627\u064a\u0632\u0627\u0644", U"\u0627\u0635\u0628\u062d", U"\u0623\u0635\u0628\u062d",
    U"\u0623\u0645\u0633\u0649", U"\u0627\u0645\u0633\u0649", U"\u0623\u0636\u062d\u0649",
    U"\u0627\u0636\u062d\u0649", U"\u0645\u0627\u0628\u0631\u062d", U"\u0645\u0627\u0641\u062a\u0626",
    U"\u0645\u0627\u0627\u0646\u0641\u0643", U"\u0644\u0627\u0633\u064a\u0645\u0627",
    U"\u0648\u0644\u0627\u064a\u0632\u0627\u0644", U"\u0627\u0644\u062d\u0627\u0644\u064a",
    U"\u0627\u0644\u064a\u0647\u0627", U"\u0627\u0644\u0630\u064a\u0646", U"\u0641\u0627\u0646\u0647",
    U"\u0648\u0627\u0644\u0630\u064a", U"\u0648\u0647\u0630\u0627", U"\u0644\u0647\u0630\u0627",
    U"\u0641\u0643\u0627\u0646", U"\u0633\u062a\u0643\u0648\u0646", U"\u0627\u0644\u064a\u0647",
    U"\u064a\u0645\u0643\u0646", U"\u0628\u0647\u0630\u0627", U"\u0627\u0644\u0630\u0649"};

constexpr char32_t kAlef = U'\u0627';
constexpr char32_t kTeh = U'\u062a';
constexpr char32_t kTehMarbuta = U'\u0629';
constexpr char32_t kMeem = U'\u0645';
constexpr char32_t kNoon = U'\u0646';
constexpr char32_t kWaw = U'\u0648';
constexpr char32_t kYeh = U'\u064a';
constexpr char32_t kYehHamza = U'\u0626';

bool in(char32_t c, View set) { return set.find(c) != View::npos; }

// The word being stemmed: a window [d, d + n) over a buffer it owns no part of. NLTK's
// slicing (word[1:], word[:-1], word[:2] + word[3]...) becomes moving the window and
// writing letters in place: the result is never longer than the word.
struct Word {
    char32_t *d;
    std::size_t n;

    std::size_t size() const { return n; }
    char32_t operator[](std::size_t i) const { return d[i]; }
    View view() const { return View(d, n); }
    bool startsWith(View p) const
    {
        if (n < p.size())
            return false;
        for (std::size_t i = 0; i < p.size(); ++i)
            if (d[i] != p[i])
                return false;
        return true;
    }
    void dropFront(std::size_t k) { d += k; n -= k; }
    void dropBack(std::size_t k) { n -= k; }
    void set(std::initializer_list<char32_t> cs)  // values are read before any is written
    {
        char32_t tmp[4];
        std::size_t i = 0;
        for (char32_t c : cs)
            tmp[i++] = c;
        for (std::size_t k = 0; k < i; ++k)
            d[k] = tmp[k];
        n = i;
    }
    // word[:k] + word[k + 1:]: drop the letter at k (k <= 2 here).
    void eraseAt(std::size_t k)
    {
        for (std::size_t i = k; i > 0; --i)
            d[i] = d[i - 1];
        dropFront(1);
    }
    // word[k] + word[j:]  (k < j - 1): keep one letter, then the tail from j.
    void keepThenTail(std::size_t k, std::size_t j)
    {
        d[j - 1] = d[k];
        dropFront(j - 1);
    }
};

void pre32(Word &w)
{
    if (w.size() >= 6)
        for (View p : kP3)
            if (w.startsWith(p)) { w.dropFront(3); return; }
    if (w.size() >= 5)
        for (View p : kP2)
            if (w.startsWith(p)) { w.dropFront(2); return; }
}

void suf32(Word &w)
{
    // Suffixes of one length are distinct, so at most one of them matches: comparing the
    // last letters held in registers is the same test as NLTK's endswith() in list order.
    const std::size_t n = w.size();
    if (n >= 6) {
        const char32_t a = w[n - 3], b = w[n - 2], c = w[n - 1];
        for (View s : kS3)
            if (s[2] == c && s[1] == b && s[0] == a) { w.dropBack(3); return; }
    }
    if (n >= 5) {
        const char32_t b = w[n - 2], c = w[n - 1];
        for (View s : kS2)
            if (s[1] == c && s[0] == b) { w.dropBack(2); return; }
    }
}

void waw(Word &w)
{
    if (w.size() >= 4 && w[0] == kWaw && w[1] == kWaw)
        w.dropFront(1);
}

void suf1(Word &w)
{
    // NLTK returns at the first suffix in list order that matches; a one-letter suffix
    // matches exactly when it is the last letter, so list order does not matter here.
    if (w.size() > 0 && in(w[w.size() - 1], kS1))
        w.dropBack(1);
}

void pre1(Word &w)
{
    if (w.size() > 0 && in(w[0], kP1))
        w.dropFront(1);
}

void proW4(Word &w)
{
    if (w[0] == kMeem) {  // مفعل
        w.dropFront(1);
    } else if (w[1] == kAlef) {  // فاعل
        w.eraseAt(1);
    } else if (in(w[2], U"\u0627\u0648\u064a")) {  // فعال - فعول - فعيل
        w.set({w[0], w[1], w[3]});
    } else if (w[3] == kTehMarbuta) {  // فعلة
        w.dropBack(1);
    } else {
        suf1(w);
        if (w.size() == 4)
            pre1(w);
    }
}

void proW53(Word &w)
{
    if (in(w[2], U"\u0627\u062a") && w[0] == kAlef) {  // افتعل - افاعل
        w.keepThenTail(1, 3);
    } else if (in(w[3], U"\u0627\u064a\u0648") && w[0] == kMeem) {  // مفعول - مفعال - مفعيل
        w.set({w[1], w[2], w[4]});
    } else if (in(w[0], U"\u0627\u062a\u0645") && w[4] == kTehMarbuta) {  // مفعلة - تفعلة - افعلة
        w.dropFront(1);
        w.n = 3;
    } else if (in(w[0], U"\u0645\u064a\u062a") && w[2] == kTeh) {  // مفتعل - يفتعل - تفتعل
        w.keepThenTail(1, 3);
    } else if (in(w[0], U"\u0645\u062a") && w[2] == kAlef) {  // مفاعل - تفاعل
        w.keepThenTail(1, 3);
    } else if (in(w[2], U"\u0627\u0648") && w[4] == kTehMarbuta) {  // فعولة - فعالة
        w.set({w[0], w[1], w[3]});
    } else if (in(w[0], U"\u0627\u0645") && w[1] == kNoon) {  // انفعل - منفعل
        w.dropFront(2);
    } else if (w[3] == kAlef && w[0] == kAlef) {  // افعال
        w.set({w[1], w[2], w[4]});
    } else if (w[4] == kNoon && w[3] == kAlef) {  // فعلان
        w.n = 3;
    } else if (w[3] == kYeh && w[0] == kTeh) {  // تفعيل
        w.set({w[1], w[2], w[4]});
    } else if (w[3] == kWaw && w[1] == kAlef) {  // فاعول
        w.set({w[0], w[2], w[4]});
    } else if (w[2] == kAlef && w[1] == kWaw) {  // فواعل
        w.keepThenTail(0, 3);
    } else if (w[3] == kYehHamza && w[2] == kAlef) {  // فعائل
        w.set({w[0], w[1], w[4]});
    } else if (w[4] == kTehMarbuta && w[1] == kAlef) {  // فاعلة
        w.set({w[0], w[2], w[3]});
    } else if (w[4] == kYeh && w[2] == kAlef) {  // فعالي
        w.set({w[0], w[1], w[3]});
    } else {
        suf1(w);
        if (w.size() == 5)
            pre1(w);
    }
}

void proW54(Word &w)
{
    if (in(w[0], U"\u0627\u062a\u0645")) {  // تفعلل - افعلل - مفعلل
        w.dropFront(1);
    } else if (w[4] == kTehMarbuta) {  // فعللة
        w.n = 4;
    } else if (w[2] == kAlef) {  // فعالل
        w.eraseAt(2);
    }
}

void endW5(Word &w)
{
    if (w.size() == 4)
        proW4(w);
    else if (w.size() == 5)
        proW54(w);
}

void proW6(Word &w)
{
    if (w.startsWith(U"\u0627\u0633\u062a") || w.startsWith(U"\u0645\u0633\u062a")) {  // مستفعل - استفعل
        w.dropFront(3);
    } else if (w[0] == kMeem && w[3] == kAlef && w[5] == kTehMarbuta) {  // مفعالة
        w.set({w[1], w[2], w[4]});
    } else if (w[0] == kAlef && w[2] == kTeh && w[4] == kAlef) {  // افتعال
        w.set({w[1], w[3], w[5]});
    } else if (w[0] == kAlef && w[3] == kWaw && w[2] == w[4]) {  // افعوعل
        w.keepThenTail(1, 4);
    } else if (w[0] == kTeh && w[2] == kAlef && w[4] == kYeh) {  // تفاعيل
        w.set({w[1], w[3], w[5]});
    } else {
        suf1(w);
        if (w.size() == 6)
            pre1(w);
    }
}

void proW64(Word &w)
{
    if (w[0] == kAlef && w[4] == kAlef) {  // افعلال
        w.set({w[1], w[2], w[3], w[5]});
    } else if (w.startsWith(U"\u0645\u062a")) {  // متفعلل
        w.dropFront(2);
    }
}

void endW6(Word &w)
{
    if (w.size() == 5) {
        proW53(w);
        endW5(w);
    } else if (w.size() == 6) {
        proW64(w);
    }
}

// Stop words packed into one integer each: six bits per letter (every stop word is spelt
// with letters of U+0621..U+064A), so that the check is a few shifts and a binary search.
std::uint64_t packWord(View w)
{
    std::uint64_t key = w.size();
    for (char32_t c : w) {
        if (c < 0x0621 || c > 0x064A)
            return 0;
        key = (key << 6) | (c - 0x0620);
    }
    return key;
}

bool isStopWord(View w)
{
    if (w.size() < 4 || w.size() > 7)  // every stop word has 4 to 7 letters
        return false;
    static const std::vector<std::uint64_t> keys = [] {
        std::vector<std::uint64_t> k;
        for (View s : kStopWords)
            k.push_back(packWord(s));
        std::sort(k.begin(), k.end());
        return k;
    }();
    const std::uint64_t key = packWord(w);
    return key != 0 && std::binary_search(keys.begin(), keys.end(), key);
}

} // namespace

std::u32string isriStem(std::u32string_view word)
{
    // norm(word, 1): drop the short vowels U+064B..U+0652 anywhere.
    char32_t local[48];
    std::u32string heap;
    char32_t *buf = local;
    if (word.size() > std::size(local)) {
        heap.resize(word.size());
        buf = heap.data();
    }
    std::size_t n = 0;
    for (char32_t c : word)
        if (c < 0x064B || c > 0x0652)
            buf[n++] = c;
    Word w{buf, n};
    if (isStopWord(w.view()))
        return Str(w.view());
    pre32(w);
    suf32(w);
    waw(w);
    // norm(word, 2): initial آ أ إ -> ا.
    if (w.size() > 0 && (w[0] == U'\u0622' || w[0] == U'\u0623' || w[0] == U'\u0625'))
        w.d[0] = kAlef;
    switch (w.size()) {
    case 4:
        proW4(w);
        break;
    case 5:
        proW53(w);
        endW5(w);
        break;
    case 6:
        proW6(w);
        endW6(w);
        break;
    case 7:
        suf1(w);
        if (w.size() == 7)
            pre1(w);
        if (w.size() == 6) {
            proW6(w);
            endW6(w);
        }
        break;
    default:
        break;
    }
    return Str(w.view());
}

std::string isriStem(std::string_view word)
{
    return encodeUtf8(isriStem(std::u32string_view(utf8::decodeLossy(word))));
}

} // namespace mizan
