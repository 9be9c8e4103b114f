#pragma once
// Training presets: named bundles of model size and optimisation settings, stored as JSON
// (resources/presets/<name>.json) so users and the GUI can read and copy them.
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"
#include "train/sampler.h"

namespace mizan {

struct TrainPreset {
    std::string name = "default";
    std::string description;

    // Built-in encoder (ignored when a pre-trained encoder directory is given).
    int layers = 4;
    int hidden = 256;
    int heads = 4;
    int ffn = 1024;
    int vocabSize = 8000;  // SentencePiece vocabulary learned from the training text
    int maxLength = 128;   // tokens per example, [CLS]/[SEP] included
    double dropout = 0.1;
    bool crf = true;  // CRF on the tagging heads
    // Hashed character n-gram embeddings added to the token embeddings (charngrams.h):
    // buckets x dim; 0 buckets: none. Only for the built-in encoder.
    int charNgramBuckets = 0;
    int charNgramDim = 64;
    // A `mizan vectors` folder whose vectors start the word-piece embeddings (vectorinit.h);
    // empty: random. Copied into the weights when the model is built: the trained model does
    // not need the folder. Only for the built-in encoder.
    std::string initVectors;
    // Standard deviation per entry of the rows set from them; 0: the random initialisation's (0.02).
    double initVectorsStd = 0.0;
    // Sentiment head on [CLS] + the mean of the target's encoder states (else [CLS] alone).
    bool targetPooling = false;
    // Tagging heads also score each position's feature bag linearly (a feature CRF inside the
    // model); needs char_ngram_buckets > 0. Those weights learn at wideLr.
    bool wideTagging = false;
    // The target-sentiment head also scores the mean of the pair's feature bags linearly (the
    // sentence's n-grams, as the textbook TF-IDF classifiers) and, with wideWindow > 0, the
    // mean of the bags within wideWindow pieces of the target (their +-3-word window); needs
    // char_ngram_buckets > 0. Those weights learn at wideLr.
    bool wideSentiment = false;
    int wideWindow = 0;
    double wideLr = 1e-2;

    // Text pipeline: normaliser preset ("none", "light", "search") and stemmer ("none",
    // "isri", "snowball"); stemming is rarely useful for sub-word models.
    std::string normalizer = "light";
    std::string stemmer = "none";
    bool splitClitics = true;  // token boundaries after the proclitics و ف ب ك ل ال
    bool markTarget = true;    // sentiment: the target's tokens in the sentence get type 1
    bool firstPieceLabels = false;  // tagging: BIO labels on the first piece of each unit only

    // Optimisation.
    int epochs = 3;
    int batchSize = 16;
    double encoderLr = 5e-4;
    double headLr = 1e-3;
    double weightDecay = 0.01;
    double warmupRatio = 0.06;
    double clipNorm = 1.0;
    SamplingMode sampling = SamplingMode::Temperature;
    double temperature = 2.0;
    bool classWeights = true;  // inverse-frequency weights on the sentiment loss
    int evalEvery = 0;         // steps between dev evaluations; 0: once per epoch only
    int patience = 0;          // evaluations without improvement before stopping; 0: never
    double maxMinutes = 0;     // 0: no budget
    int maxBadSteps = 20;      // consecutive NaN/Inf steps before training stops
    // > 0: keep an exponential moving average of the weights (Polyak averaging; decay per
    // step, warmed up as min(decay, (1 + step) / (10 + step))) and evaluate and save it as
    // the model; the raw weights keep training. 0: the raw weights are the model.
    double emaDecay = 0.0;
    // Also train the linear baseline (targets + sentiment) on the same split, saved beside
    // the model and reported next to it, so users see whether the transformer earns its cost.
    bool baseline = true;
    // Weight of the baseline's polarity probabilities when the model classifies a target:
    // p = (1 - w) * transformer + w * baseline. 0: the transformer alone. Needs baseline.
    // Evaluation reports the transformer alone next to the blend.
    double ensembleBaseline = 0.0;
    // "ensemble_baseline": "auto": the run chooses the weight itself (0, 0.1, ..., 1, the best
    // accuracy + macro-F1) on a seeded tenth of the training reviews held out of the
    // transformer's training and of an auxiliary baseline's, and records it in training.json
    // ("ensemble_choice"); the final baseline still learns from every training review.
    // ensembleBaseline is then 0. Needs baseline.
    bool ensembleBaselineAuto = false;
    // The span vote of the "targets" and entity tasks: > 0 lets the baseline's CRF decode its
    // units with this weight times the transformer's log-probabilities added to its scores
    // (small: mostly the CRF, the transformer breaking its near-ties); 0: the transformer's
    // own spans. Needs baseline. Evaluation reports the transformer alone next to the vote.
    double ensembleTagging = 0.0;
};

// Reads a preset from a JSON object text. Unknown keys are an error (they are typos);
// missing keys keep their defaults. `origin` names the file in messages.
Result<TrainPreset> parsePreset(const std::string &json, const std::string &origin);

// The preset as JSON (all keys), the inverse of parsePreset.
std::string presetToJson(const TrainPreset &preset);

// The one learning-rate override (`--lr`, the studio's learning-rate box): the encoder learns
// at `encoderLr` and the heads keep their ratio to it (2 when the preset's encoder rate is
// not positive). encoderLr <= 0 changes nothing.
void overrideLearningRate(TrainPreset &preset, double encoderLr);

// Loads a preset by name ("fast", "default", "thorough": looked up as <dir>/<name>.json in
// each of `searchDirs` in order) or by path (anything ending in .json). NotFound lists the
// places searched.
Result<TrainPreset> loadPreset(const std::string &nameOrPath,
                               const std::vector<std::string> &searchDirs);

} // namespace mizan
