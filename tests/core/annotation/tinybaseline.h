#pragma once
// A linear baseline trained in about a second on tests/data/train/tiny_hotels.xml, shared by
// the tests of one process, and a saved copy of it for the model-folder tests.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <unistd.h>

#include "baseline/baselineeval.h"
#include "baseline/baselinemodel.h"
#include "corpus/corpusio.h"

namespace mizan::test {

inline const Corpus &tinyHotels()
{
    static const Corpus corpus = importCorpus(std::string(MIZAN_TEST_DATA_DIR) + "/train/tiny_hotels.xml").corpus;
    return corpus;
}

inline BaselineOptions tinyBaselineOptions()
{
    BaselineOptions o;
    o.taggerBuckets = 1 << 12;
    o.sentimentBuckets = 1 << 12;
    o.sentimentDim = 8;
    o.taggerEpochs = 15;
    o.sentimentEpochs = 30;
    o.batchSize = 8;
    o.sentimentLr = 0.05;
    return o;
}

// Null when training failed (the caller asserts).
inline const BaselineModel *tinyBaseline()
{
    static const BaselineModel *model = [] {
        auto m = BaselineModel::train(corpusSentences(tinyHotels()), tinyBaselineOptions());
        return m.ok() ? new BaselineModel(std::move(*m)) : nullptr;
    }();
    return model;
}

// The tiny baseline saved once into a folder removed at exit ("" when saving failed).
inline std::string tinyBaselineDir()
{
    struct Saved {
        std::filesystem::path dir;
        Saved()
        {
            dir = std::filesystem::temp_directory_path() / ("mizan-annotation-test-" + std::to_string(::getpid()));
            if (!tinyBaseline() || !tinyBaseline()->save(dir.string()).isOk())
                dir.clear();
        }
        ~Saved()
        {
            std::error_code ec;
            if (!dir.empty())
                std::filesystem::remove_all(dir, ec);
        }
    };
    static const Saved saved;
    return saved.dir.string();
}

} // namespace mizan::test
