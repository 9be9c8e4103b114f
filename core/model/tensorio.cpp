#include "model/tensorio.h"

#include <cstring>

#include "common/atomicfile.h"

namespace mizan {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "safetensors data is little-endian; big-endian hosts need byte swapping");

torch::ScalarType toTorchDtype(DType dtype)
{
    switch (dtype) {
    case DType::F64: return torch::kDouble;
    case DType::F32: return torch::kFloat;
    case DType::F16: return torch::kHalf;
    case DType::BF16: return torch::kBFloat16;
    case DType::I64: return torch::kLong;
    case DType::I32: return torch::kInt;
    case DType::I16: return torch::kShort;
    case DType::I8: return torch::kChar;
    case DType::U8: return torch::kByte;
    case DType::Bool: return torch::kBool;
    }
    return torch::kFloat;
}

std::optional<DType> fromTorchDtype(torch::ScalarType type)
{
    switch (type) {
    case torch::kDouble: return DType::F64;
    case torch::kFloat: return DType::F32;
    case torch::kHalf: return DType::F16;
    case torch::kBFloat16: return DType::BF16;
    case torch::kLong: return DType::I64;
    case torch::kInt: return DType::I32;
    case torch::kShort: return DType::I16;
    case torch::kChar: return DType::I8;
    case torch::kByte: return DType::U8;
    case torch::kBool: return DType::Bool;
    default: return std::nullopt;
    }
}

Result<TensorMap> loadSafetensors(const std::string &path, std::map<std::string, std::string> *metadata)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.status();
    auto index = parseSafetensors(*bytes, path);
    if (!index)
        return index.status();
    if (metadata)
        *metadata = index->metadata;
    TensorMap out;
    for (const auto &e : index->tensors) {
        auto t = torch::empty(e.shape, torch::TensorOptions().dtype(toTorchDtype(e.dtype)));
        if (e.end > e.begin)
            std::memcpy(t.data_ptr(), bytes->data() + index->dataOffset + e.begin, e.end - e.begin);
        out.emplace(e.name, std::move(t));
    }
    return out;
}

Result<std::string> serializeTensors(const TensorMap &tensors, const std::map<std::string, std::string> &metadata)
{
    std::vector<torch::Tensor> keep;
    std::vector<SafetensorsTensorView> views;
    keep.reserve(tensors.size());
    for (const auto &[name, tensor] : tensors) {
        if (!tensor.defined())
            return Status(ErrorCode::InvalidArgument, "safetensors: tensor '" + name + "' is undefined");
        const auto dtype = fromTorchDtype(tensor.scalar_type());
        if (!dtype)
            return Status(ErrorCode::InvalidArgument, "safetensors: tensor '" + name + "' has an unsupported dtype");
        keep.push_back(tensor.detach().to(torch::kCPU).contiguous());
        const auto &t = keep.back();
        views.push_back({name, *dtype, t.sizes().vec(),
                         std::string_view(static_cast<const char *>(t.data_ptr()), t.numel() * t.element_size())});
    }
    return serializeSafetensors(views, metadata);
}

Status saveSafetensors(const std::string &path, const TensorMap &tensors,
                       const std::map<std::string, std::string> &metadata)
{
    auto image = serializeTensors(tensors, metadata);
    if (!image)
        return Status(image.status().code(), path + ": " + image.error());
    return writeFileAtomic(path, *image);
}

} // namespace mizan
