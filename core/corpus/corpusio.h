#pragma once
// Reading and writing corpus files. Every importer returns the corpus AND an ImportReport.
#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.h"
#include "corpus/corpus.h"
#include "corpus/importreport.h"

namespace mizan {

struct ImportOptions {
    // Strict: stop at the first error. Lenient: repair what can be repaired, keep going and
    // list every problem in the report.
    bool strict = false;
    CorpusFormat format = CorpusFormat::Unknown;  // Unknown: detect from extension/content
    // Files larger than this are refused with a clear message before anything is read.
    // Importing a 200 MB SemEval file peaks at about 1 GB of memory.
    std::size_t maxBytes = std::size_t(1) << 30;
};

struct ImportResult {
    Corpus corpus;
    ImportReport report;
    // False when the file could not be read at all (unreadable, not well-formed, strict
    // mode hit an error); report then holds the reason.
    bool ok = true;
};

// Reads a corpus file of any supported format (SemEval XML 2014/2015/2016, CoNLL/BIO,
// doccano JSONL, Mizan JSONL). Never throws. A leading UTF-8 BOM is skipped; invalid UTF-8 is
// an error in strict mode and is replaced by U+FFFD (with a warning) in lenient mode. An
// empty, unreadable or over-large file gives ok = false and an error naming the file.
ImportResult importCorpus(const std::string &path, const ImportOptions &options = {});

// Like importCorpus() but reads `data` (the contents of a file) directly; `name` is the file
// name used in the report and for format detection by extension.
ImportResult importCorpusData(std::string data, const std::string &name, const ImportOptions &options = {});

// The format `path` most likely holds, from its extension and then from `head` (the first
// bytes of the file): '<' -> SemEval XML, '{' -> JSONL (Mizan when the first object has
// "sentences" or "mizan_corpus", else doccano), anything else -> CoNLL.
CorpusFormat detectFormat(const std::string &path, std::string_view head);

// Writes `corpus` to `path` in `format` atomically (Unknown: corpus.format, else the
// extension). SemEval XML keeps ids, categories, polarities, offsets and unknown attributes,
// and Mizan's review marks (reviewed="TRUE") and entity spans (<Entities>); CoNLL keeps only
// sentence tokens and entity spans; doccano keeps text and entity spans; Mizan JSONL keeps
// everything. exportLosses() (corpus/exportcheck.h) says beforehand what a format drops.
// Fails with IoError naming the path.
Status exportCorpus(const Corpus &corpus, const std::string &path,
                    CorpusFormat format = CorpusFormat::Unknown);

} // namespace mizan
