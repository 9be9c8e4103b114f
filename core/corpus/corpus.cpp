#include "corpus/corpus.h"

#include <algorithm>
#include <cctype>

namespace mizan {

const char *polarityName(Polarity p)
{
    switch (p) {
    case Polarity::Positive: return "positive";
    case Polarity::Negative: return "negative";
    case Polarity::Neutral: return "neutral";
    case Polarity::Conflict: return "conflict";
    case Polarity::None: break;
    }
    return "";
}

std::optional<Polarity> parsePolarity(const std::string &name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "positive") return Polarity::Positive;
    if (lower == "negative") return Polarity::Negative;
    if (lower == "neutral") return Polarity::Neutral;
    if (lower == "conflict") return Polarity::Conflict;
    if (lower.empty()) return Polarity::None;
    return std::nullopt;
}

const char *formatName(CorpusFormat f)
{
    switch (f) {
    case CorpusFormat::SemEvalXml: return "semeval-xml";
    case CorpusFormat::Conll: return "conll";
    case CorpusFormat::JsonlDoccano: return "doccano-jsonl";
    case CorpusFormat::JsonlMizan: return "mizan-jsonl";
    case CorpusFormat::Unknown: break;
    }
    return "unknown";
}

std::optional<CorpusFormat> parseFormatName(const std::string &name)
{
    for (CorpusFormat f : {CorpusFormat::SemEvalXml, CorpusFormat::Conll, CorpusFormat::JsonlDoccano,
                           CorpusFormat::JsonlMizan})
        if (name == formatName(f))
            return f;
    return std::nullopt;
}

const char *semevalFlavorName(SemEvalFlavor f)
{
    switch (f) {
    case SemEvalFlavor::Y2016Sentence: return "2016-sb1";
    case SemEvalFlavor::Y2016Review: return "2016-sb2";
    case SemEvalFlavor::Y2015: return "2015";
    case SemEvalFlavor::Y2014: return "2014";
    }
    return "2016-sb1";
}

std::optional<SemEvalFlavor> parseSemEvalFlavor(const std::string &name)
{
    for (SemEvalFlavor f : {SemEvalFlavor::Y2016Sentence, SemEvalFlavor::Y2016Review,
                            SemEvalFlavor::Y2015, SemEvalFlavor::Y2014})
        if (name == semevalFlavorName(f))
            return f;
    return std::nullopt;
}

std::string categoryEntity(const std::string &category)
{
    return category.substr(0, category.find('#'));
}

bool Opinion::operator==(const Opinion &o) const
{
    return target == o.target && isNull == o.isNull && category == o.category &&
           polarity == o.polarity && from == o.from && to == o.to && extra == o.extra;
}

bool EntitySpan::operator==(const EntitySpan &o) const
{
    return label == o.label && start == o.start && end == o.end;
}

bool Sentence::operator==(const Sentence &o) const
{
    // sourceLine is where the sentence happened to be in a file, not part of its content.
    return id == o.id && text == o.text && opinions == o.opinions && entities == o.entities &&
           reviewed == o.reviewed && outOfScope == o.outOfScope && extra == o.extra;
}

bool Document::operator==(const Document &o) const
{
    return id == o.id && sentences == o.sentences && documentOpinions == o.documentOpinions &&
           extra == o.extra;
}

std::size_t Corpus::sentenceCount() const
{
    std::size_t n = 0;
    for (const Document &d : documents)
        n += d.sentences.size();
    return n;
}

std::size_t Corpus::opinionCount() const
{
    std::size_t n = 0;
    for (const Document &d : documents)
        for (const Sentence &s : d.sentences)
            n += s.opinions.size();
    return n;
}

bool Corpus::operator==(const Corpus &o) const
{
    return documents == o.documents;
}

} // namespace mizan
