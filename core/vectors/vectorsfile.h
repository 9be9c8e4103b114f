#pragma once
// INTERNAL to core/vectors: vectors.json, Mizan's description of a vectors folder, and the
// checked read of vectors.bin. No fastText here.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "vectors/wordvectors.h"

namespace mizan::vectors {

constexpr const char *kBinName = "vectors.bin";
constexpr const char *kMetaName = "vectors.json";
constexpr int kFormatVersion = 1;

struct VectorsMeta {
    WordVectorOptions options;
    std::size_t words = 0;
    std::uint64_t binBytes = 0;
    std::string sha256;  // of vectors.bin
    double trainSeconds = 0.0;
    std::vector<std::string> sources;
};

std::string metaJson(const VectorsMeta &meta);

// Parses vectors.json; errors are ParseError / Unsupported naming `fileName` and the key.
Result<VectorsMeta> parseMeta(std::string_view text, const std::string &fileName);

// The bytes of `binPath` when its size and SHA-256 are the ones `meta` records; otherwise
// IoError / ParseError naming the file ("truncated", "not the file vectors.json describes").
Result<std::string> readCheckedBin(const std::string &binPath, const VectorsMeta &meta);

} // namespace mizan::vectors
