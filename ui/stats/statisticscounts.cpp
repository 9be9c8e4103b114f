#include "ui/stats/statisticscounts.h"

#include "corpus/wordtokenizer.h"

#include "ui/annotate/spanedits.h"

namespace mizan::ui {

StatisticsCounts countStatistics(const Corpus &corpus)
{
    StatisticsCounts stats;
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
            const int words = static_cast<int>(countWords(s.text));
            const int bin = words / stats.lengthBinWidth;
            if (stats.lengthHistogram.size() <= bin)
                stats.lengthHistogram.resize(bin + 1);
            ++stats.lengthHistogram[bin];
        }
    }
    return stats;
}

} // namespace mizan::ui
