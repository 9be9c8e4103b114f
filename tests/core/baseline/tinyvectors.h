#pragma once
// Test helper: word vectors learned in a second from the tiny corpus's own text, as the
// baseline normalises it (8 dimensions, every word kept), saved into `dir`.
#include <string>
#include <vector>

#include "baseline/baselineeval.h"
#include "baseline/vectorfeatures.h"
#include "vectors/wordvectors.h"

namespace mizan::test {

inline Status trainTinyVectors(const Corpus &corpus, const std::string &dir)
{
    std::vector<std::string> lines;
    for (const Sentence *s : corpusSentences(corpus))
        lines.push_back(baseline::vectorText(s->text));
    WordVectorOptions o;
    o.dim = 8;
    o.epoch = 3;
    o.minCount = 1;
    o.buckets = 5000;
    o.threads = 1;
    o.sampling = 1.0;
    o.normalisation = baseline::kVectorNormalisation;
    auto trained = WordVectors::train(lines, o, dir);
    return trained ? Status() : trained.status();
}

} // namespace mizan::test
