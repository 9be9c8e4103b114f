// mizan tokenize: WordPiece tokens of text exactly as Hugging Face's BertTokenizer makes them,
// with ids and code-point ranges in the raw text (for checking a vocabulary from outside).
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "stdinlines.h"
#include "common/utf8.h"
#include "tokenize/wordpiece.h"

namespace mizan::cli {
namespace {

struct TokenizeOptions {
    std::string modelDir;
    std::string vocabFile;
    bool lower = false;
    bool json = false;
    std::vector<std::string> text;
};

[[noreturn]] void fail(const std::string &message, int code)
{
    std::cerr << "mizan tokenize: " << message << '\n';
    throw CLI::RuntimeError(code);
}

WordPieceTokenizer loadTokenizer(const TokenizeOptions &o)
{
    Result<WordPieceTokenizer> tok = Status(ErrorCode::InvalidArgument, "no tokenizer");
    if (!o.modelDir.empty()) {
        Result<WordPieceTokenizer> fromDir = WordPieceTokenizer::fromDirectory(o.modelDir);
        if (fromDir && o.lower) {
            TokenizerConfig c = fromDir->config();
            c.doLowerCase = true;
            fromDir = WordPieceTokenizer::create(fromDir->vocab(), c);
        }
        tok = std::move(fromDir);
    } else {
        TokenizerConfig c;
        c.doLowerCase = o.lower;
        tok = WordPieceTokenizer::fromVocabFile(o.vocabFile, c);
    }
    if (!tok)
        fail(tok.error(), 2);
    return std::move(*tok);
}

// One input; `where` names it in error messages ("argument 2", "<stdin>:12").
void tokenizeOne(const WordPieceTokenizer &tok, const std::string &text, const std::string &where, bool json)
{
    if (const auto bad = utf8::findInvalid(text))
        fail(where + ":" + std::to_string(bad->codePoint + 1) + ": invalid UTF-8 at byte "
                 + std::to_string(bad->byteOffset) + ": expected UTF-8 text",
             2);
    const std::vector<Token> tokens = tok.tokenize(text);
    if (!json) {
        std::string line;
        for (const Token &t : tokens)
            line += (line.empty() ? "" : " ") + t.text;
        std::cout << line << '\n';
        return;
    }
    nlohmann::ordered_json pieces = nlohmann::ordered_json::array();
    nlohmann::ordered_json ids = nlohmann::ordered_json::array();
    nlohmann::ordered_json offsets = nlohmann::ordered_json::array();
    ids.push_back(tok.clsId());
    for (const Token &t : tokens) {
        pieces.push_back(t.text);
        ids.push_back(t.id);
        offsets.push_back({t.range.start, t.range.end});
    }
    ids.push_back(tok.sepId());
    const nlohmann::ordered_json j{{"text", text}, {"tokens", pieces}, {"input_ids", ids}, {"offsets", offsets}};
    std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::strict) << '\n';
}

void runTokenize(const TokenizeOptions &o)
{
    const WordPieceTokenizer tok = loadTokenizer(o);
    std::ios::sync_with_stdio(false);
    const bool fromStdin = o.text.empty() || (o.text.size() == 1 && o.text[0] == "-");
    if (!fromStdin) {
        for (std::size_t i = 0; i < o.text.size(); ++i)
            tokenizeOne(tok, o.text[i], "argument " + std::to_string(i + 1), o.json);
        return;
    }
    const std::size_t skipped = forEachStdinLine("mizan tokenize", [&](std::string &line, const std::string &where) {
        tokenizeOne(tok, line, where, o.json);
    });
    if (skipped > 0)
        fail("<stdin>: " + std::to_string(skipped) + " line(s) over the length limit skipped", 1);
}

} // namespace

void addTokenizeCommand(CLI::App &app)
{
    auto opts = std::make_shared<TokenizeOptions>();
    CLI::App *cmd = app.add_subcommand(
        "tokenize", "WordPiece-tokenize text exactly like Hugging Face's BertTokenizer (one line per input)");
    CLI::Option *model = cmd->add_option("--model", opts->modelDir,
                                         "Model or tokenizer folder (vocab.txt, tokenizer_config.json)");
    CLI::Option *vocab = cmd->add_option("--vocab", opts->vocabFile, "A vocab.txt (cased unless --lower)");
    model->excludes(vocab);
    cmd->add_flag("--lower", opts->lower, "Lower-case and strip accents (do_lower_case=true)");
    cmd->add_flag("--json", opts->json,
                  "One JSON object per input: text, tokens, input_ids (with [CLS] and [SEP]), offsets "
                  "([start, end) code points into text, one per token)");
    cmd->add_option("text", opts->text, "Texts to tokenize, one input each; '-' or nothing reads stdin lines");
    cmd->callback([opts, cmd] {
        if (opts->modelDir.empty() && opts->vocabFile.empty()) {
            std::cerr << "mizan tokenize: give --model DIR or --vocab FILE\n" << cmd->help();
            throw CLI::RuntimeError(2);
        }
        runTokenize(*opts);
    });
}

} // namespace mizan::cli
