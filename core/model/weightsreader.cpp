#include "model/weightsreader.h"

#include <fstream>

namespace mizan {

namespace {

std::vector<std::int64_t> contiguousStrides(const std::vector<std::int64_t> &shape)
{
    std::vector<std::int64_t> strides(shape.size(), 1);
    for (std::size_t i = shape.size(); i-- > 1;)
        strides[i - 1] = strides[i] * shape[i];
    return strides;
}

std::int64_t numelOf(const std::vector<std::int64_t> &shape)
{
    std::int64_t n = 1;
    for (auto d : shape)
        n *= d;  // bounded: every shape was checked against the bytes present
    return n;
}

} // namespace

Result<WeightsReader> WeightsReader::open(const std::vector<std::string> &files)
{
    WeightsReader r;
    r.m_files = files;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const std::string &path = files[f];
        auto add = [&](Entry e) -> Status {
            auto [it, inserted] = r.m_entries.emplace(e.info.name, e);
            if (!inserted)
                return Status(ErrorCode::ParseError,
                              path + ": tensor '" + e.info.name + "' is also in " + files[it->second.file]);
            return Status::ok();
        };
        if (isTorchCheckpointFile(path)) {
            auto index = readTorchCheckpointIndex(path);
            if (!index)
                return index.status();
            for (const auto &[name, t] : index->state.tensors) {
                const TorchStorageLocation &loc = index->storages.at(t.storageKey);
                if (Status s = add({{name, t.dtype, t.shape}, f, loc.offset, t.storageOffset, t.strides}); !s)
                    return s;
            }
            continue;
        }
        auto header = readSafetensorsHeader(path);
        if (!header)
            return header.status();
        for (const auto &e : header->tensors)
            if (Status s = add({{e.name, e.dtype, e.shape}, f, header->dataOffset + e.begin, 0, {}}); !s)
                return s;
    }
    return r;
}

std::vector<std::string> WeightsReader::names() const
{
    std::vector<std::string> out;
    for (const auto &[name, e] : m_entries)
        out.push_back(name);
    return out;
}

bool WeightsReader::contiguous(const Entry &e) const
{
    if (e.strides.empty() || numelOf(e.info.shape) <= 1)
        return true;
    const auto expected = contiguousStrides(e.info.shape);
    for (std::size_t i = 0; i < expected.size(); ++i)
        if (e.info.shape[i] != 1 && e.strides[i] != expected[i])
            return false;
    return true;
}

Status WeightsReader::readBytes(const Entry &e, std::uint64_t byteOffset, std::uint64_t n, void *dst) const
{
    if (n == 0)
        return Status::ok();
    const std::string &path = m_files[e.file];
    std::ifstream in(path, std::ios::binary);
    if (!in || !in.seekg(static_cast<std::streamoff>(e.offset + byteOffset)) ||
        !in.read(static_cast<char *>(dst), static_cast<std::streamsize>(n)))
        return Status(ErrorCode::IoError, path + ": cannot read tensor '" + e.info.name + "'");
    return Status::ok();
}

Result<torch::Tensor> WeightsReader::read(const std::string &name) const
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return Status(ErrorCode::NotFound, "no tensor '" + name + "'");
    const Entry &e = it->second;
    const auto dtype = toTorchDtype(e.info.dtype);
    const std::uint64_t elem = dtypeSize(e.info.dtype);
    if (contiguous(e)) {
        auto t = torch::empty(e.info.shape, torch::TensorOptions().dtype(dtype));
        if (Status s = readBytes(e, elem * e.storageOffset, elem * t.numel(), t.data_ptr()); !s)
            return s;
        return t;
    }
    // A strided view (a transpose, a slice): read the span of the storage it touches, then copy.
    std::int64_t span = 1;
    for (std::size_t i = 0; i < e.info.shape.size(); ++i)
        span += (e.info.shape[i] - 1) * e.strides[i];
    auto storage = torch::empty({span}, torch::TensorOptions().dtype(dtype));
    if (Status s = readBytes(e, elem * e.storageOffset, elem * span, storage.data_ptr()); !s)
        return s;
    return storage.as_strided(e.info.shape, e.strides, 0).contiguous();
}

Status WeightsReader::readInto(const std::string &name, torch::Tensor dst) const
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return Status(ErrorCode::NotFound, "no tensor '" + name + "'");
    const Entry &e = it->second;
    if (dst.numel() != numelOf(e.info.shape))
        return Status(ErrorCode::InvalidArgument, fileOf(name) + ": tensor '" + name + "' has " +
                                                      shapeToString(e.info.shape) + " elements, expected " +
                                                      c10::str(dst.sizes()));
    if (dst.device().is_cpu() && dst.is_contiguous() && dst.scalar_type() == toTorchDtype(e.info.dtype) &&
        contiguous(e))
        return readBytes(e, dtypeSize(e.info.dtype) * e.storageOffset, dtypeSize(e.info.dtype) * dst.numel(),
                         dst.data_ptr());
    auto t = read(name);
    if (!t)
        return t.status();
    dst.copy_(t->view(dst.sizes()));
    return Status::ok();
}

Result<TensorMap> WeightsReader::readAll() const
{
    TensorMap out;
    for (const auto &[name, e] : m_entries) {
        auto t = read(name);
        if (!t)
            return t.status();
        out.emplace(name, std::move(*t));
    }
    return out;
}

} // namespace mizan
