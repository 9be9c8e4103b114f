#include "ui/stats/corpusstats.h"

#include "ui/annotate/spanedits.h"

namespace mizan::ui {

CorpusStats computeStats(const Corpus &corpus)
{
    CorpusStats stats;
    for (const Document &d : corpus.documents) {
        for (const Sentence &s : d.sentences) {
            ++stats.sentences;
            stats.annotated += isUnannotated(s) ? 0 : 1;
            stats.reviewed += s.reviewed ? 1 : 0;
            for (const SpanInfo &span : spansOf(s))
                ++stats.labels[span.label];
            for (const Opinion &o : s.opinions)
                if (o.polarity != Polarity::None)
                    ++stats.polarities[QString::fromLatin1(polarityName(o.polarity))];
            int words = 0;
            bool inWord = false;
            for (unsigned char c : s.text) {
                const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                if (!space && !inWord)
                    ++words;
                inWord = !space;
            }
            const int bin = words / stats.lengthBinWidth;
            if (stats.lengthHistogram.size() <= bin)
                stats.lengthHistogram.resize(bin + 1);
            ++stats.lengthHistogram[bin];
        }
    }
    return stats;
}

} // namespace mizan::ui
