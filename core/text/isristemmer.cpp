// A faithful port of NLTK 3.8's ISRIStemmer (nltk/stem/isri.py), itself based on Taghva,
// Elkhoury and Coombs (2005), "Arabic Stemming without a root dictionary". The order of the
// affix lists and of the pattern tests matters: it is kept exactly as in NLTK, so that the
// same word gives the same stem (tests/core/text/isristemmer_test.cpp checks every word of
// the SemEval training split against NLTK's output).
#include <algorithm>
#include <array>

#include "common/utf8.h"
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

bool startsWith(const Str &w, View p) { return w.size() >= p.size() && View(w).substr(0, p.size()) == p; }
bool endsWith(const Str &w, View s) { return w.size() >= s.size() && View(w).substr(w.size() - s.size()) == s; }
bool in(char32_t c, View set) { return set.find(c) != View::npos; }

// norm(word, 1): drop the short vowels U+064B..U+0652 anywhere.
Str removeShortVowels(View word)
{
    Str out;
    out.reserve(word.size());
    for (char32_t c : word)
        if (c < 0x064B || c > 0x0652)
            out.push_back(c);
    return out;
}

// norm(word, 2): initial آ أ إ -> ا.
void normalizeInitialHamza(Str &w)
{
    if (!w.empty() && (w[0] == U'\u0622' || w[0] == U'\u0623' || w[0] == U'\u0625'))
        w[0] = kAlef;
}

void pre32(Str &w)
{
    if (w.size() >= 6)
        for (View p : kP3)
            if (startsWith(w, p)) { w.erase(0, 3); return; }
    if (w.size() >= 5)
        for (View p : kP2)
            if (startsWith(w, p)) { w.erase(0, 2); return; }
}

void suf32(Str &w)
{
    if (w.size() >= 6)
        for (View s : kS3)
            if (endsWith(w, s)) { w.resize(w.size() - 3); return; }
    if (w.size() >= 5)
        for (View s : kS2)
            if (endsWith(w, s)) { w.resize(w.size() - 2); return; }
}

void waw(Str &w)
{
    if (w.size() >= 4 && w[0] == kWaw && w[1] == kWaw)
        w.erase(0, 1);
}

void suf1(Str &w)
{
    // NLTK returns at the first suffix in list order that matches; a one-letter suffix
    // matches exactly when it is the last letter, so list order does not matter here.
    if (!w.empty() && in(w.back(), kS1))
        w.pop_back();
}

void pre1(Str &w)
{
    if (!w.empty() && in(w.front(), kP1))
        w.erase(0, 1);
}

Str cat(std::initializer_list<char32_t> cs) { return Str(cs); }

void proW4(Str &w)
{
    if (w[0] == kMeem) {  // مفعل
        w.erase(0, 1);
    } else if (w[1] == kAlef) {  // فاعل
        w.erase(1, 1);
    } else if (in(w[2], U"\u0627\u0648\u064a")) {  // فعال - فعول - فعيل
        w = cat({w[0], w[1], w[3]});
    } else if (w[3] == kTehMarbuta) {  // فعلة
        w.pop_back();
    } else {
        suf1(w);
        if (w.size() == 4)
            pre1(w);
    }
}

void proW53(Str &w)
{
    if (in(w[2], U"\u0627\u062a") && w[0] == kAlef) {  // افتعل - افاعل
        w = Str(1, w[1]) + w.substr(3);
    } else if (in(w[3], U"\u0627\u064a\u0648") && w[0] == kMeem) {  // مفعول - مفعال - مفعيل
        w = cat({w[1], w[2], w[4]});
    } else if (in(w[0], U"\u0627\u062a\u0645") && w[4] == kTehMarbuta) {  // مفعلة - تفعلة - افعلة
        w = w.substr(1, 3);
    } else if (in(w[0], U"\u0645\u064a\u062a") && w[2] == kTeh) {  // مفتعل - يفتعل - تفتعل
        w = Str(1, w[1]) + w.substr(3);
    } else if (in(w[0], U"\u0645\u062a") && w[2] == kAlef) {  // مفاعل - تفاعل
        w = Str(1, w[1]) + w.substr(3);
    } else if (in(w[2], U"\u0627\u0648") && w[4] == kTehMarbuta) {  // فعولة - فعالة
        w = cat({w[0], w[1], w[3]});
    } else if (in(w[0], U"\u0627\u0645") && w[1] == kNoon) {  // انفعل - منفعل
        w = w.substr(2);
    } else if (w[3] == kAlef && w[0] == kAlef) {  // افعال
        w = cat({w[1], w[2], w[4]});
    } else if (w[4] == kNoon && w[3] == kAlef) {  // فعلان
        w = w.substr(0, 3);
    } else if (w[3] == kYeh && w[0] == kTeh) {  // تفعيل
        w = cat({w[1], w[2], w[4]});
    } else if (w[3] == kWaw && w[1] == kAlef) {  // فاعول
        w = cat({w[0], w[2], w[4]});
    } else if (w[2] == kAlef && w[1] == kWaw) {  // فواعل
        w = Str(1, w[0]) + w.substr(3);
    } else if (w[3] == kYehHamza && w[2] == kAlef) {  // فعائل
        w = cat({w[0], w[1], w[4]});
    } else if (w[4] == kTehMarbuta && w[1] == kAlef) {  // فاعلة
        w = cat({w[0], w[2], w[3]});
    } else if (w[4] == kYeh && w[2] == kAlef) {  // فعالي
        w = cat({w[0], w[1], w[3]});
    } else {
        suf1(w);
        if (w.size() == 5)
            pre1(w);
    }
}

void proW54(Str &w)
{
    if (in(w[0], U"\u0627\u062a\u0645")) {  // تفعلل - افعلل - مفعلل
        w.erase(0, 1);
    } else if (w[4] == kTehMarbuta) {  // فعللة
        w.resize(4);
    } else if (w[2] == kAlef) {  // فعالل
        w.erase(2, 1);
    }
}

void endW5(Str &w)
{
    if (w.size() == 4)
        proW4(w);
    else if (w.size() == 5)
        proW54(w);
}

void proW6(Str &w)
{
    if (startsWith(w, U"\u0627\u0633\u062a") || startsWith(w, U"\u0645\u0633\u062a")) {  // مستفعل - استفعل
        w.erase(0, 3);
    } else if (w[0] == kMeem && w[3] == kAlef && w[5] == kTehMarbuta) {  // مفعالة
        w = cat({w[1], w[2], w[4]});
    } else if (w[0] == kAlef && w[2] == kTeh && w[4] == kAlef) {  // افتعال
        w = cat({w[1], w[3], w[5]});
    } else if (w[0] == kAlef && w[3] == kWaw && w[2] == w[4]) {  // افعوعل
        w = Str(1, w[1]) + w.substr(4);
    } else if (w[0] == kTeh && w[2] == kAlef && w[4] == kYeh) {  // تفاعيل
        w = cat({w[1], w[3], w[5]});
    } else {
        suf1(w);
        if (w.size() == 6)
            pre1(w);
    }
}

void proW64(Str &w)
{
    if (w[0] == kAlef && w[4] == kAlef) {  // افعلال
        w = w.substr(1, 3) + Str(1, w[5]);
    } else if (startsWith(w, U"\u0645\u062a")) {  // متفعلل
        w.erase(0, 2);
    }
}

void endW6(Str &w)
{
    if (w.size() == 5) {
        proW53(w);
        endW5(w);
    } else if (w.size() == 6) {
        proW64(w);
    }
}

} // namespace

std::u32string isriStem(std::u32string_view word)
{
    Str w = removeShortVowels(word);
    if (std::find(kStopWords.begin(), kStopWords.end(), View(w)) != kStopWords.end())
        return w;
    pre32(w);
    suf32(w);
    waw(w);
    normalizeInitialHamza(w);
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
    return w;
}

std::string isriStem(std::string_view word)
{
    return utf8::encode(isriStem(std::u32string_view(utf8::decodeLossy(word))));
}

} // namespace mizan
