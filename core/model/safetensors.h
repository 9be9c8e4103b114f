#pragma once
// The safetensors file format, parsed and written without torch: an 8-byte little-endian
// header length N, N bytes of JSON naming each tensor's dtype, shape and byte range, then the
// raw little-endian data. Parsing is strict (the checks of the reference Rust reader) so a
// damaged or hostile file gives a clear error naming the tensor instead of a crash.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace mizan {

enum class DType { F64, F32, F16, BF16, I64, I32, I16, I8, U8, Bool };

// Bytes per element of `dtype`.
std::size_t dtypeSize(DType dtype);
// The safetensors spelling ("F32", "BF16", ...).
std::string dtypeName(DType dtype);
// Parses a safetensors dtype name; nothing when unknown.
std::optional<DType> dtypeFromName(std::string_view name);

// "[2, 3]": a shape for error messages.
std::string shapeToString(const std::vector<std::int64_t> &shape);

// One tensor of a parsed header. Offsets are relative to the first byte after the header.
struct SafetensorsEntry {
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
};

struct SafetensorsIndex {
    std::vector<SafetensorsEntry> tensors;        // in header order
    std::map<std::string, std::string> metadata;  // the optional "__metadata__" object
    std::uint64_t dataOffset = 0;                 // 8 + header length: where tensor data starts
    std::uint64_t dataSize = 0;                   // bytes after the header

    // The entry called `name`, or nullptr. The pointer lives as long as this index.
    const SafetensorsEntry *find(std::string_view name) const;
};

// Largest header accepted (the reference reader's limit).
constexpr std::uint64_t kMaxSafetensorsHeaderBytes = 100u * 1024u * 1024u;

// Parses and validates the header of a complete safetensors file held in `bytes`. Checks: the
// length prefix fits the file and the 100 MB bound, the header is a JSON object, every dtype
// is known, shapes are non-negative and shape x dtype size equals the byte range, ranges lie
// inside the data and neither overlap nor leave gaps. Errors are ParseError and name
// `fileName`, the tensor and what was expected.
Result<SafetensorsIndex> parseSafetensors(std::string_view bytes, const std::string &fileName);

// Like parseSafetensors() but reads only the header of the file at `path` (no tensor data),
// for cheap inspection of large checkpoints. Fails with IoError when the file cannot be read.
Result<SafetensorsIndex> readSafetensorsHeader(const std::string &path);

// A tensor to write: `data` must hold exactly product(shape) x dtypeSize(dtype) bytes,
// little-endian, row-major; it is only viewed, not owned.
struct SafetensorsTensorView {
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
    std::string_view data;
};

// Serialises tensors as a safetensors file image (names sorted, compact JSON header padded
// with spaces to a multiple of 8, data contiguous), readable by Hugging Face's safetensors.
// Fails with InvalidArgument on an empty or duplicate name, "__metadata__" as a name, or a
// data size that does not match the shape.
Result<std::string> serializeSafetensors(const std::vector<SafetensorsTensorView> &tensors,
                                         const std::map<std::string, std::string> &metadata = {});

} // namespace mizan
