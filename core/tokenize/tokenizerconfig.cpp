#include "tokenize/tokenizerconfig.h"

#include <nlohmann/json.hpp>

#include "common/brieftext.h"
#include "common/atomicfile.h"
#include "common/jsontext.h"
#include "common/utf8.h"

namespace mizan {

namespace {

using nlohmann::json;

// Line and column (1-based) of a byte offset, for error messages.
std::string position(const std::string &text, std::size_t byte)
{
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++col;
        }
    }
    return std::to_string(line) + ":" + std::to_string(col);
}

struct KeyError {
    std::string message;
};

void readBool(const json &j, const char *key, bool &out)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    if (!it->is_boolean())
        throw KeyError{std::string("\"") + key + "\" must be true or false"};
    out = it->get<bool>();
}

// Special tokens are strings, or AddedToken objects {"content": "...", ...} in newer files.
void readToken(const json &j, const char *key, std::string &out)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    if (it->is_string()) {
        out = it->get<std::string>();
    } else if (it->is_object() && it->contains("content") && (*it)["content"].is_string()) {
        out = (*it)["content"].get<std::string>();
    } else {
        throw KeyError{std::string("\"") + key + "\" must be a string or an object with \"content\""};
    }
}

void readLength(const json &j, const char *key, std::size_t &out)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return;
    if (!it->is_number() || it->get<double>() < 1)
        throw KeyError{std::string("\"") + key + "\" must be a positive number"};
    const double v = it->get<double>();
    // HF writes ~1e30 to mean "no limit"; such a value keeps the default.
    if (v <= 1e7)
        out = static_cast<std::size_t>(v);
}

} // namespace

Result<TokenizerConfig> parseTokenizerConfig(const std::string &text, const std::string &sourceName)
{
    json j;
    JsonError error;
    if (!parseJson(text, j, error))
        return Status(ErrorCode::ParseError, sourceName + ":" + position(text, error.byte) +
                                                 ": invalid JSON (expected a tokenizer_config.json object): " +
                                                 error.message);
    if (!j.is_object())
        return Status(ErrorCode::ParseError, sourceName + ":1:1: expected a JSON object");
    TokenizerConfig c;
    try {
        readBool(j, "do_lower_case", c.doLowerCase);
        if (auto it = j.find("strip_accents"); it != j.end() && !it->is_null()) {
            if (!it->is_boolean())
                throw KeyError{"\"strip_accents\" must be null, true or false"};
            c.stripAccents = it->get<bool>();
        }
        readBool(j, "tokenize_chinese_chars", c.tokenizeChineseChars);
        readBool(j, "do_basic_tokenize", c.doBasicTokenize);
        if (auto it = j.find("never_split"); it != j.end() && !it->is_null()) {
            if (!it->is_array())
                throw KeyError{"\"never_split\" must be null or a list of strings"};
            for (const json &t : *it) {
                if (!t.is_string())
                    throw KeyError{"\"never_split\" must be null or a list of strings"};
                c.neverSplit.push_back(t.get<std::string>());
            }
        }
        readToken(j, "unk_token", c.unkToken);
        readToken(j, "sep_token", c.sepToken);
        readToken(j, "pad_token", c.padToken);
        readToken(j, "cls_token", c.clsToken);
        readToken(j, "mask_token", c.maskToken);
        readLength(j, "max_len", c.modelMaxLength);
        readLength(j, "model_max_length", c.modelMaxLength);
        if (auto it = j.find("added_tokens_decoder"); it != j.end() && !it->is_null()) {
            if (!it->is_object())
                throw KeyError{"\"added_tokens_decoder\" must be an object"};
            for (const auto &[id, tok] : it->items()) {
                if (!tok.is_object() || !tok.contains("content") || !tok["content"].is_string())
                    throw KeyError{"\"added_tokens_decoder\"." + utf8::brief(id) + " must have a string \"content\""};
                c.addedTokens.push_back(tok["content"].get<std::string>());
            }
        }
    } catch (const KeyError &e) {
        return Status(ErrorCode::ParseError, sourceName + ": " + e.message);
    } catch (const json::exception &e) {
        return Status(ErrorCode::ParseError, sourceName + ": unexpected value (" + jsonErrorText(e) + ")");
    }
    return c;
}

Result<TokenizerConfig> loadTokenizerConfig(const std::string &path)
{
    Result<std::string> text = readFile(path);
    if (!text)
        return text.status();
    return parseTokenizerConfig(*text, path);
}

std::string tokenizerConfigToJson(const TokenizerConfig &c)
{
    json j;
    j["tokenizer_class"] = "BertTokenizer";
    j["do_lower_case"] = c.doLowerCase;
    j["strip_accents"] = c.stripAccents ? json(*c.stripAccents) : json(nullptr);
    j["tokenize_chinese_chars"] = c.tokenizeChineseChars;
    j["do_basic_tokenize"] = c.doBasicTokenize;
    j["never_split"] = c.neverSplit.empty() ? json(nullptr) : json(c.neverSplit);
    j["unk_token"] = c.unkToken;
    j["sep_token"] = c.sepToken;
    j["pad_token"] = c.padToken;
    j["cls_token"] = c.clsToken;
    j["mask_token"] = c.maskToken;
    j["model_max_length"] = c.modelMaxLength;
    return j.dump(2) + "\n";
}

} // namespace mizan
