#include "model/textencoder.h"

#include <algorithm>

#include "common/utf8.h"
#include "model/hfload.h"
#include "tokenize/wordpiece.h"

namespace mizan {

struct TextEncoder::Impl {
    HfBertInfo info;
    WordPieceTokenizer tokenizer;
    BertModel model{nullptr};
    EncoderLoadReport report;
};

TextEncoder::TextEncoder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TextEncoder::TextEncoder(TextEncoder &&) noexcept = default;
TextEncoder &TextEncoder::operator=(TextEncoder &&) noexcept = default;
TextEncoder::~TextEncoder() = default;

const HfBertInfo &TextEncoder::info() const { return m_impl->info; }
const std::vector<std::string> &TextEncoder::ignoredTensors() const { return m_impl->report.ignoredTensors; }

Result<TextEncoder> TextEncoder::open(const std::string &dir)
{
    auto info = inspectHfBertDirectory(dir);
    if (!info)
        return info.status();
    auto tokenizer = WordPieceTokenizer::fromDirectory(dir);
    if (!tokenizer)
        return tokenizer.status();
    if (static_cast<std::int64_t>(tokenizer->vocab().size()) > info->config.vocabSize)
        return Status(ErrorCode::InvalidArgument, dir + ": vocab.txt has " + std::to_string(tokenizer->vocab().size()) +
                                                      " entries but config.json says vocab_size " +
                                                      std::to_string(info->config.vocabSize));
    EncoderLoadReport report;
    auto model = loadHfBert(dir, torch::kCPU, &report);
    if (!model)
        return model.status();
    return TextEncoder(std::unique_ptr<Impl>(new Impl{std::move(*info), std::move(*tokenizer), *model, report}));
}

Result<TextEncoding> TextEncoder::encode(std::string_view text, const std::string *pair) const
{
    for (std::string_view t : {text, pair ? std::string_view(*pair) : std::string_view()})
        if (const auto bad = utf8::findInvalid(t))
            return Status(ErrorCode::InvalidArgument, "invalid UTF-8 at byte " + std::to_string(bad->byteOffset) +
                                                          " (after " + std::to_string(bad->codePoint) + " characters)");
    const auto &tok = m_impl->tokenizer;
    const std::size_t maxLength = static_cast<std::size_t>(std::min<std::int64_t>(
        m_impl->info.config.maxPositions, static_cast<std::int64_t>(tok.config().modelMaxLength)));
    const Encoding enc = pair ? tok.encodePair(text, *pair, maxLength) : tok.encode(text, maxLength);

    torch::NoGradGuard noGrad;
    const auto n = static_cast<std::int64_t>(enc.size());
    auto ids = torch::tensor(enc.inputIds, torch::kLong).view({1, n});
    auto types = torch::tensor(enc.tokenTypeIds, torch::kLong).view({1, n});
    auto mask = torch::tensor(enc.attentionMask, torch::kLong).view({1, n});
    auto out = m_impl->model->forward(ids, types, mask);

    TextEncoding result;
    result.tokens = enc.tokens;
    result.inputIds = enc.inputIds;
    result.tokenTypeIds = enc.tokenTypeIds;
    auto hidden = out.lastHiddenState[0].contiguous();
    const auto h = hidden.size(1);
    const float *data = hidden.data_ptr<float>();
    for (std::int64_t i = 0; i < n; ++i)
        result.lastHiddenState.emplace_back(data + i * h, data + (i + 1) * h);
    if (out.poolerOutput.defined()) {
        auto pooled = out.poolerOutput[0].contiguous();
        result.poolerOutput.assign(pooled.data_ptr<float>(), pooled.data_ptr<float>() + h);
    }
    return result;
}

} // namespace mizan
