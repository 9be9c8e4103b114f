#pragma once
// Reads the tensors of a model's weights files on demand, whatever their format (safetensors,
// torch.save zip or legacy pickle, several shards): one tensor at a time, straight into the
// destination when the stored layout allows, so loading a model needs little more memory than
// the model itself. INTERNAL to core (torch).
#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

#include "common/result.h"
#include "model/tensorio.h"
#include "model/torchcheckpoint.h"

namespace mizan {

class WeightsReader {
public:
    // Indexes `files` (only headers and pickles are read). A tensor name present in two files
    // is an error naming both.
    static Result<WeightsReader> open(const std::vector<std::string> &files);

    // Every tensor name, sorted.
    std::vector<std::string> names() const;
    bool contains(const std::string &name) const { return m_entries.count(name) != 0; }
    const WeightsTensorInfo &info(const std::string &name) const { return m_entries.at(name).info; }
    const std::string &fileOf(const std::string &name) const { return m_files[m_entries.at(name).file]; }

    // The tensor as stored (CPU, its dtype, contiguous). Fails with IoError naming the file.
    Result<torch::Tensor> read(const std::string &name) const;
    // Reads the tensor into `dst` (same number of elements, CPU), converting its dtype.
    Status readInto(const std::string &name, torch::Tensor dst) const;
    // Every tensor, as loadSafetensors() gives them.
    Result<TensorMap> readAll() const;

private:
    struct Entry {
        WeightsTensorInfo info;
        std::size_t file = 0;
        std::uint64_t offset = 0;              // absolute offset of storage element 0 (pickle) or of the data
        std::int64_t storageOffset = 0;        // elements (pickle)
        std::vector<std::int64_t> strides;     // elements (pickle); empty: contiguous
    };
    Status readBytes(const Entry &e, std::uint64_t byteOffset, std::uint64_t n, void *dst) const;
    bool contiguous(const Entry &e) const;

    std::vector<std::string> m_files;
    std::map<std::string, Entry> m_entries;
};

} // namespace mizan
