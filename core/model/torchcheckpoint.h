#pragma once
// The two container formats of torch.save, without torch: the zip archive (torch >= 1.6:
// <name>/data.pkl, <name>/data/<key>, <name>/version; read with Debian's minizip) and the
// legacy stream (pickled magic number, protocol, system info, the object pickle, the pickled
// storage keys, then each storage as an int64 element count and its bytes). Only the pickles
// are read here; the result says where each storage's bytes lie so a caller can read exactly
// the tensors it needs. Every storage is checked to lie inside the file.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/result.h"
#include "model/safetensors.h"
#include "model/torchpickle.h"

namespace mizan {

struct TorchStorageLocation {
    DType dtype = DType::F32;
    std::uint64_t numel = 0;
    std::uint64_t offset = 0;  // absolute file offset of the first element
};

struct TorchCheckpointIndex {
    std::string file;
    std::string format;  // "zip" or "legacy"
    PickleStateDict state;
    std::map<std::string, TorchStorageLocation> storages;  // by key, every storage a tensor uses
};

// Reads the pickles of a torch.save file and locates its storages. Errors name `path`: not a
// PyTorch checkpoint, truncated, a refused global (with its name), a storage outside the file.
Result<TorchCheckpointIndex> readTorchCheckpointIndex(const std::string &path);

// A tensor of a weights file as a loader sees it, whatever the format.
struct WeightsTensorInfo {
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
};

// The tensors of a safetensors file or a torch.save checkpoint (chosen by content; a file
// named *.safetensors is always read as safetensors).
Result<std::vector<WeightsTensorInfo>> listWeightsTensors(const std::string &path);

// True when the file is a PyTorch checkpoint by its first bytes (a zip archive, "PK", or a
// pickle stream, 0x80 0x02); a file named *.safetensors never is.
bool isTorchCheckpointFile(const std::string &path);

} // namespace mizan
