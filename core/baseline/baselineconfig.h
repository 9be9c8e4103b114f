#pragma once
// baseline.json, the settings half of a saved baseline (baselineio.cpp reads the weights).
// Plain C++, no torch: every value is checked against the range the baseline can use before
// anything is built from it.
#include <string>
#include <string_view>
#include <vector>

#include "baseline/baselinemodel.h"
#include "common/result.h"

namespace mizan {

// 1: targets + sentiment always; 2: "parts" says which of targets / sentiment / entities.
constexpr int kBaselineFormatVersion = 2;

struct BaselineConfigFile {
    BaselineOptions options;
    std::vector<std::string> polarityLabels;
    bool targets = true;
    bool sentiment = true;
    std::vector<std::string> entityLabels;  // "O" then B-/I- pairs; empty: no entity tagger
};

// Parses baseline.json; errors are ParseError / Unsupported naming `fileName` and the key.
Result<BaselineConfigFile> parseBaselineConfig(std::string_view text, const std::string &fileName);

} // namespace mizan
