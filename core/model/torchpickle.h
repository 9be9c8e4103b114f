#pragma once
// A restricted unpickler for PyTorch checkpoints, without torch: it understands the pickle
// opcodes torch.save writes (protocols 2-4) and, like torch.load(weights_only=True), accepts
// only an allow-list of globals (the tensor rebuild functions, the storage types,
// collections.OrderedDict). Any other global is refused with its name; nothing is ever called
// or executed: allowed "calls" are interpreted here as data. Every count and length is checked
// against the bytes present, memo and stack use are bounded by the input size.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.h"
#include "model/safetensors.h"

namespace mizan {

// A storage referenced by a persistent id ('storage', torch.FloatStorage, key, location, numel).
struct PickleStorageRef {
    std::string key;
    DType dtype = DType::F32;
    std::uint64_t numel = 0;
};

// A tensor rebuilt by torch._utils._rebuild_tensor_v2 (or _rebuild_parameter): a strided view
// of a storage. Shapes and strides are non-negative; the view lies inside the storage.
struct PickleTensor {
    std::string storageKey;
    DType dtype = DType::F32;
    std::uint64_t storageNumel = 0;  // elements of the whole storage
    std::int64_t storageOffset = 0;
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> strides;
};

// A value of the object graph: the plain Python types a state dict is made of.
struct PickleValue {
    enum class Kind { None, Bool, Int, BigInt, Float, String, Bytes, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    bool boolean = false;
    std::int64_t integer = 0;
    double number = 0;
    std::string text;  // String, Bytes, BigInt (little-endian two's complement bytes), Global ("module.name")
    // Children are owned by the Unpickled arena (plain pointers: a pickle may build cycles).
    std::vector<const PickleValue *> items;                                  // Tuple, List
    std::vector<std::pair<const PickleValue *, const PickleValue *>> entries;  // Dict
    PickleStorageRef storage;
    PickleTensor tensor;
};

struct Unpickled {
    std::shared_ptr<std::vector<std::unique_ptr<PickleValue>>> arena;  // owns every value
    const PickleValue *value = nullptr;                                // the unpickled object
    std::size_t end = 0;                                               // offset just after STOP
    std::map<std::string, PickleStorageRef> storages;                  // every persistent id seen
};

// Most values one pickle may create (a BERT state dict needs a few thousand).
constexpr std::size_t kMaxPickleValues = 1u << 18;

// Unpickles the pickle that starts at `offset` in `bytes`. Errors are ParseError or
// Unsupported naming `fileName`, the byte offset and what was expected; a global outside the
// allow-list is refused as Unsupported with its dotted name. `truncated` (when given) is set
// when the only problem was that the bytes ended before STOP.
Result<Unpickled> unpickleRestricted(std::string_view bytes, std::size_t offset, const std::string &fileName,
                                     bool *truncated = nullptr);

// A named tensor of a state dict.
struct PickleNamedTensor {
    std::string name;
    PickleTensor tensor;
};

struct PickleStateDict {
    std::vector<PickleNamedTensor> tensors;          // in file order
    std::map<std::string, PickleStorageRef> storages;
    std::string wrapperKey;                          // "state_dict" / "model" when the dict was wrapped
    std::vector<std::string> ignoredEntries;         // non-tensor values (numbers, strings, ...)
};

// Finds the state dict in an unpickled object: a dict of tensors, or a dict with one of
// "state_dict" / "model" / "module" holding it; nested dicts of tensors get dotted names.
Result<PickleStateDict> stateDictFromPickle(const PickleValue &root, const std::string &fileName);

} // namespace mizan
