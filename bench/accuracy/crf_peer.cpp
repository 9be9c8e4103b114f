// crf_peer: the textbook feature CRF of issue 16, the tagging peer of bench/accuracy (Debian
// ships no CRFsuite binding): a linear-chain CRF over words (Mizan's default word splitter:
// white space, punctuation and symbols on their own) with the word, its 1-3 character
// prefixes and suffixes, its shape, the words within two positions and the word bigrams around
// it. It is trained by Mizan's own CRF code (the baseline's tagger network and training loop,
// same epochs and learning rate) so only the units and features differ from the baseline.
//
//   crf_peer --train FILE --dev FILE (--targets | --entities)
// prints one JSON object: exact-span P/R/F1 on dev (labelled for entities, per label too) and
// the training seconds.
#include <chrono>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "baseline/baselinenets.h"
#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "corpus/wordtokenizer.h"

namespace mizan {
namespace {

using baseline::TaggerExample;

struct WordSentence {
    std::vector<baseline::Unit> units;  // one per word, word index = its own position
    std::vector<std::string> forms;     // featureForm of each word
};

WordSentence wordsOf(const std::string &text)
{
    WordSentence s;
    const std::u32string cps = utf8::decodeLossy(text);
    for (const WordToken &w : splitWords(text)) {
        baseline::Unit u;
        u.start = w.start;
        u.end = w.end;
        u.word = s.units.size();
        s.units.push_back(u);
        s.forms.push_back(baseline::featureForm(std::u32string_view(cps).substr(w.start, w.end - w.start)));
    }
    return s;
}

std::string shape(const std::u32string &w)
{
    std::string s;
    for (char32_t c : w) {
        const char k = c >= U'0' && c <= U'9' ? 'd' : c >= U'\u0600' && c <= U'\u06FF' ? 'a' : c < 0x250 ? 'l' : 'o';
        if (s.empty() || s.back() != k)
            s += k;
    }
    return s + (w.size() > 4 ? "+" : std::to_string(w.size()));
}

TaggerExample example(const baseline::FeatureHasher &h, const WordSentence &s)
{
    TaggerExample ex;
    const auto n = static_cast<std::ptrdiff_t>(s.forms.size());
    auto at = [&](std::ptrdiff_t j) { return j < 0 ? std::string("<s>") : j >= n ? std::string("</s>") : s.forms[std::size_t(j)]; };
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        std::vector<std::int64_t> f{h.id("bias", ""), h.id("w", at(i)), h.id("b-", at(i - 1) + "|" + at(i)),
                                    h.id("b+", at(i) + "|" + at(i + 1))};
        const std::u32string cps = utf8::decodeLossy(at(i));
        for (std::size_t k = 1; k <= 3 && k <= cps.size(); ++k) {
            f.push_back(h.id("p", utf8::encode(std::u32string_view(cps).substr(0, k))));
            f.push_back(h.id("s", utf8::encode(std::u32string_view(cps).substr(cps.size() - k))));
        }
        f.push_back(h.id("shape", shape(cps)));
        for (std::ptrdiff_t k : {-2, -1, 1, 2})
            f.push_back(h.id("w" + std::to_string(k), at(i + k)));
        ex.features.push_back(std::move(f));
    }
    return ex;
}

using Labelled = std::set<std::tuple<std::string, std::size_t, std::size_t>>;

Labelled goldOf(const Sentence &s, bool entities)
{
    Labelled out;
    if (entities)
        for (const EntitySpan &e : s.entities)
            out.emplace(e.label, e.start, e.end);
    else
        for (const auto &[a, b] : baseline::explicitTargetSpans(s))
            out.emplace("TARGET", a, b);
    return out;
}

std::vector<EntitySpan> goldSpans(const Sentence &s, bool entities)
{
    std::vector<EntitySpan> out;
    for (const auto &[l, a, b] : goldOf(s, entities))
        out.push_back({l, a, b});
    return out;
}

Corpus read(const std::string &path)
{
    ImportResult r = importCorpus(path);
    if (!r.ok)
        throw std::runtime_error(path + ": cannot be read as a corpus");
    return std::move(r.corpus);
}

int run(const std::string &trainPath, const std::string &devPath, bool entities)
{
    const Corpus train = read(trainPath), dev = read(devPath);
    std::vector<std::string> labels = {"O"};
    std::set<std::string> types;
    for (const Document &d : train.documents)
        for (const Sentence &s : d.sentences)
            for (const auto &g : goldOf(s, entities))
                types.insert(std::get<0>(g));
    for (const std::string &t : types) {
        labels.push_back("B-" + t);
        labels.push_back("I-" + t);
    }
    BaselineOptions options;  // the baseline's tagger settings: buckets, epochs, learning rate, batch
    const baseline::FeatureHasher hasher(options.taggerBuckets);
    torch::manual_seed(options.seed);
    torch::set_num_threads(1);
    std::mt19937_64 rng(options.seed);
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<TaggerExample> tagged;
    for (const Document &d : train.documents)
        for (const Sentence &s : d.sentences) {
            const WordSentence ws = wordsOf(s.text);
            if (ws.units.empty())
                continue;
            TaggerExample ex = example(hasher, ws);
            ex.tags = baseline::labelledBioTags(ws.units, goldSpans(s, entities), labels);
            tagged.push_back(std::move(ex));
        }
    BaselineTagger net(options.taggerBuckets, labels);
    trainTagger(*net, tagged, options, rng, "peer", {}, nullptr);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    torch::NoGradGuard noGrad;
    std::map<std::string, std::array<std::size_t, 3>> counts;  // label -> gold, predicted, correct
    for (const Document &d : dev.documents)
        for (const Sentence &s : d.sentences) {
            const Labelled gold = goldOf(s, entities);
            Labelled pred;
            const WordSentence ws = wordsOf(s.text);
            if (!ws.units.empty()) {
                const TaggerExample ex = example(hasher, ws);
                const TaggerBatch tb = taggerBatch(*net, {&ex});
                const auto tags = net->crf->decode(tb.emissions, tb.mask).at(0);
                for (const EntitySpan &e : baseline::labelledSpansFromTags(ws.units, tags, labels))
                    pred.emplace(e.label, e.start, e.end);
            }
            for (const auto &g : gold)
                ++counts[std::get<0>(g)][0], counts[std::get<0>(g)][2] += pred.count(g);
            for (const auto &p : pred)
                ++counts[std::get<0>(p)][1];
        }
    auto prf = [](const std::array<std::size_t, 3> &c) {
        const double p = c[1] ? double(c[2]) / double(c[1]) : 0.0, r = c[0] ? double(c[2]) / double(c[0]) : 0.0;
        return nlohmann::json{{"precision", p}, {"recall", r}, {"f1", p + r > 0 ? 2 * p * r / (p + r) : 0.0}, {"support", c[0]}};
    };
    std::array<std::size_t, 3> micro{0, 0, 0};
    nlohmann::json perLabel = nlohmann::json::object();
    for (const auto &[label, c] : counts) {
        for (int k = 0; k < 3; ++k)
            micro[std::size_t(k)] += c[std::size_t(k)];
        perLabel[label] = prf(c);
    }
    nlohmann::json out = prf(micro);
    out["per_label"] = perLabel;
    out["train_seconds"] = seconds;
    out["train_sentences"] = tagged.size();
    std::cout << out.dump() << '\n';
    return 0;
}

} // namespace
} // namespace mizan

int main(int argc, char **argv)
{
    std::string train, dev;
    bool entities = false, targets = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if ((a == "--train" || a == "--dev") && i + 1 < argc)
            (a == "--train" ? train : dev) = argv[++i];
        else if (a == "--entities")
            entities = true;
        else if (a == "--targets")
            targets = true;
        else {
            std::cerr << "usage: crf_peer --train FILE --dev FILE (--targets | --entities)\n";
            return 2;
        }
    }
    if (train.empty() || dev.empty() || entities == targets) {
        std::cerr << "usage: crf_peer --train FILE --dev FILE (--targets | --entities)\n";
        return 2;
    }
    try {
        return mizan::run(train, dev, entities);
    } catch (const std::exception &e) {
        std::cerr << "crf_peer: " << e.what() << '\n';
        return 1;
    }
}
