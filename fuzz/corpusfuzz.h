#pragma once
// Reads fuzz input as a corpus of one format, lenient and strict, and checks what every
// import promises: no exception, valid UTF-8 text, spans inside their sentence, messages of
// bounded size with a position.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/utf8.h"
#include "corpus/corpusio.h"
#include "fuzzcheck.h"

namespace mizan::fuzz {

inline void checkImport(const ImportResult &r)
{
    for (const ImportIssue &issue : r.report.issues)
        MIZAN_FUZZ_CHECK(issue.message.size() < 2048);
    if (!r.ok)
        return;
    for (const Document &d : r.corpus.documents) {
        for (const Sentence &s : d.sentences) {
            MIZAN_FUZZ_CHECK(utf8::isValid(s.text));
            const std::size_t length = utf8::length(s.text);
            for (const Opinion &op : s.opinions)
                MIZAN_FUZZ_CHECK(op.isNull || (op.from < op.to && op.to <= length));
            for (const EntitySpan &e : s.entities)
                MIZAN_FUZZ_CHECK(e.start < e.end && e.end <= length);
        }
    }
}

inline void importBoth(const std::uint8_t *data, std::size_t size, const char *name, CorpusFormat format)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    for (bool strict : {false, true}) {
        ImportOptions options;
        options.strict = strict;
        options.format = format;
        checkImport(importCorpusData(text, name, options));
    }
}

} // namespace mizan::fuzz
