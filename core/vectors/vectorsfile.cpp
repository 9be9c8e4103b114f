#include "vectors/vectorsfile.h"

#include <nlohmann/json.hpp>

#include "common/atomicfile.h"
#include "common/jsontext.h"
#include "common/sha256.h"

namespace mizan::vectors {
namespace {

constexpr const char *kFormatName = "mizan-word-vectors";
constexpr std::uint64_t kMaxBinBytes = std::uint64_t(1) << 34;  // far above any vectors fastText trains here

// One integer setting of vectors.json, checked against [low, high].
Status readInt(const nlohmann::json &j, const char *key, int low, int high, int &out, const std::string &fileName)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer())
        return {ErrorCode::ParseError, fileName + ": \"" + key + "\": expected an integer"};
    const auto v = it->get<std::int64_t>();
    if (v < low || v > high)
        return {ErrorCode::ParseError, fileName + ": \"" + key + "\": expected " + std::to_string(low) + " to " +
                                           std::to_string(high) + ", found " + std::to_string(v)};
    out = static_cast<int>(v);
    return Status::ok();
}

} // namespace

std::string metaJson(const VectorsMeta &meta)
{
    const WordVectorOptions &o = meta.options;
    nlohmann::json j = {{"format", kFormatName},
                        {"version", kFormatVersion},
                        {"model", "fasttext-skipgram"},
                        {"dim", o.dim},
                        {"minn", o.minn},
                        {"maxn", o.maxn},
                        {"epoch", o.epoch},
                        {"window", o.window},
                        {"min_count", o.minCount},
                        {"negatives", o.negatives},
                        {"buckets", o.buckets},
                        {"seed", o.seed},
                        {"sampling", o.sampling},
                        {"normalisation", o.normalisation},
                        {"words", meta.words},
                        {"bin_bytes", meta.binBytes},
                        {"bin_sha256", meta.sha256},
                        {"train_seconds", meta.trainSeconds},
                        {"sources", meta.sources}};
    return j.dump(2) + "\n";
}

Result<VectorsMeta> parseMeta(std::string_view text, const std::string &fileName)
{
    Result<nlohmann::json> parsed = parseJsonFile(text, fileName);
    if (!parsed)
        return parsed.status();
    const nlohmann::json &j = *parsed;
    const auto format = j.is_object() ? j.find("format") : j.end();
    if (!j.is_object() || format == j.end() || !format->is_string() || format->get<std::string>() != kFormatName)
        return Status(ErrorCode::ParseError, fileName + ": expected Mizan's word vectors description (\"format\": \"" +
                                                 kFormatName + "\")");
    int version = 0;
    if (Status st = readInt(j, "version", 1, 1000, version, fileName); !st)
        return st;
    if (version != kFormatVersion)
        return Status(ErrorCode::Unsupported, fileName + ": version " + std::to_string(version) +
                                                  " is not one this Mizan reads (expected " +
                                                  std::to_string(kFormatVersion) + ")");
    VectorsMeta meta;
    WordVectorOptions &o = meta.options;
    int words = 0;
    for (const auto &[key, low, high, out] :
         {std::tuple<const char *, int, int, int *>{"dim", 1, 4096, &o.dim}, {"minn", 0, 100, &o.minn},
          {"maxn", 0, 100, &o.maxn}, {"epoch", 1, 10000, &o.epoch}, {"window", 1, 1000, &o.window},
          {"min_count", 1, 1 << 30, &o.minCount}, {"negatives", 1, 1000, &o.negatives},
          {"buckets", 0, 1 << 30, &o.buckets}, {"words", 1, 1 << 30, &words}})
        if (Status st = readInt(j, key, low, high, *out, fileName); !st)
            return st;
    meta.words = static_cast<std::size_t>(words);
    const auto bytes = j.find("bin_bytes");
    const auto sha = j.find("bin_sha256");
    if (bytes == j.end() || !bytes->is_number_unsigned() || bytes->get<std::uint64_t>() > kMaxBinBytes)
        return Status(ErrorCode::ParseError, fileName + ": \"bin_bytes\": expected a byte count of at most 16 GiB");
    if (sha == j.end() || !sha->is_string() || sha->get<std::string>().size() != 64)
        return Status(ErrorCode::ParseError, fileName + ": \"bin_sha256\": expected a SHA-256 in hex");
    meta.binBytes = bytes->get<std::uint64_t>();
    meta.sha256 = sha->get<std::string>();
    if (const auto n = j.find("normalisation"); n != j.end() && n->is_string())
        o.normalisation = n->get<std::string>();
    if (const auto t = j.find("sampling"); t != j.end() && t->is_number())
        o.sampling = t->get<double>();
    if (const auto t = j.find("train_seconds"); t != j.end() && t->is_number())
        meta.trainSeconds = t->get<double>();
    if (const auto s = j.find("sources"); s != j.end() && s->is_array())
        for (const auto &v : *s)
            if (v.is_string())
                meta.sources.push_back(v.get<std::string>());
    return meta;
}

Result<std::string> readCheckedBin(const std::string &binPath, const VectorsMeta &meta)
{
    Result<std::string> bytes = readFile(binPath, meta.binBytes + 1);
    if (!bytes)
        return bytes.status();
    if (bytes->size() != meta.binBytes)
        return Status(ErrorCode::IoError, binPath + ": " + std::to_string(bytes->size()) + " bytes, expected " +
                                              std::to_string(meta.binBytes) +
                                              " (truncated or replaced; train the vectors again)");
    if (sha256Hex(*bytes) != meta.sha256)
        return Status(ErrorCode::IoError, binPath + ": its SHA-256 is not the one " + kMetaName +
                                              " records (changed or damaged; train the vectors again)");
    return bytes;
}

} // namespace mizan::vectors
