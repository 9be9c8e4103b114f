#include "corpus/corpusstats.h"

namespace mizan {
namespace {

void countOpinion(CorpusStats &st, const Opinion &o)
{
    ++st.opinions;
    const char *p = polarityName(o.polarity);
    ++st.polarity[*p ? p : "none"];
    if (!o.category.empty())
        ++st.categories[o.category];
}

void addMap(std::map<std::string, std::size_t> &to, const std::map<std::string, std::size_t> &from)
{
    for (const auto &[k, v] : from)
        to[k] += v;
}

} // namespace

void CorpusStats::add(const CorpusStats &o)
{
    documents += o.documents;
    sentences += o.sentences;
    opinions += o.opinions;
    explicitTargets += o.explicitTargets;
    nullTargets += o.nullTargets;
    documentOpinions += o.documentOpinions;
    tokens += o.tokens;
    addMap(polarity, o.polarity);
    addMap(categories, o.categories);
    addMap(entityLabels, o.entityLabels);
}

CorpusStats computeStats(const Corpus &corpus, const WordSplitter &splitter)
{
    CorpusStats st;
    st.documents = corpus.documents.size();
    for (const Document &d : corpus.documents) {
        st.sentences += d.sentences.size();
        for (const Opinion &o : d.documentOpinions) {
            countOpinion(st, o);
            ++st.documentOpinions;
        }
        for (const Sentence &s : d.sentences) {
            st.tokens += splitter(s.text).size();
            for (const Opinion &o : s.opinions) {
                countOpinion(st, o);
                ++(o.isNull ? st.nullTargets : st.explicitTargets);
            }
            for (const EntitySpan &e : s.entities)
                ++st.entityLabels[e.label];
        }
    }
    return st;
}

} // namespace mizan
