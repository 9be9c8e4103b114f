#include "model/torchcheckpoint.h"

#include <minizip/unzip.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include "common/atomicfile.h"

namespace mizan {

namespace {

namespace fs = std::filesystem;

Status fileError(const std::string &path, const std::string &what)
{
    return Status(ErrorCode::ParseError, path + ": " + what);
}

// Reads `n` bytes at `offset`; the caller has checked the range against the file size.
Result<std::string> readRange(const std::string &path, std::uint64_t offset, std::uint64_t n)
{
    std::ifstream in(path, std::ios::binary);
    std::string out(n, '\0');
    if (!in || !in.seekg(static_cast<std::streamoff>(offset)) || !in.read(out.data(), static_cast<std::streamsize>(n)))
        return Status(ErrorCode::IoError,
                      path + ": cannot read " + std::to_string(n) + " bytes at " + std::to_string(offset));
    return out;
}

// storage numel x element size, or nothing on overflow.
std::optional<std::uint64_t> storageBytes(const PickleStorageRef &s)
{
    const std::uint64_t size = dtypeSize(s.dtype);
    if (s.numel > UINT64_MAX / size)
        return std::nullopt;
    return s.numel * size;
}

struct ZipEntry {
    std::uint64_t offset = 0;  // data start
    std::uint64_t size = 0;    // stored bytes
    int method = 0;
};

struct ZipCloser {
    void operator()(void *f) const { unzClose(static_cast<unzFile>(f)); }
};

Result<std::map<std::string, ZipEntry>> readZipDirectory(const std::string &path, std::uint64_t fileSize)
{
    std::unique_ptr<void, ZipCloser> zip(unzOpen64(path.c_str()));
    if (!zip)
        return fileError(path, "not a complete zip archive (truncated or damaged: its central directory is missing)");
    std::map<std::string, ZipEntry> entries;
    for (int rc = unzGoToFirstFile(zip.get()); rc == UNZ_OK; rc = unzGoToNextFile(zip.get())) {
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(zip.get(), &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
            info.size_filename >= sizeof name)
            return fileError(path, "a damaged zip directory entry");
        int method = 0, level = 0;
        if (unzOpenCurrentFile2(zip.get(), &method, &level, /*raw=*/1) != UNZ_OK)
            return fileError(path, std::string("the zip entry '") + name + "' is damaged");
        ZipEntry e{unzGetCurrentFileZStreamPos64(zip.get()), info.compressed_size, method};
        unzCloseCurrentFile(zip.get());
        if (e.offset > fileSize || e.size > fileSize - e.offset)
            return fileError(path,
                             std::string("the zip entry '") + name + "' extends past the end of the file (truncated?)");
        if (method != 0 || info.uncompressed_size != info.compressed_size)
            return Status(ErrorCode::Unsupported,
                          path + ": the zip entry '" + name +
                              "' is compressed; torch.save never "
                              "compresses, was the file re-packed? Save it again with torch.save");
        if (entries.size() > 1000000)
            return fileError(path, "too many zip entries");
        entries[name] = e;
    }
    return entries;
}

Result<TorchCheckpointIndex> readZipCheckpoint(const std::string &path, std::uint64_t fileSize)
{
    auto entries = readZipDirectory(path, fileSize);
    if (!entries)
        return entries.status();
    std::string prefix;
    for (const auto &[name, e] : *entries) {
        const auto slash = name.find('/');
        if (slash != std::string::npos && name.substr(slash) == "/data.pkl") {
            if (!prefix.empty())
                return fileError(path, "the archive holds two checkpoints ('" + prefix + "' and '" +
                                           name.substr(0, slash) + "')");
            prefix = name.substr(0, slash);
        }
    }
    if (prefix.empty())
        return fileError(path, "a zip archive without data.pkl: not a PyTorch checkpoint");
    const ZipEntry &pkl = entries->at(prefix + "/data.pkl");
    auto pickle = readRange(path, pkl.offset, pkl.size);
    if (!pickle)
        return pickle.status();
    auto root = unpickleRestricted(*pickle, 0, path);
    if (!root)
        return root.status();
    auto state = stateDictFromPickle(*root->value, path);
    if (!state)
        return state.status();
    TorchCheckpointIndex index{path, "zip", std::move(*state), {}};
    for (const auto &[key, ref] : index.state.storages) {
        auto it = entries->find(prefix + "/data/" + key);
        if (it == entries->end())
            return fileError(path, "storage '" + key + "' is not in the archive (truncated?)");
        const auto bytes = storageBytes(ref);
        if (!bytes || *bytes > it->second.size)
            return fileError(path, "storage '" + key + "' should hold " + std::to_string(ref.numel) +
                                       " elements but has " + std::to_string(it->second.size) + " bytes");
        index.storages[key] = {ref.dtype, ref.numel, it->second.offset};
    }
    return index;
}

// The legacy stream: pickles one after the other. Reads a growing prefix of the file until
// every pickle is complete (the pickles of a BERT checkpoint take a few kilobytes).
class LegacyReader {
public:
    LegacyReader(const std::string &path, std::uint64_t fileSize) : m_path(path), m_fileSize(fileSize) {}

    Result<Unpickled> next()
    {
        for (std::uint64_t want = std::min<std::uint64_t>(m_fileSize, 1 << 20);;
             want = std::min(m_fileSize, want * 4)) {
            if (m_chunk.size() < want) {
                auto chunk = readRange(m_path, 0, want);
                if (!chunk)
                    return chunk.status();
                m_chunk = std::move(*chunk);
            }
            bool truncated = false;
            auto out = unpickleRestricted(m_chunk, m_pos, m_path, &truncated);
            if (out) {
                m_pos = out->end;
                return out;
            }
            if (!truncated || m_chunk.size() >= m_fileSize)
                return out.status();
        }
    }
    std::uint64_t position() const { return m_pos; }

private:
    const std::string &m_path;
    std::uint64_t m_fileSize;
    std::string m_chunk;
    std::uint64_t m_pos = 0;
};

Result<TorchCheckpointIndex> readLegacyCheckpoint(const std::string &path, std::uint64_t fileSize)
{
    static const std::string kMagic("\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19", 10);  // 0x1950a86a20f9469cfc6c
    LegacyReader reader(path, fileSize);
    auto magic = reader.next();
    if (!magic || magic->value->kind != PickleValue::Kind::BigInt || magic->value->text != kMagic)
        return fileError(path, "not a PyTorch checkpoint (no zip archive, no legacy magic number)");
    auto protocol = reader.next();
    if (!protocol)
        return protocol.status();
    if (protocol->value->kind != PickleValue::Kind::Int || protocol->value->integer != 1001)
        return Status(ErrorCode::Unsupported, path + ": unknown legacy checkpoint protocol");
    auto sysInfo = reader.next();
    if (!sysInfo)
        return sysInfo.status();
    for (const auto &[k, v] : sysInfo->value->entries)
        if (k->kind == PickleValue::Kind::String && k->text == "little_endian" && v->kind == PickleValue::Kind::Bool &&
            !v->boolean)
            return Status(ErrorCode::Unsupported, path + ": written on a big-endian machine");
    auto object = reader.next();
    if (!object)
        return object.status();
    auto state = stateDictFromPickle(*object->value, path);
    if (!state)
        return state.status();
    auto keys = reader.next();
    if (!keys)
        return keys.status();
    if (keys->value->kind != PickleValue::Kind::List)
        return fileError(path, "the list of storage keys is missing");
    TorchCheckpointIndex index{path, "legacy", std::move(*state), {}};
    std::uint64_t pos = reader.position();
    for (const PickleValue *key : keys->value->items) {
        auto ref = key->kind == PickleValue::Kind::String ? object->storages.find(key->text) : object->storages.end();
        if (ref == object->storages.end())
            return fileError(path, "the storage list names a storage the checkpoint never uses");
        if (pos > fileSize || fileSize - pos < 8)
            return fileError(path, "storage '" + key->text + "' is missing (truncated file?)");
        auto header = readRange(path, pos, 8);
        if (!header)
            return header.status();
        std::uint64_t numel = 0;
        for (int i = 7; i >= 0; --i)
            numel = (numel << 8) | static_cast<unsigned char>((*header)[i]);
        const auto bytes = storageBytes(ref->second);
        if (numel != ref->second.numel || !bytes || *bytes > fileSize - pos - 8)
            return fileError(path,
                             "storage '" + key->text + "' does not match its declaration or the file is truncated");
        index.storages[key->text] = {ref->second.dtype, numel, pos + 8};
        pos += 8 + *bytes;
    }
    for (const auto &[key, ref] : index.state.storages)
        if (!index.storages.count(key))
            return fileError(path, "storage '" + key + "' has no data");
    return index;
}

std::string firstBytes(const std::string &path, std::size_t n)
{
    std::ifstream in(path, std::ios::binary);
    std::string out(n, '\0');
    in.read(out.data(), static_cast<std::streamsize>(n));
    out.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
    return out;
}

} // namespace

bool isTorchCheckpointFile(const std::string &path)
{
    // A .safetensors file is one, whatever its first bytes: its header length (8 bytes, little
    // endian) can begin with "PK" or 0x80 0x02 (a header of 19,280 or 640 bytes, mod 65,536).
    const std::string suffix = ".safetensors";
    if (path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
        return false;
    const std::string head = firstBytes(path, 2);
    return head == "PK" || head == "\x80\x02";
}

Result<TorchCheckpointIndex> readTorchCheckpointIndex(const std::string &path)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return Status(ErrorCode::IoError, path + ": cannot read the file");
    const std::string head = firstBytes(path, 4);
    if (head.substr(0, 2) == "PK")
        return readZipCheckpoint(path, size);
    if (head.substr(0, 2) == "\x80\x02")
        return readLegacyCheckpoint(path, size);
    return fileError(path, "not a PyTorch checkpoint (neither a zip archive nor a pickle)");
}

Result<std::vector<WeightsTensorInfo>> listWeightsTensors(const std::string &path)
{
    std::vector<WeightsTensorInfo> out;
    if (isTorchCheckpointFile(path)) {
        auto index = readTorchCheckpointIndex(path);
        if (!index)
            return index.status();
        for (const auto &t : index->state.tensors)
            out.push_back({t.name, t.tensor.dtype, t.tensor.shape});
        return out;
    }
    auto header = readSafetensorsHeader(path);
    if (!header)
        return header.status();
    for (const auto &e : header->tensors)
        out.push_back({e.name, e.dtype, e.shape});
    return out;
}

} // namespace mizan
