#pragma once
// The numbers behind the Statistics panel (the `mizan stats` counts are core's CorpusStats).
#include <QMap>
#include <QString>
#include <QVector>

#include "corpus/corpus.h"

namespace mizan::ui {

struct StatisticsCounts {
    QMap<QString, int> labels;      // span label -> count (opinion labels and entity labels)
    QMap<QString, int> polarities;  // polarity name -> count (opinions, NULL targets included)
    QVector<int> lengthHistogram;   // sentences per word-count bin of width lengthBinWidth
    int lengthBinWidth = 5;
    int sentences = 0;
    int annotated = 0;  // sentences with at least one opinion or entity
    int reviewed = 0;
};

// Counts over the whole corpus. Words are counted by core's countWords (the same count as
// `mizan stats`).
StatisticsCounts countStatistics(const Corpus &corpus);

} // namespace mizan::ui
