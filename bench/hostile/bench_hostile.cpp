// bench_hostile: scaling of the parsers and text paths on the inputs that were quadratic
// (issue 13, class 4). For each case the work runs at n and at 2n back to back, several rounds;
// printed: the median CPU time at n and at 2n and the median of the rounds' ratios (about 2
// for linear work; 4 for quadratic), with the lowest and highest ratio. CPU time (the work is
// single-threaded) is what other processes on a loaded machine change least; pairing the two
// sizes in one round keeps what they still change from reading as superlinear, and n is large
// enough for the work to dominate the fixed costs. The warnings case also prints the import
// against the XML parser alone on the same input. A first argument runs only the cases whose
// name holds it: `bench_hostile warnings`. The training case (`bench_hostile train`) runs each
// training in a process of its own, for its peak memory.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <malloc.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <pugixml.hpp>

#include "annotation/neardup.h"
#include "baseline/baselineeval.h"
#include "baseline/baselinemodel.h"
#include "benchsupport.h"
#include "common/resources.h"
#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "predict/predictor.h"
#include "text/textpipeline.h"
#include "tokenize/wordpiece.h"

using namespace mizan;

namespace {

double bestOf5(const std::function<void()> &f)
{
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        f();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

const char *g_only = "";  // run only the cases whose name holds this (the first argument)

bool selected(const char *name) { return std::string(name).find(g_only) != std::string::npos; }

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

void report(const char *name, std::size_t n, const std::function<std::string(std::size_t)> &make,
            const std::function<void(const std::string &)> &run, int rounds = 5)
{
    if (!selected(name))
        return;
    const std::string small = make(n), large = make(2 * n);
    run(small);  // warm-up: first-touch page faults and lazy initialisation out of the rounds
    run(large);
    std::vector<double> a, b, ratio;
    const auto cpu = [](const std::function<void()> &f) {
        const double start = bench::cpuSeconds();
        f();
        return bench::cpuSeconds() - start;
    };
    for (int r = 0; r < rounds; ++r) {
        a.push_back(cpu([&] { run(small); }));
        b.push_back(cpu([&] { run(large); }));
        ratio.push_back(b.back() / std::max(a.back(), 1e-9));
    }
    std::printf("%-44s n=%8zu %9.4f s  2n %9.4f s CPU  ratio %5.2f (%4.2f-%4.2f over %d rounds)\n", name, n, median(a),
                median(b), median(ratio), *std::min_element(ratio.begin(), ratio.end()),
                *std::max_element(ratio.begin(), ratio.end()), rounds);
}

void import(const std::string &data, const char *name)
{
    ImportResult r = importCorpusData(data, name);
    if (!r.ok)
        std::fprintf(stderr, "%s: %s\n", name, r.report.issues.at(0).toString().c_str());
}

std::string unknownElements(std::size_t n)
{
    std::string xml = "<Reviews><Review rid=\"1\"><sentences>";
    for (std::size_t k = 0; k < n; ++k)
        xml += "<x/>";
    return xml + "</sentences></Review></Reviews>";
}

// A review repeated to `bytes` bytes on one line (whole words): many targets, one sentence.
std::string longReviewLine(std::size_t bytes)
{
    const std::string review = "الغرفة نظيفة والموظفون لطفاء لكن الإفطار سيئ جدا والمسبح بارد. ";
    std::string s;
    while (s.size() + review.size() <= bytes)
        s += review;
    return s;
}

// Prediction with the shipped model (the linear baseline `mizan predict` uses by default) on
// one long line, at 5, 10 and 20 KB (each against its double): the issue measured 20 s on a
// 21 KB line. Then the same lines with every word given as a target (`mizan predict` with
// targets, the studio's pre-annotation), where each target's polarity used to prepare the
// whole sentence again.
void predictLongLines()
{
    if (!selected("predict: shipped model, one long line") && !selected("predict: shipped model, every word a target"))
        return;
    PredictorOptions options;
    options.threads = 1;
    auto predictor = Predictor::load(defaultModelDir(), options);
    if (!predictor) {
        std::fprintf(stderr, "predict: %s\n", predictor.error().c_str());
        return;
    }
    const auto predict = [&](const std::string &line) {
        auto p = (*predictor)->predict(line);
        if (!p)
            std::fprintf(stderr, "predict: %s\n", p.error().c_str());
    };
    for (std::size_t n : {5000, 10000, 20000})
        report("predict: shipped model, one long line", n, longReviewLine, predict);
    const auto everyWord = [&](const std::string &line) {
        std::vector<std::pair<std::size_t, std::size_t>> words;
        const std::u32string text = utf8::decodeLossy(line);
        for (std::size_t i = 0; i < text.size();) {
            const std::size_t end = std::min(text.find(U' ', i), text.size());
            if (end > i)
                words.emplace_back(i, end);
            i = end + 1;
        }
        auto p = (*predictor)->predict(line, words);
        if (!p)
            std::fprintf(stderr, "predict: %s\n", p.error().c_str());
    };
    for (std::size_t n : {5000, 10000, 20000})
        report("predict: shipped model, every word a target", n, longReviewLine, everyWord, 3);
}

std::string xmlSentence(const std::string &text, const std::string &opinions)
{
    return "<Reviews><Review rid=\"1\"><sentences><sentence id=\"1\"><text>" + text + "</text><Opinions>" + opinions +
           "</Opinions></sentence></sentences></Review></Reviews>";
}

// SemEval XML: one sentence of `words` words, every word an opinion target (polarities in
// turn), and 39 short sentences with one target each (as bench/hostile/train_long_sentence.py).
std::string everyWordATarget(std::size_t words)
{
    static const std::vector<std::string> kWords = {"الغرفة",  "نظيفة", "والموظفون", "لطفاء",   "لكن",
                                                    "الإفطار", "سيئ",   "جدا",       "والمسبح", "بارد"};
    static const char *kPolarity[] = {"positive", "negative", "neutral"};
    const auto sentence = [&](std::size_t id, std::size_t first, std::size_t count, bool everyWord) {
        std::string text, opinions;
        std::size_t at = 0;
        for (std::size_t k = 0; k < count; ++k) {
            const std::string &w = kWords[(first + k) % kWords.size()];
            const std::size_t length = utf8::decodeLossy(w).size();
            if (everyWord || k == 0)
                opinions += "<Opinion target=\"" + w + "\" category=\"HOTEL#GENERAL\" polarity=\"" + kPolarity[k % 3] +
                            "\" from=\"" + std::to_string(at) + "\" to=\"" + std::to_string(at + length) + "\"/>";
            text += (k ? " " : "") + w;
            at += length + 1;
        }
        return "<Review rid=\"" + std::to_string(id) + "\"><sentences><sentence id=\"" + std::to_string(id) +
               ":0\"><text>" + text + "</text><Opinions>" + opinions + "</Opinions></sentence></sentences></Review>";
    };
    std::string xml = "<Reviews>" + sentence(0, 0, words, true);
    for (std::size_t r = 1; r < 40; ++r)
        xml += sentence(r, r, 6, false);
    return xml + "</Reviews>";
}

// The child of trainingCase: trains the baseline (targets and polarity, one tagger epoch, one
// thread) on everyWordATarget(words).
int trainOnce(std::size_t words)
{
    ImportResult r = importCorpusData(everyWordATarget(words), "long.xml");
    if (!r.ok)
        return 2;
    BaselineOptions options;
    options.taggerEpochs = 1;
    options.threads = 1;
    auto model = BaselineModel::train(corpusSentences(r.corpus), options);
    if (!model) {
        std::fprintf(stderr, "train: %s\n", model.error().c_str());
        return 1;
    }
    return 0;
}

// CPU seconds and peak resident MB of `bench_hostile --train-once words` (a process of its own).
std::pair<double, double> trainInChild(std::size_t words)
{
    static std::string self = [] {
        char path[4096];
        const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
        return std::string(path, n > 0 ? std::size_t(n) : 0);
    }();
    const std::string count = std::to_string(words);
    char *argv[] = {self.data(), const_cast<char *>("--train-once"), const_cast<char *>(count.c_str()), nullptr};
    pid_t pid = 0;
    if (::posix_spawn(&pid, self.c_str(), nullptr, nullptr, argv, environ) != 0)
        return {-1.0, -1.0};
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {-1.0, -1.0};
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return {cpu, double(usage.ru_maxrss) / 1024.0};
}

// Training on one long sentence whose every word is a target (issue 13: each opinion's example
// held a copy of the sentence's bags, the logistic fit's rows grew with targets x words): at
// 500, 1,000, 2,000, 4,000 words, the median CPU time and peak memory of `rounds` runs, each
// against the size before. A process a run: peak memory is the run's alone, the fixed part
// (libtorch, the 39 short sentences, the tagger) included.
void trainingCase(int rounds = 3)
{
    const char *name = "train: baseline, every word a target";
    if (!selected(name))
        return;
    double cpuBefore = 0, peakBefore = 0;
    for (std::size_t words : {500, 1000, 2000, 4000}) {
        std::vector<double> cpu, peak;
        for (int r = 0; r < rounds; ++r) {
            const auto [c, p] = trainInChild(words);
            if (c < 0) {
                std::fprintf(stderr, "%s: the run at %zu words failed\n", name, words);
                return;
            }
            cpu.push_back(c);
            peak.push_back(p);
        }
        const double c = median(cpu), p = median(peak);
        std::printf("%-44s n=%8zu %9.3f s CPU (%.3f-%.3f)  peak %7.1f MB", name, words, c,
                    *std::min_element(cpu.begin(), cpu.end()), *std::max_element(cpu.begin(), cpu.end()), p);
        if (cpuBefore > 0)
            std::printf("  ratio to n/2: CPU %4.2f, memory %4.2f", c / cpuBefore, p / peakBefore);
        std::printf("\n");
        cpuBefore = c;
        peakBefore = p;
    }
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each row as soon as it is measured
    if (argc > 2 && std::string(argv[1]) == "--train-once")
        return trainOnce(std::stoul(argv[2]));
    if (argc > 1)
        g_only = argv[1];
    // Keep freed memory in the process: with glibc's defaults a run at 2n may hand its heap back
    // and page-fault it in again on the next, which on a virtual machine costs more than the work
    // measured (the XML parse alone went from 1 ms to 100 ms), and reads as superlinear.
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TOP_PAD, 256 << 20);
    // 2,000,000 unknown elements on one line: 70-80 ms of CPU a run at n, far above the fixed
    // cost of an import (at 100,000 the 10 ms wall-clock runs read anywhere from 1.4 to 4).
    report("XML: warnings on one long line", 2000000, unknownElements,
           [](const std::string &d) { import(d, "long.xml"); }, 15);
    if (selected("XML: the same, import / pugixml parse alone")) {
        // 200,000 unknown elements against the XML parser alone (the floor of any
        // import): what the warnings themselves cost.
        const std::string xml = unknownElements(200000);
        const double parse = bestOf5([&] {
            pugi::xml_document doc;
            (void)doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_doctype, pugi::encoding_utf8);
        });
        const double full = bestOf5([&] { import(xml, "long.xml"); });
        std::printf("%-44s n=%8d %9.4f s  parse %6.4f s  ratio %5.2f\n", "XML: the same, import / pugixml parse alone",
                    200000, full, parse, full / std::max(parse, 1e-9));
    }
    report("XML: lenient target repair, many occurrences", 20000, [](std::size_t n) {
        std::string ops;
        for (std::size_t k = 0; k < n; ++k)
            ops += "<Opinion target=\"ab\" category=\"C\" polarity=\"positive\" from=\"1\" to=\"2\"/>";
        std::string text;
        for (std::size_t k = 0; k < n; ++k)
            text += "ab ";
        return xmlSentence(text, ops);
    }, [](const std::string &d) { import(d, "repair.xml"); });
    report("CoNLL: entity types checked for misspellings", 5000, [](std::size_t n) {
        std::string conll;
        for (std::size_t k = 0; k < n; ++k)
            conll += "w B-T" + std::to_string(k) + "\n";
        return conll;
    }, [](const std::string &d) { import(d, "types.conll"); });
    report("rank: diversity pick over the whole pool", 4000, [](std::size_t n) {
        std::string lines;  // distinct sentences, none a near-duplicate of another
        for (std::size_t k = 0; k < n; ++k)
            lines += "الغرفة " + std::to_string(k * 7919 % 100003) + " نظيفة " + std::to_string(k) + "\n";
        return lines;
    }, [](const std::string &d) {
        std::vector<std::vector<std::uint64_t>> signatures;
        std::size_t start = 0;
        for (std::size_t end = d.find('\n'); end != std::string::npos; start = end + 1, end = d.find('\n', start))
            signatures.push_back(ngramSignature(d.substr(start, end - start)));
        std::vector<std::size_t> order(signatures.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        if (pickDiverse(order, signatures, order.size(), 0.5).empty())
            std::fprintf(stderr, "pickDiverse kept nothing\n");
    });
    TextPipeline pipeline(TextPipelineOptions{NormalizerOptions::search(), StemmerKind::Isri, true});
    report("text pipeline: one long word", 20000, [](std::size_t n) {
        std::string s;
        for (std::size_t k = 0; k < n; ++k)
            s += "ب";
        return s;
    }, [&](const std::string &d) { (void)pipeline.process(d); });
    report("text pipeline: a run of combining marks", 20000, [](std::size_t n) {
        std::string s = "ب";
        for (std::size_t k = 0; k < n; ++k)
            s += "\u064E";
        return s;
    }, [&](const std::string &d) { (void)pipeline.process(d); });
    report("text pipeline: long line of words", 5000, [](std::size_t n) {
        std::string s;
        for (std::size_t k = 0; k < n; ++k)
            s += "والفندق ";
        return s;
    }, [&](const std::string &d) { (void)pipeline.process(d); });
    auto vocab = Vocab::parse("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nب\n##ب\n", "vocab.txt");
    const WordPieceTokenizer tokenizer = *WordPieceTokenizer::create(*vocab, TokenizerConfig{});
    report("tokenizer: a run of combining marks", 20000, [](std::size_t n) {
        std::string s = "ب";
        for (std::size_t k = 0; k < n; ++k)
            s += "\u064E";
        return s;
    }, [&](const std::string &d) { (void)tokenizer.tokenize(d); });
    report("tokenizer: one long word", 20000, [](std::size_t n) {
        std::string s;
        for (std::size_t k = 0; k < n; ++k)
            s += "ب";
        return s;
    }, [&](const std::string &d) { (void)tokenizer.tokenize(d); });
    predictLongLines();
    trainingCase();
    return 0;
}
