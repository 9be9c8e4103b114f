#pragma once
// What a task head is, torch-free: the multi-task model is built from a list of these and a
// checkpoint's labels.json stores them.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace mizan {

enum class HeadKind {
    TokenClassification,     // one label per (first sub-)token, e.g. BIO entities
    SequenceClassification,  // one label per sequence or sequence pair, on [CLS]
    MultiLabel,              // any number of labels per sequence, on [CLS]: one sigmoid each
};

// The widest target window of a wide sequence head, in pieces either side.
constexpr int kMaxWideWindow = 64;

struct HeadSpec {
    std::string task;                 // unique name; letters, digits, '_' and '-' only
    HeadKind kind = HeadKind::TokenClassification;
    std::vector<std::string> labels;  // id = index; at least two
    bool crf = false;                 // token heads: CRF layer, decoding constrained to valid BIO
    double dropout = 0.1;
    // Sequence heads: false classifies the [CLS] (pooler) vector; true classifies it
    // concatenated with the mean of the encoder states at the positions of token type 1 (the
    // target, in a target-sentiment pair), so the head sees which mention is meant.
    bool targetPooling = false;
    // Token heads: add a linear path from each position's hashed feature bag to the emissions;
    // sequence and multi-label heads: from the mean of the sequence's bags to the logits (needs
    // an encoder with character n-grams, BertConfig::charNgramBuckets > 0).
    bool wide = false;
    // Sequence heads with the wide path, > 0: a second linear path from the mean of the bags of
    // the sentence positions within this many pieces of the marked target (token type 1 in the
    // first segment), the target's window as the textbook target classifiers use it.
    int wideWindow = 0;
};

// Empty when `spec` is usable, otherwise why not (bad name, fewer than two labels, duplicate
// labels, CRF on a sequence head).
std::string validateHeadSpec(const HeadSpec &spec);

// labels.json text: {"tasks": [{"name", "kind": "token"|"sequence"|"multilabel", "labels", "crf", "dropout",
// "pooling": "cls"|"cls+target", "wide", "wide_window"}]}.
std::string headSpecsToJson(const std::vector<HeadSpec> &heads);

// Parses labels.json; ParseError names `fileName` with line/column or the task and field.
Result<std::vector<HeadSpec>> parseHeadSpecs(std::string_view json, const std::string &fileName);

} // namespace mizan
