// bench_tokenize: WordPiece-tokenize the 4,802 sentences of the SemEval 2016 Arabic hotels
// train file with the real 64k AraBERT v0.2-style vocabulary, cased and uncased, then run
// Hugging Face's slow BertTokenizer algorithm (bert_peer.py, Debian's Python) on the same
// sentences in the same run and print the speed ratio. Both sides time only the tokenize loop
// (best of N), in process CPU time (the build machines are shared), and the token lists are
// compared sentence by sentence.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <unistd.h>

#include "benchsupport.h"
#include "tokenize/wordpiece.h"

namespace {

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::vector<std::string> readLines(const std::string &path)
{
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string shared = MIZAN_SHARED_DIR;
    const std::string xmlPath = shared + "/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml";
    const std::string vocabPath = shared + "/data/vocab/arabertv02-style/vocab.txt";
    const int reps = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    pugi::xml_document doc;
    if (!doc.load_file(xmlPath.c_str())) {
        std::cerr << "bench_tokenize: cannot read " << xmlPath << '\n';
        return 1;
    }
    std::vector<std::string> sentences;
    std::size_t bytes = 0;
    for (const pugi::xpath_node &n : doc.select_nodes("//sentence/text")) {
        std::string t = n.node().child_value();
        std::replace(t.begin(), t.end(), '\n', ' ');  // the peer reads one sentence per line
        std::replace(t.begin(), t.end(), '\r', ' ');
        bytes += t.size();
        sentences.push_back(std::move(t));
    }
    mizan::Result<mizan::Vocab> vocab = mizan::Vocab::load(vocabPath);
    if (!vocab) {
        std::cerr << "bench_tokenize: " << vocab.error() << '\n';
        return 1;
    }

    const std::string base = "/tmp/mizan_bench_tokenize_" + std::to_string(::getpid());
    {
        std::ofstream f(base + "_in.txt");
        for (std::size_t i = 0; i < sentences.size(); ++i)
            f << sentences[i] << (i + 1 < sentences.size() ? "\n" : "");
    }
    const std::string cmd = std::string("/usr/bin/python3 ") + MIZAN_BENCH_PEER + " " + vocabPath + " " + base
        + "_in.txt " + base + "_cased.txt " + base + "_uncased.txt " + std::to_string(reps);
    const std::string peerOut = mizan::bench::runPeer(cmd).value_or("");
    nlohmann::json peer;
    try {
        peer = nlohmann::json::parse(peerOut);
    } catch (const std::exception &) {
        std::cerr << "bench_tokenize: the Python peer failed (" << cmd << ")\n";
        return 1;
    }

    int status = 0;
    for (const bool lower : {false, true}) {
        const std::string name = lower ? "uncased" : "cased";
        mizan::TokenizerConfig config;
        config.doLowerCase = lower;
        auto tok = mizan::WordPieceTokenizer::create(*vocab, config);
        if (!tok) {
            std::cerr << "bench_tokenize: " << tok.error() << '\n';
            return 1;
        }
        std::vector<std::string> ours(sentences.size());
        std::size_t pieces = 0;
        double best = 1e30;
        for (int r = 0; r < reps; ++r) {
            pieces = 0;
            const double start = cpuSeconds();
            for (std::size_t i = 0; i < sentences.size(); ++i) {
                const std::vector<mizan::Token> tokens = tok->tokenize(sentences[i]);
                pieces += tokens.size();
                if (r == 0) {
                    std::string line;
                    for (const mizan::Token &t : tokens)
                        line += (line.empty() ? "" : " ") + t.text;
                    ours[i] = std::move(line);
                }
            }
            best = std::min(best, cpuSeconds() - start);
        }
        const std::vector<std::string> theirs = readLines(base + "_" + name + ".txt");
        std::size_t same = 0;
        for (std::size_t i = 0; i < sentences.size() && i < theirs.size(); ++i)
            same += ours[i] == theirs[i];
        const double peerSeconds = peer[name].get<double>();
        std::printf("%-8s %zu sentences, %zu tokens, %.1f MB: mizan %.3f s (%.2f MB/s), Python HF algorithm %.3f s "
                    "(%.2f MB/s), speed-up %.1fx; identical tokens %zu/%zu\n",
                    name.c_str(), sentences.size(), pieces, double(bytes) / 1e6, best, double(bytes) / 1e6 / best,
                    peerSeconds, double(bytes) / 1e6 / peerSeconds, peerSeconds / best, same, sentences.size());
        if (same != sentences.size())
            status = 2;
    }
    for (const char *suffix : {"_in.txt", "_cased.txt", "_uncased.txt"})
        std::remove((base + suffix).c_str());
    return status;
}
