#include "corpus/exportcheck.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace mizan {

namespace {

struct Counts {
    std::size_t spanOpinions = 0, nullOpinions = 0, documentOpinions = 0, emptyCategories = 0, nullUncategorised = 0;
    std::size_t spanCategories = 0, entities = 0, reviewed = 0, outOfScope = 0, attributes = 0;
    std::size_t spacedText = 0;  // sentences whose whitespace CoNLL cannot keep
};

bool plainSpacing(const std::string &text)
{
    bool previousSpace = true;
    for (char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space && (c != ' ' || previousSpace))
            return false;
        previousSpace = space;
    }
    return !previousSpace || text.empty();
}

Counts count(const Corpus &corpus)
{
    Counts c;
    for (const Document &d : corpus.documents) {
        c.documentOpinions += d.documentOpinions.size();
        c.attributes += !d.extra.empty();
        for (const Sentence &s : d.sentences) {
            for (const Opinion &o : s.opinions) {
                (o.isNull ? c.nullOpinions : c.spanOpinions) += 1;
                c.emptyCategories += o.category.empty();
                c.nullUncategorised += o.isNull && o.category.empty();
                c.spanCategories += !o.isNull && !o.category.empty();
            }
            c.entities += s.entities.size();
            c.reviewed += s.reviewed;
            c.outOfScope += s.outOfScope;
            c.attributes += !s.extra.empty();
            c.spacedText += !plainSpacing(s.text);
        }
    }
    return c;
}

void add(std::vector<ExportLoss> &out, LossKind kind, std::size_t n, const std::string &what, const std::string &how)
{
    if (n > 0)
        out.push_back({kind, what, n, std::to_string(n) + " " + what + " " + how});
}

} // namespace

CorpusFormat resolveExportFormat(const Corpus &corpus, const std::string &path, CorpusFormat format)
{
    if (format != CorpusFormat::Unknown)
        return format;
    if (corpus.format != CorpusFormat::Unknown)
        return corpus.format;
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (ext == ".xml")
        return CorpusFormat::SemEvalXml;
    if (ext == ".jsonl" || ext == ".json")
        return CorpusFormat::JsonlMizan;
    if (ext == ".conll" || ext == ".bio" || ext == ".tsv" || ext == ".txt")
        return CorpusFormat::Conll;
    return CorpusFormat::Unknown;
}

std::vector<ExportLoss> exportLosses(const Corpus &corpus, CorpusFormat format)
{
    const Counts c = count(corpus);
    std::vector<ExportLoss> out;
    const std::string notKept = "are not kept by this format and would be lost";
    switch (format) {
    case CorpusFormat::SemEvalXml:
        if (corpus.semevalFlavor == SemEvalFlavor::Y2014) {
            add(out, LossKind::TargetCategories, c.spanCategories, "target categories",
                "are not kept by the SemEval 2014 layout (aspect terms have no category)");
            add(out, LossKind::ReviewOpinions, c.documentOpinions, "review-level opinions",
                "are not kept by the SemEval 2014 layout");
            add(out, LossKind::EmptyCategories, c.nullUncategorised,
                "sentence-level opinions without a category", "would be written with an empty category");
        } else {
            add(out, LossKind::EmptyCategories, c.emptyCategories, "opinions without a category",
                "would be written with category=\"\", which SemEval tools reject");
        }
        break;
    case CorpusFormat::Conll:
    case CorpusFormat::JsonlDoccano:
        add(out, LossKind::OpinionTargets, c.spanOpinions, "opinion targets (with category and polarity)", notKept);
        add(out, LossKind::SentenceOpinions, c.nullOpinions, "sentence-level opinions", notKept);
        add(out, LossKind::ReviewOpinions, c.documentOpinions, "review-level opinions", notKept);
        add(out, LossKind::ReviewMarks, c.reviewed, "review marks", notKept);
        add(out, LossKind::OutOfScopeMarks, c.outOfScope, "out-of-scope marks", notKept);
        add(out, LossKind::ExtraAttributes, c.attributes, "sentences or reviews with extra attributes", notKept);
        if (format == CorpusFormat::Conll)
            add(out, LossKind::Spacing, c.spacedText, "sentences with spacing other than single spaces",
                "would be rewritten as tokens joined by single spaces");
        break;
    case CorpusFormat::JsonlMizan:
    case CorpusFormat::Unknown:
        break;
    }
    return out;
}

} // namespace mizan
