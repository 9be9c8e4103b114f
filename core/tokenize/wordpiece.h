#pragma once
// WordPiece tokenizer identical to Hugging Face's (slow) BertTokenizer: special-token
// splitting, BasicTokenizer (control/whitespace cleaning, CJK spacing, NFC, lower case,
// accent stripping, punctuation splitting, never_split) and greedy longest-match-first
// WordPiece with "##" continuations. Every token keeps its code-point range in the raw text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "tokenize/encoding.h"
#include "tokenize/tokenizerconfig.h"
#include "tokenize/vocab.h"

namespace mizan {

// How encodePair() shortens a pair that is longer than maxLength (HF names).
enum class Truncation {
    LongestFirst,  // remove one token at a time from the longer sequence (ties: the second)
    OnlyFirst,
    OnlySecond,
};

class WordPieceTokenizer {
public:
    // Builds a tokenizer from a vocabulary and settings. Fails with InvalidArgument naming the
    // token when [UNK], [CLS], [SEP] or [PAD] (as the config names them) is not in the
    // vocabulary; [MASK] is optional (maskId() is then -1).
    static Result<WordPieceTokenizer> create(Vocab vocab, TokenizerConfig config);

    // Loads a Hugging Face tokenizer directory: vocab.txt and, when present,
    // tokenizer_config.json. Fails naming the file when vocab.txt is missing or malformed,
    // when the config is invalid, or when the vocabulary lacks a special token.
    static Result<WordPieceTokenizer> fromDirectory(const std::string &dir);

    // Loads vocab.txt (LF or CRLF) with the given settings. Fails like fromDirectory().
    static Result<WordPieceTokenizer> fromVocabFile(const std::string &vocabPath, TokenizerConfig config);

    const Vocab &vocab() const { return m_vocab; }
    const TokenizerConfig &config() const { return m_config; }
    std::int64_t unkId() const { return m_unkId; }
    std::int64_t clsId() const { return m_clsId; }
    std::int64_t sepId() const { return m_sepId; }
    std::int64_t padId() const { return m_padId; }
    std::int64_t maskId() const { return m_maskId; }

    // HF BertTokenizer.tokenize(text) with ids and raw code-point ranges. Invalid UTF-8 is
    // decoded lossily (each bad byte becomes U+FFFD, which is then dropped, as HF drops it).
    std::vector<Token> tokenize(std::string_view text) const;

    // HF BasicTokenizer.tokenize(text, never_split=special tokens): the words before
    // WordPiece, each with its raw range.
    std::vector<Token> basicTokenize(std::string_view text) const;

    // "[CLS] text [SEP]"; maxLength > 0 truncates the text's tokens so the result has at most
    // maxLength entries (HF truncation=True, max_length). maxLength < 2 keeps only specials.
    Encoding encode(std::string_view text, std::size_t maxLength = 0) const;

    // "[CLS] a [SEP] b [SEP]" with token types 0 then 1; truncation as `strategy` says.
    Encoding encodePair(std::string_view a, std::string_view b, std::size_t maxLength = 0,
                        Truncation strategy = Truncation::LongestFirst) const;

    // Encodes already tokenized pieces (e.g. from tokenize()) as "[CLS] a [SEP] (b [SEP])".
    Encoding build(std::vector<Token> a, const std::vector<Token> *b = nullptr,
                   std::size_t maxLength = 0, Truncation strategy = Truncation::LongestFirst) const;

    // Right-pads every encoding with [PAD] (id padId(), type 0, mask 0) to `length`, or to
    // the longest one when length is 0. Encodings longer than `length` are left as they are.
    void pad(std::vector<Encoding> &batch, std::size_t length = 0) const;

    // Vocabulary id of a token string, or unkId() when absent (HF convert_tokens_to_ids).
    std::int64_t tokenToId(const std::string &token) const;

private:
    WordPieceTokenizer() = default;

    Vocab m_vocab;
    TokenizerConfig m_config;
    std::int64_t m_unkId = 0, m_clsId = 0, m_sepId = 0, m_padId = 0, m_maskId = -1;
    std::size_t m_maxPieceChars = 0;          // longest vocabulary piece, in code points
    std::vector<std::u32string> m_noSplit;    // special and added tokens, split out first
    std::vector<std::string> m_neverSplitAll; // config never_split + special tokens
};

} // namespace mizan
