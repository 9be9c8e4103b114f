#pragma once
// Reading and writing corpus files. Every importer returns the corpus AND an ImportReport.
#include <string>

#include "common/result.h"
#include "corpus/corpus.h"
#include "corpus/importreport.h"

namespace mizan {

struct ImportOptions {
    // Strict: stop at the first error. Lenient: repair what can be repaired, keep going and
    // list every problem in the report.
    bool strict = false;
    CorpusFormat format = CorpusFormat::Unknown;  // Unknown: detect from extension/content
};

struct ImportResult {
    Corpus corpus;
    ImportReport report;
    // False when the file could not be read at all (unreadable, not well-formed, strict
    // mode hit an error); report then holds the reason.
    bool ok = true;
};

// Reads a corpus file of any supported format (SemEval XML 2014/2015/2016, CoNLL/BIO,
// doccano JSONL, Mizan JSONL). Never throws.
ImportResult importCorpus(const std::string &path, const ImportOptions &options = {});

// Writes `corpus` to `path` in `format` (Unknown: corpus.format) atomically.
Status exportCorpus(const Corpus &corpus, const std::string &path,
                    CorpusFormat format = CorpusFormat::Unknown);

} // namespace mizan
