#include "model/safetensors.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <set>

#include "model/jsonutil.h"

namespace mizan {

namespace {

struct DTypeInfo {
    DType dtype;
    const char *name;
    std::size_t size;
};

constexpr DTypeInfo kDTypes[] = {
    {DType::F64, "F64", 8}, {DType::F32, "F32", 4}, {DType::F16, "F16", 2}, {DType::BF16, "BF16", 2},
    {DType::I64, "I64", 8}, {DType::I32, "I32", 4}, {DType::I16, "I16", 2}, {DType::I8, "I8", 1},
    {DType::U8, "U8", 1},   {DType::Bool, "BOOL", 1},
};

std::uint64_t readU64le(const char *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

Status headerLengthCheck(std::uint64_t headerLen, std::uint64_t fileSize, const std::string &fileName)
{
    if (fileSize < 8)
        return Status(ErrorCode::ParseError, fileName + ": truncated: " + std::to_string(fileSize) +
                                                 " bytes, expected at least the 8-byte header length");
    if (headerLen > kMaxSafetensorsHeaderBytes)
        return Status(ErrorCode::ParseError,
                      fileName + ": header length " + std::to_string(headerLen) +
                          " bytes exceeds the 100 MB limit (corrupt file or not safetensors)");
    if (headerLen > fileSize - 8)
        return Status(ErrorCode::ParseError, fileName + ": header length " + std::to_string(headerLen) +
                                                 " runs past the end of the file (" + std::to_string(fileSize) +
                                                 " bytes): truncated or not safetensors");
    if (headerLen < 2)
        return Status(ErrorCode::ParseError, fileName + ": header length " + std::to_string(headerLen) +
                                                 " is too small for a JSON object");
    return Status::ok();
}

// One tensor's entry of the header, checked against a data section of `dataSize` bytes.
Result<SafetensorsEntry> parseEntry(const std::string &name, const nlohmann::json &v, std::uint64_t dataSize,
                                    const std::string &fileName)
{
    const std::string where = fileName + ": tensor '" + name + "': ";
    if (!v.is_object())
        return Status(ErrorCode::ParseError, where + "expected an object with dtype, shape, data_offsets");
    if (!v.contains("dtype") || !v["dtype"].is_string())
        return Status(ErrorCode::ParseError, where + "missing string field 'dtype'");
    if (!v.contains("shape") || !v["shape"].is_array())
        return Status(ErrorCode::ParseError, where + "missing array field 'shape'");
    if (!v.contains("data_offsets") || !v["data_offsets"].is_array() || v["data_offsets"].size() != 2)
        return Status(ErrorCode::ParseError, where + "'data_offsets' must be [begin, end]");

    SafetensorsEntry e;
    e.name = name;
    const std::string dtype = v["dtype"].get<std::string>();
    const auto dt = dtypeFromName(dtype);
    if (!dt)
        return Status(ErrorCode::ParseError, where + "unknown dtype '" + dtype +
                                                 "' (expected F32, F16, BF16, F64, I64, I32, I16, I8, U8 or BOOL)");
    e.dtype = *dt;

    std::uint64_t elements = 1;
    bool overflow = false;
    for (const auto &d : v["shape"]) {
        if (!d.is_number_integer() || d.get<std::int64_t>() < 0)
            return Status(ErrorCode::ParseError, where + "shape entries must be non-negative integers");
        const auto dim = d.get<std::uint64_t>();
        e.shape.push_back(static_cast<std::int64_t>(dim));
        if (dim != 0 && elements > std::numeric_limits<std::uint64_t>::max() / dim)
            overflow = true;
        else
            elements *= dim;
    }
    for (const auto &o : v["data_offsets"])
        if (!o.is_number_unsigned() && !(o.is_number_integer() && o.get<std::int64_t>() >= 0))
            return Status(ErrorCode::ParseError, where + "data_offsets must be non-negative integers");
    e.begin = v["data_offsets"][0].get<std::uint64_t>();
    e.end = v["data_offsets"][1].get<std::uint64_t>();
    if (e.begin > e.end)
        return Status(ErrorCode::ParseError, where + "data_offsets begin " + std::to_string(e.begin) +
                                                 " is after end " + std::to_string(e.end));
    const std::size_t width = dtypeSize(e.dtype);
    if (overflow || elements > std::numeric_limits<std::uint64_t>::max() / width)
        return Status(ErrorCode::ParseError, where + "shape " + shapeToString(e.shape) + " is too large");
    const std::uint64_t expected = elements * width;
    if (expected != e.end - e.begin)
        return Status(ErrorCode::ParseError,
                      where + "shape " + shapeToString(e.shape) + " x " + dtype + " (" + std::to_string(width) +
                          " bytes) needs " + std::to_string(expected) + " bytes but data_offsets [" +
                          std::to_string(e.begin) + ", " + std::to_string(e.end) + "] hold " +
                          std::to_string(e.end - e.begin));
    if (e.end > dataSize)
        return Status(ErrorCode::ParseError, where + "data_offsets end " + std::to_string(e.end) +
                                                 " is past the end of the data (" + std::to_string(dataSize) +
                                                 " bytes): truncated file");
    return e;
}

// The tensors' byte ranges must tile the data exactly: sorted by begin, each starts where the
// previous one ended, and the last ends at the end of the data.
Status checkTiling(const SafetensorsIndex &index, std::uint64_t dataSize, const std::string &fileName)
{
    std::vector<const SafetensorsEntry *> order;
    for (const auto &e : index.tensors)
        order.push_back(&e);
    std::stable_sort(order.begin(), order.end(), [](const SafetensorsEntry *a, const SafetensorsEntry *b) {
        return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
    });
    std::uint64_t cursor = 0;
    const SafetensorsEntry *previous = nullptr;
    for (const SafetensorsEntry *e : order) {
        if (e->begin < cursor)
            return Status(ErrorCode::ParseError,
                          fileName + ": tensor '" + e->name + "' bytes [" + std::to_string(e->begin) + ", " +
                              std::to_string(e->end) + ") overlap tensor '" + previous->name + "' [" +
                              std::to_string(previous->begin) + ", " + std::to_string(previous->end) + ")");
        if (e->begin > cursor)
            return Status(ErrorCode::ParseError,
                          fileName + ": tensor '" + e->name + "' starts at byte " + std::to_string(e->begin) +
                              " but the previous tensor ends at " + std::to_string(cursor) +
                              " (safetensors data must be contiguous)");
        cursor = e->end;
        previous = e;
    }
    if (cursor != dataSize)
        return Status(ErrorCode::ParseError, fileName + ": tensors cover " + std::to_string(cursor) +
                                                 " bytes of data but the file holds " + std::to_string(dataSize) +
                                                 " after the header (trailing bytes)");
    return Status::ok();
}

// Validates the JSON header against a data section of `dataSize` bytes.
Result<SafetensorsIndex> parseHeader(std::string_view header, std::uint64_t dataSize, const std::string &fileName)
{
    auto parsed = jsonutil::parse(header, fileName + " (header)");
    if (!parsed)
        return parsed.status();
    const nlohmann::json &root = *parsed;
    if (!root.is_object())
        return Status(ErrorCode::ParseError, fileName + ": header must be a JSON object");

    SafetensorsIndex index;
    index.dataOffset = 8 + header.size();
    index.dataSize = dataSize;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string &name = it.key();
        const nlohmann::json &v = it.value();
        if (name == "__metadata__") {
            if (!v.is_object())
                return Status(ErrorCode::ParseError, fileName + ": __metadata__ must be an object of strings");
            for (auto m = v.begin(); m != v.end(); ++m) {
                if (!m.value().is_string())
                    return Status(ErrorCode::ParseError,
                                  fileName + ": __metadata__ value '" + m.key() + "' must be a string");
                index.metadata[m.key()] = m.value().get<std::string>();
            }
            continue;
        }
        auto entry = parseEntry(name, v, dataSize, fileName);
        if (!entry)
            return entry.status();
        index.tensors.push_back(std::move(*entry));
    }
    if (Status st = checkTiling(index, dataSize, fileName); !st)
        return st;
    return index;
}

} // namespace

std::string shapeToString(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::size_t dtypeSize(DType dtype)
{
    for (const auto &d : kDTypes)
        if (d.dtype == dtype)
            return d.size;
    return 0;
}

std::string dtypeName(DType dtype)
{
    for (const auto &d : kDTypes)
        if (d.dtype == dtype)
            return d.name;
    return "?";
}

std::optional<DType> dtypeFromName(std::string_view name)
{
    for (const auto &d : kDTypes)
        if (name == d.name)
            return d.dtype;
    return std::nullopt;
}

const SafetensorsEntry *SafetensorsIndex::find(std::string_view name) const
{
    for (const auto &e : tensors)
        if (e.name == name)
            return &e;
    return nullptr;
}

Result<SafetensorsIndex> parseSafetensors(std::string_view bytes, const std::string &fileName)
{
    const std::uint64_t headerLen = bytes.size() >= 8 ? readU64le(bytes.data()) : 0;
    if (Status s = headerLengthCheck(headerLen, bytes.size(), fileName); !s)
        return s;
    return parseHeader(bytes.substr(8, headerLen), bytes.size() - 8 - headerLen, fileName);
}

Result<SafetensorsIndex> readSafetensorsHeader(const std::string &path)
{
    std::error_code ec;
    const auto fileSize = std::filesystem::file_size(path, ec);
    if (ec)
        return Status(ErrorCode::IoError, path + ": cannot read: " + ec.message());
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Status(ErrorCode::IoError, path + ": cannot open");
    char prefix[8] = {};
    in.read(prefix, fileSize >= 8 ? 8 : static_cast<std::streamsize>(fileSize));
    const std::uint64_t headerLen = fileSize >= 8 ? readU64le(prefix) : 0;
    if (Status s = headerLengthCheck(headerLen, fileSize, path); !s)
        return s;
    std::string header(headerLen, '\0');
    if (!in.read(header.data(), static_cast<std::streamsize>(headerLen)))
        return Status(ErrorCode::IoError, path + ": read failed");
    return parseHeader(header, fileSize - 8 - headerLen, path);
}

Result<std::string> serializeSafetensors(const std::vector<SafetensorsTensorView> &tensors,
                                         const std::map<std::string, std::string> &metadata)
{
    std::vector<const SafetensorsTensorView *> order;
    for (const auto &t : tensors)
        order.push_back(&t);
    std::sort(order.begin(), order.end(),
              [](const SafetensorsTensorView *a, const SafetensorsTensorView *b) { return a->name < b->name; });

    // nlohmann's default object is sorted; "__metadata__" sorts before lower-case names but
    // our offsets do not depend on key order anyway.
    nlohmann::json header = nlohmann::json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::uint64_t offset = 0;
    std::set<std::string> seen;
    for (const SafetensorsTensorView *t : order) {
        if (t->name.empty() || t->name == "__metadata__")
            return Status(ErrorCode::InvalidArgument, "safetensors: invalid tensor name '" + t->name + "'");
        if (!seen.insert(t->name).second)
            return Status(ErrorCode::InvalidArgument, "safetensors: duplicate tensor name '" + t->name + "'");
        std::uint64_t elements = 1;
        for (auto d : t->shape) {
            if (d < 0)
                return Status(ErrorCode::InvalidArgument,
                              "safetensors: tensor '" + t->name + "' has a negative dimension");
            elements *= static_cast<std::uint64_t>(d);
        }
        if (elements * dtypeSize(t->dtype) != t->data.size())
            return Status(ErrorCode::InvalidArgument,
                          "safetensors: tensor '" + t->name + "' shape " + shapeToString(t->shape) + " x " +
                              dtypeName(t->dtype) + " needs " + std::to_string(elements * dtypeSize(t->dtype)) +
                              " bytes, got " + std::to_string(t->data.size()));
        header[t->name] = {{"dtype", dtypeName(t->dtype)},
                           {"shape", t->shape},
                           {"data_offsets", {offset, offset + t->data.size()}}};
        offset += t->data.size();
    }
    std::string json = header.dump();
    json.append((8 - json.size() % 8) % 8, ' ');

    std::string out;
    out.reserve(8 + json.size() + offset);
    std::uint64_t n = json.size();
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
    out += json;
    for (const SafetensorsTensorView *t : order)
        out.append(t->data.data(), t->data.size());
    return out;
}

} // namespace mizan
