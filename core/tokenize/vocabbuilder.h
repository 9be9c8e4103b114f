#pragma once
// Learns a subword vocabulary from corpus text with SentencePiece (unigram or BPE) and writes
// it as a WordPiece vocab.txt. SentencePiece cannot share a process with libtorch (docs/DESIGN.md),
// so this runs the `mizan-vocab` executable as a child process.
#include <cstddef>
#include <string>
#include <vector>

#include "common/result.h"

namespace mizan {

enum class SubwordAlgorithm { Unigram, Bpe };

struct VocabBuildOptions {
    std::vector<std::string> inputFiles;  // UTF-8 text files, one sentence (or item) per line
    std::string outputDir;                // created if needed; gets vocab.txt, spm.model,
                                          // spm.vocab and tokenizer_config.json
    std::size_t vocabSize = 16000;        // SentencePiece pieces (vocab.txt adds specials and
                                          // the "##" forms of single characters)
    SubwordAlgorithm algorithm = SubwordAlgorithm::Unigram;
    bool lowerCase = false;               // do_lower_case of the resulting tokenizer
    std::size_t maxSentences = 0;         // 0: all; else a seeded sample of that many lines
    int threads = 1;
    std::string toolPath;                 // empty: findVocabTool()
};

struct VocabBuildResult {
    std::string vocabPath;    // <outputDir>/vocab.txt
    std::string modelPath;    // <outputDir>/spm.model (raw SentencePiece model, for reference)
    std::size_t vocabSize = 0;  // entries in vocab.txt
    std::string log;          // what the tool printed
};

// Locates mizan-vocab: $MIZAN_VOCAB_TOOL, then beside the running executable (and ../tools/vocab
// from a build tree), then the path fixed at build time, then the install prefix's bin/.
// Fails with NotFound listing every place it looked.
Result<std::string> findVocabTool();

// Runs mizan-vocab on `options` and waits for it. Fails with InvalidArgument for bad options,
// NotFound when the tool is missing, and IoError/Internal with the tool's own message (its
// stderr) when it fails or is killed.
Result<VocabBuildResult> buildVocab(const VocabBuildOptions &options);

} // namespace mizan
