#include "tasks/pieceencoder.h"

#include "common/utf8.h"

namespace mizan {

PieceEncoder::PieceEncoder(const WordPieceTokenizer *tokenizer, PieceEncoderOptions options)
    : m_tokenizer(tokenizer),
      m_options(std::move(options)),
      m_normalizer(NormalizerOptions::preset(m_options.normalizer).value_or(NormalizerOptions::none())),
      m_segmenter([&] {
          SegmenterOptions s;
          s.splitClitics = m_options.splitClitics;
          s.placeholders = m_normalizer.options().activeTokens();
          return s;
      }())
{
}

std::vector<TextRange> PieceEncoder::units(const std::u32string &norm) const
{
    std::vector<TextRange> out;
    for (const TextToken &w : m_segmenter.segment(std::u32string_view(norm))) {
        std::size_t start = w.range.start;
        if (m_options.splitClitics)
            for (const Clitic &c : w.clitics) {
                if (c.range.start > start)
                    out.push_back({start, c.range.start});
                out.push_back(c.range);
                start = c.range.end;
            }
        if (w.range.end > start)
            out.push_back({start, w.range.end});
    }
    return out;
}

std::vector<Token> PieceEncoder::tokenize(std::string_view raw) const
{
    const std::u32string rawCps = utf8::decodeLossy(raw);
    OffsetMap map;
    const std::u32string norm = m_normalizer.normalizeCodePoints(rawCps, &map);
    std::vector<Token> tokens;
    for (const TextRange &u : units(norm)) {
        const std::string piece = utf8::encode(norm.substr(u.start, u.size()));
        for (Token t : m_tokenizer->tokenize(piece)) {
            const TextRange r = map.rawRange(u.start + t.range.start, u.start + t.range.end);
            t.range = {r.start, r.end};
            tokens.push_back(std::move(t));
        }
    }
    return tokens;
}

std::string PieceEncoder::pretokenize(std::string_view raw) const
{
    const std::u32string rawCps = utf8::decodeLossy(raw);
    OffsetMap map;
    const std::u32string norm = m_normalizer.normalizeCodePoints(rawCps, &map);
    std::u32string out;
    for (const TextRange &u : units(norm)) {
        if (!out.empty())
            out += U' ';
        out += norm.substr(u.start, u.size());
    }
    return utf8::encode(out);
}

} // namespace mizan
