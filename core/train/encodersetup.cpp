#include "train/encodersetup.h"

#include <algorithm>
#include <filesystem>

#include "common/atomicfile.h"
#include "tokenize/vocabbuilder.h"
#include "train/jobguard.h"

namespace mizan {

namespace fs = std::filesystem;

TokenizerFolder loadTokenizerFolder(const std::string &dir)
{
    auto tok = WordPieceTokenizer::fromDirectory(dir);
    if (!tok)
        throw JobError(tok.status().code(), tok.error());
    TokenizerFolder folder;
    folder.tokenizer = std::make_unique<WordPieceTokenizer>(std::move(*tok));
    for (const char *f : {"vocab.txt", "tokenizer_config.json", "special_tokens_map.json"}) {
        const fs::path p = fs::path(dir) / f;
        std::error_code ec;
        if (fs::is_regular_file(p, ec))
            if (auto content = readFile(p.string()))
                folder.files[f] = *content;
    }
    return folder;
}

TokenizerFolder learnVocabulary(const std::vector<std::string> &texts, const PieceEncoderOptions &text,
                                const VocabLearning &how)
{
    PieceEncoder pre(nullptr, text);
    std::string joined;
    for (const std::string &t : texts)
        joined += pre.pretokenize(t) + '\n';
    fs::create_directories(fs::path(how.textPath).parent_path());
    if (Status st = writeFileAtomic(how.textPath, joined); !st)
        throw JobError(st.code(), st.message());
    VocabBuildOptions vo;
    vo.inputFiles = {how.textPath};
    vo.outputDir = how.vocabDir;
    vo.vocabSize = how.vocabSize;
    vo.lowerCase = false;
    vo.maxSentences = how.maxSentences;
    auto built = buildVocab(vo);
    if (!built)
        throw JobError(built.status().code(), "vocabulary: " + built.error());
    return loadTokenizerFolder(how.vocabDir);
}

BertConfig builtinEncoderConfig(const TrainPreset &p, const WordPieceTokenizer &tokenizer)
{
    BertConfig c = builtinSmallConfig(std::int64_t(tokenizer.vocab().size()));
    c.numLayers = p.layers;
    c.hiddenSize = p.hidden;
    c.numHeads = p.heads;
    c.intermediateSize = p.ffn;
    c.maxPositions = std::max<std::int64_t>(p.maxLength, 64);
    c.hiddenDropout = p.dropout;
    c.attentionDropout = p.dropout;
    c.padTokenId = tokenizer.padId();
    c.charNgramBuckets = std::max(0, p.charNgramBuckets);
    c.charNgramDim = c.charNgramBuckets > 0 ? p.charNgramDim : 0;
    return c;
}

} // namespace mizan
