#include "corpus/corpusfiles.h"

#include "common/problem.h"
#include "corpus/corpusio.h"

namespace mizan {

namespace {

std::string firstProblem(const ImportReport &report)
{
    for (const ImportIssue &i : report.issues)
        if (i.severity == Severity::Error)
            return i.toString();
    return report.issues.empty() ? std::string() : report.issues.front().toString();
}

} // namespace

Result<std::vector<Corpus>> importCorpora(const std::vector<std::string> &paths)
{
    std::vector<Corpus> out;
    for (const std::string &path : paths) {
        ImportResult r = importCorpus(path);
        if (!r.ok) {
            return Result<std::vector<Corpus>>(
                ErrorCode::ParseError, problemMessage({ProblemCode::CorpusUnreadable, {path, firstProblem(r.report)}}));
        }
        out.push_back(std::move(r.corpus));
    }
    return out;
}

} // namespace mizan
