// bench_text: normalise ("light" preset) + segment + ISRI-stem every sentence of the SemEval
// 2016 Arabic hotels train file, then run NLTK's ISRIStemmer doing the same in Debian's
// Python in the same run, and print the speed ratio and MB/s. Both sides time only the
// processing loop (best of N repetitions), not start-up or XML parsing, in process CPU time
// (CLOCK_PROCESS_CPUTIME_ID here, time.process_time() there): the build machines are
// shared, and wall time would measure the neighbours. The stemmed
// outputs are compared word by word as a sanity check that both did the same work.
#include <pugixml.hpp>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "benchsupport.h"
#include "common/utf8.h"
#include "text/textpipeline.h"

namespace {

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::vector<std::string> splitWords(const std::string &s)
{
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

std::string readAll(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

int main(int argc, char **argv)
{
    const std::string xmlPath = argc > 1 ? argv[1]
                                         : std::string(MIZAN_SHARED_DIR) + "/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml";
    const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    pugi::xml_document doc;
    if (!doc.load_file(xmlPath.c_str())) {
        std::cerr << "bench_text: cannot read " << xmlPath << " (set the path as the first argument)\n";
        return 1;
    }
    std::vector<std::string> sentences;
    std::size_t bytes = 0;
    for (const pugi::xpath_node &n : doc.select_nodes("//sentence/text")) {
        std::string t = n.node().child_value();
        std::replace(t.begin(), t.end(), '\n', ' ');
        bytes += t.size();
        sentences.push_back(std::move(t));
    }

    mizan::TextPipelineOptions opts;
    opts.normalizer = mizan::NormalizerOptions::light();
    opts.stemmer = mizan::StemmerKind::Isri;
    mizan::TextPipeline pipeline(opts);
    std::vector<std::string> ours(sentences.size());
    std::vector<std::u32string> words;  // every word token, normalised, for the stemmer-only run
    double best = 1e30;
    std::size_t tokens = 0;
    for (int r = 0; r < reps; ++r) {
        tokens = 0;
        const double start = cpuSeconds();
        for (std::size_t i = 0; i < sentences.size(); ++i) {
            auto p = pipeline.process(sentences[i]);
            if (!p.ok()) {
                std::cerr << "bench_text: sentence " << i << ": " << p.error() << '\n';
                return 1;
            }
            tokens += p->tokens.size();
            if (r == 0)
                for (const mizan::ProcessedToken &t : p->tokens)
                    if (t.kind == mizan::TokenKind::Word)
                        words.push_back(mizan::utf8::decodeLossy(t.norm));
            ours[i] = std::move(p->stemmed);
        }
        best = std::min(best, cpuSeconds() - start);
    }

    // The stemmer alone on the same words.
    std::vector<std::u32string> stems(words.size());
    double bestStem = 1e30;
    for (int r = 0; r < reps; ++r) {
        const double start = cpuSeconds();
        for (std::size_t i = 0; i < words.size(); ++i)
            stems[i] = mizan::isriStem(std::u32string_view(words[i]));
        bestStem = std::min(bestStem, cpuSeconds() - start);
    }

    // The peer reads the same sentences and words, one per line.
    const std::string dir = "/tmp/mizan_bench_text_" + std::to_string(::getpid());
    const std::string input = dir + "_in.txt", output = dir + "_out.txt";
    const std::string wordsIn = dir + "_words.txt", wordsOut = dir + "_stems.txt";
    {
        std::ofstream f(input);
        for (std::size_t i = 0; i < sentences.size(); ++i)
            f << sentences[i] << (i + 1 < sentences.size() ? "\n" : "");
        std::ofstream w(wordsIn);
        for (std::size_t i = 0; i < words.size(); ++i)
            w << mizan::utf8::encode(words[i]) << (i + 1 < words.size() ? "\n" : "");
    }
    const std::string cmd = std::string("/usr/bin/python3 ") + MIZAN_BENCH_PEER + " " + input + " " + output + " " +
                            std::to_string(std::max(1, reps / 2)) + " " + wordsIn + " " + wordsOut;
    const std::optional<std::string> peerRun = mizan::bench::runPeer(cmd);
    if (!peerRun) {
        std::cerr << "bench_text: the NLTK peer failed (is python3-nltk installed?): " << cmd << '\n';
        return 1;
    }
    const std::string &peerJson = *peerRun;
    const auto key = peerJson.find("\"seconds\":");
    if (key == std::string::npos) {
        std::cerr << "bench_text: unexpected peer output: " << peerJson << '\n';
        return 1;
    }
    const double peer = std::atof(peerJson.c_str() + key + 10);
    const auto stemKey = peerJson.find("\"stem_seconds\":");
    const double peerStem = stemKey == std::string::npos ? 0.0 : std::atof(peerJson.c_str() + stemKey + 15);

    // The stems of the word list must be NLTK's, exactly.
    std::size_t stemSame = 0;
    {
        std::istringstream in(readAll(wordsOut));
        std::size_t i = 0;
        for (std::string l; std::getline(in, l) && i < stems.size(); ++i)
            stemSame += l == mizan::utf8::encode(stems[i]);
    }

    // Sanity check: the same stems, word by word.
    std::istringstream peerOut(readAll(output));
    std::size_t same = 0, total = 0, line = 0;
    for (std::string l; std::getline(peerOut, l) && line < ours.size(); ++line) {
        const auto a = splitWords(ours[line]), b = splitWords(l);
        total += std::max(a.size(), b.size());
        for (std::size_t k = 0; k < std::min(a.size(), b.size()); ++k)
            same += a[k] == b[k];
    }
    for (const std::string &f : {input, output, wordsIn, wordsOut})
        std::remove(f.c_str());

    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("bench_text: %zu sentences, %.2f MB UTF-8, %zu tokens (SemEval-2016 AR hotels train)\n",
                sentences.size(), mb, tokens);
    std::printf("  mizan  (light + segment + ISRI): %8.1f ms  %7.2f MB/s\n", best * 1e3, mb / best);
    std::printf("  NLTK 3.8 ISRIStemmer (python3) : %8.1f ms  %7.2f MB/s\n", peer * 1e3, mb / peer);
    std::printf("  speed ratio: %.1fx NLTK; same stem at the same position: %.2f%% of %zu words\n", peer / best,
                total ? 100.0 * static_cast<double>(same) / static_cast<double>(total) : 0.0, total);
    std::printf("  ISRI alone on the same %zu words: mizan %.1f ms, NLTK %.1f ms: %.1fx; identical stems: %.2f%%\n",
                words.size(), bestStem * 1e3, peerStem * 1e3, peerStem / bestStem,
                words.empty() ? 0.0 : 100.0 * static_cast<double>(stemSame) / static_cast<double>(words.size()));
    return 0;
}
