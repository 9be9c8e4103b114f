#include "model/hffolder.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "common/atomicfile.h"
#include "model/jsonutil.h"

namespace mizan {

namespace fs = std::filesystem;

namespace {

Result<std::vector<std::string>> readShardIndex(const fs::path &root, const std::string &indexFile)
{
    auto text = readFile(indexFile);
    if (!text)
        return text.status();
    auto json = jsonutil::parse(*text, indexFile);
    if (!json)
        return json.status();
    if (!json->is_object() || !json->contains("weight_map") || !(*json)["weight_map"].is_object())
        return Status(ErrorCode::ParseError, indexFile + ": no \"weight_map\" object");
    std::vector<std::string> shards;
    for (const auto &[tensor, shard] : (*json)["weight_map"].items()) {
        if (!shard.is_string())
            return Status(ErrorCode::ParseError, indexFile + ": the shard of '" + tensor + "' is not a file name");
        const std::string name = shard.get<std::string>();
        if (name.empty() || name.find('/') != std::string::npos || name.find('\\') != std::string::npos ||
            name == "." || name == "..")
            return Status(ErrorCode::ParseError, indexFile + ": shard '" + name + "' is not a file of this folder");
        if (std::find(shards.begin(), shards.end(), name) == shards.end())
            shards.push_back(name);
    }
    if (shards.empty())
        return Status(ErrorCode::ParseError, indexFile + ": the weight_map is empty");
    std::sort(shards.begin(), shards.end());
    std::vector<std::string> files;
    for (const auto &name : shards) {
        const fs::path shard = root / name;
        if (!fs::is_regular_file(shard))
            return Status(ErrorCode::NotFound, indexFile + ": shard " + name + " is missing from the folder");
        files.push_back(shard.string());
    }
    return files;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// A Farasa affix piece: "+" then Arabic letters, or Arabic letters then "+" (UTF-8 lead bytes 0xD8-0xDB).
bool isFarasaPiece(const std::string &w)
{
    if (w.size() < 3 || (w.front() == '+') == (w.back() == '+'))
        return false;
    const std::string core = w.front() == '+' ? w.substr(1) : w.substr(0, w.size() - 1);
    const auto lead = static_cast<unsigned char>(core[0]);
    return lead >= 0xD8 && lead <= 0xDB;
}

} // namespace

Result<HfWeightsFiles> findHfWeightsFiles(const std::string &dir)
{
    const fs::path root(dir);
    struct Choice {
        const char *name;
        bool indexed;
        const char *format;
    };
    for (const Choice &c : {Choice{"model.safetensors", false, "safetensors"},
                            Choice{"model.safetensors.index.json", true, "sharded safetensors"},
                            Choice{"pytorch_model.bin", false, "PyTorch checkpoint"},
                            Choice{"pytorch_model.bin.index.json", true, "sharded PyTorch checkpoint"}}) {
        const fs::path file = root / c.name;
        if (std::error_code ec; !fs::exists(file, ec))
            continue;
        HfWeightsFiles out{file.string(), {}, c.format};
        if (!c.indexed) {
            out.files = {file.string()};
            return out;
        }
        auto shards = readShardIndex(root, file.string());
        if (!shards)
            return shards.status();
        out.files = std::move(*shards);
        return out;
    }
    const std::string wanted = "model.safetensors or pytorch_model.bin (or their sharded *.index.json)";
    for (const char *other : {"tf_model.h5", "flax_model.msgpack"})
        if (std::error_code ec; fs::exists(root / other, ec))
            return Status(ErrorCode::Unsupported,
                          dir + ": has only " + other +
                              " (TensorFlow/Flax weights), which Mizan does not read; it needs " + wanted +
                              ". Download the PyTorch weights of this model, or convert once with transformers: "
                              "BertModel.from_pretrained(DIR, from_" +
                              (other[0] == 't' ? "tf" : "flax") + "=True).save_pretrained(DIR)");
    return Status(ErrorCode::NotFound, dir + ": no weights: expected " + wanted);
}

Result<HfTokenizerInfo> inspectHfTokenizer(const std::string &dir)
{
    const fs::path root(dir);
    HfTokenizerInfo info;
    const std::string configFile = (root / "tokenizer_config.json").string();
    std::string nameHint = lower(fs::absolute(root).lexically_normal().filename().string());
    if (std::error_code ec; fs::exists(configFile, ec)) {
        info.hasConfig = true;
        auto text = readFile(configFile);
        if (!text)
            return text.status();
        auto json = jsonutil::parse(*text, configFile);
        if (!json)
            return json.status();
        if (json->is_object() && json->contains("do_lower_case")) {
            if (!(*json)["do_lower_case"].is_boolean())
                return Status(ErrorCode::ParseError, configFile + ": \"do_lower_case\" is not true or false");
            info.lowerCase = (*json)["do_lower_case"].get<bool>();
        }
    }
    if (auto config = readFile((root / "config.json").string())) {
        auto json = jsonutil::parse(*config, "config.json");
        if (json && json->is_object() && json->contains("_name_or_path") && (*json)["_name_or_path"].is_string())
            nameHint += " " + lower((*json)["_name_or_path"].get<std::string>());
    }
    auto vocab = readFile((root / "vocab.txt").string());
    if (!vocab)
        return vocab.status();
    std::int64_t farasa = 0;
    std::size_t start = 0;
    while (start < vocab->size()) {
        std::size_t end = vocab->find('\n', start);
        if (end == std::string::npos)
            end = vocab->size();
        std::string w = vocab->substr(start, end - start);
        if (!w.empty() && w.back() == '\r')
            w.pop_back();
        farasa += isFarasaPiece(w);
        ++info.vocabLines;
        start = end + 1;
    }
    info.farasaVocab = farasa >= 5;
    if (info.farasaVocab)
        info.family = "AraBERT v2 (Farasa)";
    else if (nameHint.find("marbert") != std::string::npos)
        info.family = "MARBERT";
    else if (nameHint.find("qarib") != std::string::npos)
        info.family = "QARiB";
    else if (nameHint.find("camel") != std::string::npos)
        info.family = "CAMeLBERT";
    else if (nameHint.find("arabert") != std::string::npos)
        info.family = "AraBERT";
    else
        info.family = "BERT";
    return info;
}

std::string farasaWarning(const std::string &dir)
{
    return dir + ": the vocabulary is Farasa-segmented (AraBERT v2: pieces such as \"ال+\"); it expects text "
                 "segmented by Farasa first, unsegmented text will be tokenized poorly";
}

} // namespace mizan
