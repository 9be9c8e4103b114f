#pragma once
// Internal to core/corpus: one reader and one writer per file format, called by corpusio.cpp.
// Readers fill `out` and report through `ctx`; they throw detail::ImportStopped to stop.
#include <string>
#include <string_view>

#include "corpus/corpus.h"
#include "corpus/importcontext.h"

namespace mizan::detail {

// `buffer` is parsed in place (it is modified and must outlive nothing after the call).
void readSemEvalXml(std::string &buffer, ImportContext &ctx, Corpus &out);
std::string writeSemEvalXml(const Corpus &corpus);

void readConll(std::string_view text, ImportContext &ctx, Corpus &out);
std::string writeConll(const Corpus &corpus);

// `format` is JsonlDoccano or JsonlMizan.
void readJsonl(std::string_view text, CorpusFormat format, ImportContext &ctx, Corpus &out);
std::string writeJsonl(const Corpus &corpus, CorpusFormat format);

} // namespace mizan::detail
