#pragma once
// The one loop that reads the corpus files of a job (training, pre-training, evaluation).
#include <string>
#include <vector>

#include "common/result.h"
#include "corpus/corpus.h"

namespace mizan {

// Each file read with importCorpus, in order. The first unreadable file fails the whole call
// with ParseError "cannot read corpus PATH: FILE:LINE:COLUMN: ..." (its first error, else
// its first issue). Warnings of readable files are not reported here.
Result<std::vector<Corpus>> importCorpora(const std::vector<std::string> &paths);

} // namespace mizan
