#include "text/textpipeline.h"

#include "common/utf8.h"
#include "text/textcodec.h"

namespace mizan {

namespace {

SegmenterOptions segmenterOptions(const TextPipelineOptions &o)
{
    SegmenterOptions s;
    s.splitClitics = o.splitClitics;
    s.placeholders = o.normalizer.activeTokens();
    return s;
}

} // namespace

TextPipeline::TextPipeline(TextPipelineOptions options)
    : m_options(std::move(options)),
      m_normalizer(m_options.normalizer),
      m_segmenter(segmenterOptions(m_options)),
      m_stemmer(m_options.stemmer)
{
}

Result<ProcessedText> TextPipeline::process(std::string_view raw)
{
    auto decoded = utf8::decode(raw);
    if (!decoded.ok())
        return Result<ProcessedText>(decoded.status());
    const std::u32string &rawCps = *decoded;
    ProcessedText out;
    out.raw = std::string(raw);
    const std::u32string norm = m_normalizer.normalizeCodePoints(rawCps, &out.normalized.map);
    out.normalized.text = encodeUtf8(norm);

    std::vector<TextToken> words = m_segmenter.segment(std::u32string_view(norm));
    out.tokens.reserve(words.size());
    out.stemmed.reserve(out.normalized.text.size());
    for (TextToken &w : words) {
        ProcessedToken &t = out.tokens.emplace_back();
        t.normRange = w.range;
        t.range = out.normalized.map.rawRange(w.range);
        t.raw = encodeUtf8(std::u32string_view(rawCps).substr(t.range.start, t.range.size()));
        t.kind = w.kind;
        t.stem = w.kind == TokenKind::Word
                     ? encodeUtf8(m_stemmer.stem(std::u32string_view(norm).substr(w.range.start, w.range.size())))
                     : w.text;
        t.norm = std::move(w.text);
        for (Clitic c : w.clitics) {
            c.range = out.normalized.map.rawRange(c.range);
            t.clitics.push_back(c);
        }
        if (!out.stemmed.empty())
            out.stemmed += ' ';
        out.stemmed += t.stem;
    }
    return out;
}

} // namespace mizan
