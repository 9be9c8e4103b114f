// libFuzzer target: the text pipeline (normalise, segment, stem) and the WordPiece tokenizer.
// The first byte picks the settings; the rest is the raw text. Invariants: every range lies
// inside the raw text (code points), ranges come in order and overlap only on a raw character
// whose normalised text lies in both words, each token's
// raw text is the raw text at its range, clitics lie inside their token.
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "fuzzcheck.h"
#include "text/textpipeline.h"
#include "tokenize/wordpiece.h"

namespace {

using namespace mizan;

void checkPipeline(std::uint8_t settings, std::string_view raw)
{
    TextPipelineOptions options;
    const char *presets[] = {"none", "light", "search"};
    options.normalizer = *NormalizerOptions::preset(presets[settings % 3]);
    options.stemmer = settings & 4 ? StemmerKind::Isri : settings & 8 ? StemmerKind::Snowball : StemmerKind::None;
    options.splitClitics = (settings & 16) != 0;
    TextPipeline pipeline(options);
    auto out = pipeline.process(raw);
    if (!out) {
        MIZAN_FUZZ_CHECK(!utf8::isValid(raw));
        return;
    }
    const std::size_t rawLength = utf8::length(raw);
    const std::size_t normLength = utf8::length(out->normalized.text);
    const OffsetMap &map = out->normalized.map;
    std::size_t previousStart = 0, previousEnd = 0;
    TextRange previousNorm;
    for (const ProcessedToken &t : out->tokens) {
        MIZAN_FUZZ_CHECK(t.range.start <= t.range.end && t.range.end <= rawLength);
        MIZAN_FUZZ_CHECK(t.range.start >= previousStart && t.range.end >= previousEnd);
        // Ranges overlap only where raw characters became text in both words: one character
        // that expands to several words (U+FDFA is four words after NFKC, U+FEFB is two
        // letters a word may end between) maps back into each of them.
        if (t.range.start < previousEnd) {
            const TextRange shared = map.normRange(t.range.start, previousEnd);
            MIZAN_FUZZ_CHECK(shared.start < previousNorm.end && shared.end > t.normRange.start);
        }
        MIZAN_FUZZ_CHECK(t.raw == utf8::substr(raw, t.range.start, t.range.end));
        MIZAN_FUZZ_CHECK(t.normRange.start <= t.normRange.end && t.normRange.end <= normLength);
        for (const Clitic &c : t.clitics)
            MIZAN_FUZZ_CHECK(c.range.start >= t.range.start && c.range.end <= t.range.end);
        previousStart = t.range.start;
        previousEnd = t.range.end;
        previousNorm = t.normRange;
    }
}

const WordPieceTokenizer &tokenizer()
{
    static const WordPieceTokenizer t = [] {
        auto vocab = Vocab::parse("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nال\nفندق\n##ات\n##ة\nك\n##ب\na\n##b\n.\n", "vocab.txt");
        return *WordPieceTokenizer::create(*vocab, TokenizerConfig{});
    }();
    return t;
}

void checkTokenizer(std::string_view raw)
{
    const std::size_t rawLength = utf8::length(raw);
    std::size_t previousStart = 0;
    for (const Token &t : tokenizer().tokenize(raw)) {
        MIZAN_FUZZ_CHECK(t.range.start <= t.range.end && t.range.end <= rawLength);
        MIZAN_FUZZ_CHECK(t.range.start >= previousStart);
        previousStart = t.range.start;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view raw(reinterpret_cast<const char *>(data) + 1, size - 1);
    checkPipeline(data[0], raw);
    checkTokenizer(raw);
    return 0;
}
