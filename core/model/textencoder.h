#pragma once
// Runs a BERT encoder on one text (or text pair) and returns plain vectors: what `mizan encode`
// prints and what a torch-free caller (ui, CLI) can use. Torch stays behind a pimpl.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/modeldir.h"

namespace mizan {

struct TextEncoding {
    std::vector<std::string> tokens;
    std::vector<std::int64_t> inputIds;      // with [CLS] and [SEP]
    std::vector<std::int64_t> tokenTypeIds;
    std::vector<std::vector<float>> lastHiddenState;  // [tokens][hidden]
    std::vector<float> poolerOutput;                  // empty when the weights have no pooler
};

class TextEncoder {
public:
    // Loads the tokenizer (vocab.txt, tokenizer_config.json) and the encoder weights of a
    // Hugging Face BERT folder or a Mizan checkpoint (whose heads are ignored) onto the CPU.
    // Fails with the folder's inspection error (pickle refused, missing tensors, ...).
    static Result<TextEncoder> open(const std::string &dir);

    // Encodes `text` (and `pair` when given) as HF's tokenizer(text[, pair], truncation=True,
    // max_length=max_position_embeddings) and runs the encoder in eval mode. Fails with
    // InvalidArgument on invalid UTF-8.
    Result<TextEncoding> encode(std::string_view text, const std::string *pair = nullptr) const;

    const HfBertInfo &info() const;
    // Tensors of the checkpoint that are not part of the encoder (cls.*, heads.*, ...).
    const std::vector<std::string> &ignoredTensors() const;

    TextEncoder(TextEncoder &&) noexcept;
    TextEncoder &operator=(TextEncoder &&) noexcept;
    ~TextEncoder();

private:
    struct Impl;
    explicit TextEncoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mizan
