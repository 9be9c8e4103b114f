#pragma once
// INTERNAL to core/train (torch): the built-in encoder's word-piece embeddings started from
// word vectors (core/vectors, `mizan vectors train`) instead of at random (preset key
// "init_vectors", `mizan train --init-vectors DIR`). The vectors are copied into the model's
// weights when it is built; the trained model needs the vectors folder no more.
#include <cstddef>
#include <string>

#include "model/multitaskmodel.h"
#include "tokenize/wordpiece.h"

namespace mizan {

struct EmbeddingInit {
    std::string sha256;       // of the vectors' vectors.bin
    int vectorDim = 0;        // the vectors' dimensions
    std::size_t pieces = 0;   // vocabulary rows set from the vectors
    std::size_t skipped = 0;  // special tokens and pieces with no letters: left at random
};

// Sets each word-piece row of `model`'s word embeddings from the vectors folder `dir`: the
// vector of the piece as a word (a "##" continuation mark removed; the baseline's
// normalisation, vectorText()), which fastText composes from character n-grams when unseen.
// Vectors whose size is not the hidden size go through a fixed seeded Gaussian projection
// (dim x hidden). The rows are centred (the mean of the rows set removed) and scaled to the
// standard deviation `rowStd` per entry, the random initialisation's: the magnitudes the model
// starts from are unchanged, only the directions come from the vectors. Special tokens
// ([PAD], [CLS], ...) and pieces with no word characters keep their random rows. Throws
// JobError naming the folder when the vectors cannot be read, fail their checksum, or were
// learned from differently normalised text.
EmbeddingInit initEmbeddingsFromVectors(const std::string &dir, const WordPieceTokenizer &tokenizer,
                                        MultitaskModel &model, double rowStd);

} // namespace mizan
