#include "corpus/taskviews.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "common/utf8.h"

namespace mizan {

std::vector<SentimentExample> buildSentimentExamples(const Corpus &corpus)
{
    std::vector<SentimentExample> out;
    for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
        const Document &doc = corpus.documents[d];
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const Sentence &sentence = doc.sentences[s];
            for (const Opinion &o : sentence.opinions)
                if (!o.isNull)
                    out.push_back({{d, s}, sentence.id, sentence.text, o.target, o.from, o.to, o.category, o.polarity});
        }
    }
    return out;
}

std::vector<CategoryExample> buildCategoryExamples(const Corpus &corpus, bool nullTargetsOnly)
{
    std::vector<CategoryExample> out;
    for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
        const Document &doc = corpus.documents[d];
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const Sentence &sentence = doc.sentences[s];
            for (const Opinion &o : sentence.opinions)
                if (o.isNull || !nullTargetsOnly)
                    out.push_back({{d, s}, sentence.id, sentence.text, o.category, o.polarity, o.isNull});
        }
    }
    return out;
}

namespace {

std::vector<EntitySpan> spansOf(const Sentence &s, const BioOptions &options)
{
    if (options.source == SpanSource::Entities)
        return s.entities;
    std::vector<EntitySpan> spans;
    for (const Opinion &o : s.opinions)
        if (!o.isNull && o.from < o.to)
            spans.push_back({options.targetLabeling == TargetLabeling::Single ? options.targetLabel
                                                                                 : categoryEntity(o.category),
                             o.from, o.to});
    return spans;
}

} // namespace

BioView buildBioView(const Corpus &corpus, const BioOptions &options, const WordSplitter &splitter)
{
    BioView view;
    std::set<std::string> types;
    for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
        const Document &doc = corpus.documents[d];
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const Sentence &sentence = doc.sentences[s];
            TokenExample ex;
            ex.ref = {d, s};
            ex.sentenceId = sentence.id;
            ex.text = sentence.text;
            ex.tokens = splitter(sentence.text);
            const std::u32string cps = utf8::decodeLossy(sentence.text);
            for (const WordToken &t : ex.tokens)
                ex.words.push_back(utf8::encode(std::u32string_view(cps).substr(t.start, t.end - t.start)));
            ex.labels.assign(ex.tokens.size(), "O");

            std::vector<EntitySpan> spans = spansOf(sentence, options);
            std::sort(spans.begin(), spans.end(), [](const EntitySpan &a, const EntitySpan &b) {
                return std::make_tuple(a.start, b.end, a.label) < std::make_tuple(b.start, a.end, b.label);
            });
            spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
            std::vector<bool> taken(ex.tokens.size(), false);
            for (const EntitySpan &span : spans) {
                std::vector<std::size_t> covered;
                for (std::size_t t = 0; t < ex.tokens.size(); ++t)
                    if (ex.tokens[t].end > span.start && ex.tokens[t].start < span.end)
                        covered.push_back(t);
                auto labelAt = [&](std::size_t i) { return (i == 0 ? "B-" : "I-") + span.label; };
                bool same = !covered.empty(), clash = false;
                for (std::size_t i = 0; i < covered.size(); ++i) {
                    same = same && ex.labels[covered[i]] == labelAt(i);
                    clash = clash || taken[covered[i]];
                }
                if (same)  // two spans on the same words with the same label: nothing new
                    continue;
                if (covered.empty() || clash) {
                    ++view.droppedSpans;
                    continue;
                }
                for (std::size_t i = 0; i < covered.size(); ++i) {
                    ex.labels[covered[i]] = labelAt(i);
                    taken[covered[i]] = true;
                }
                types.insert(span.label);
            }
            view.examples.push_back(std::move(ex));
        }
    }
    view.labels.push_back("O");
    for (const std::string &t : types) {
        view.labels.push_back("B-" + t);
        view.labels.push_back("I-" + t);
    }
    return view;
}

} // namespace mizan
