// bench_import: SemEval train XML import (with every check the importer makes: UTF-8,
// offsets against targets, line/column bookkeeping) plus task building, against Debian's
// Python xml.etree parsing the same file and building the same sentiment pairs, in the
// same run. Prints both times (best of N) and the ratio.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include "benchsupport.h"
#include "corpus/corpusio.h"
#include "corpus/taskviews.h"

using namespace mizan;

int main(int argc, char **argv)
{
    const std::string path = argc > 1 ? argv[1]
                                      : std::string(MIZAN_SHARED_DIR) +
                                            "/data/semeval2016-ar-hotels/AR_Hotels_Train_SB1.xml";
    const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    if (!std::filesystem::exists(path)) {
        std::cerr << "bench_import: " << path << " not found (pass a SemEval XML file)\n";
        return 2;
    }
    double importBest = 1e9, allBest = 1e9;
    std::size_t pairs = 0, nulls = 0, bioSentences = 0;
    for (int i = 0; i < reps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        ImportResult r = importCorpus(path);
        if (!r.ok) {
            std::cerr << "bench_import: " << r.report.issues.at(0).toString() << '\n';
            return 1;
        }
        pairs = buildSentimentExamples(r.corpus).size();
        nulls = buildCategoryExamples(r.corpus).size();
        const auto viewsEnd = std::chrono::steady_clock::now();
        bioSentences = buildBioView(r.corpus, {SpanSource::Targets, TargetLabeling::Single, "TARGET"}).examples.size();
        const auto end = std::chrono::steady_clock::now();
        importBest = std::min(importBest, std::chrono::duration<double>(viewsEnd - start).count());
        allBest = std::min(allBest, std::chrono::duration<double>(end - start).count());
    }

    const std::string cmd = std::string("/usr/bin/python3 ") + MIZAN_BENCH_PEER + " '" + path + "' " +
                            std::to_string(reps);
    const std::optional<std::string> peerOut = mizan::bench::runPeer(cmd);
    double peer = 0;
    std::size_t peerPairs = 0, peerNulls = 0;
    const bool peerOk = peerOut && std::sscanf(peerOut->c_str(), "%lf %zu %zu", &peer, &peerPairs, &peerNulls) == 3;
    if (!peerOk || peer <= 0) {
        std::cerr << "bench_import: the Python peer failed: " << cmd << '\n';
        return 1;
    }
    const double mb = static_cast<double>(std::filesystem::file_size(path)) / (1 << 20);
    std::printf("bench_import: %s (%.1f MB), best of %d\n", path.c_str(), mb, reps);
    std::printf("  mizan import + sentiment pairs + NULL-target view : %8.1f ms  %7.1f MB/s\n", importBest * 1e3,
                mb / importBest);
    std::printf("  ... + BIO target view (%zu sentences)           : %8.1f ms\n", bioSentences, allBest * 1e3);
    std::printf("  python3 xml.etree parse + the same pairs          : %8.1f ms  %7.1f MB/s\n", peer * 1e3,
                mb / peer);
    std::printf("  pairs %zu (python %zu), NULL targets %zu (python %zu)\n", pairs, peerPairs, nulls, peerNulls);
    std::printf("  speed ratio (python / mizan, same work): %.2fx\n", peer / importBest);
    return pairs == peerPairs && nulls == peerNulls ? 0 : 1;
}
