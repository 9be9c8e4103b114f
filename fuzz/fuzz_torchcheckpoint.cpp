// libFuzzer target: the PyTorch checkpoint reader (torchpickle: the restricted unpickler and
// the state-dict finder; torchcheckpoint: the zip and legacy containers). The bytes are
// unpickled directly, then read as a checkpoint file. Invariants: errors name the file; a
// checkpoint that is accepted has every storage inside the file and every tensor view inside
// its storage.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

#include "fuzzcheck.h"
#include "model/torchcheckpoint.h"
#include "model/torchpickle.h"

namespace {

bool viewInsideStorage(const mizan::PickleTensor &t)
{
    if (t.storageOffset < 0 || t.shape.size() != t.strides.size())
        return false;
    unsigned __int128 last = static_cast<unsigned __int128>(t.storageOffset);
    for (std::size_t i = 0; i < t.shape.size(); ++i) {
        if (t.shape[i] < 0 || t.strides[i] < 0)
            return false;
        if (t.shape[i] == 0)
            return true;  // an empty view touches nothing
        last += static_cast<unsigned __int128>(t.shape[i] - 1) * static_cast<unsigned __int128>(t.strides[i]);
    }
    return last < t.storageNumel;
}

const std::string &tempPath()
{
    static const std::string path = "/tmp/mizan-fuzz-torch-" + std::to_string(getpid()) + ".bin";
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    auto unpickled = mizan::unpickleRestricted(bytes, 0, "fuzz.pkl");
    if (!unpickled) {
        MIZAN_FUZZ_CHECK(unpickled.error().rfind("fuzz.pkl", 0) == 0);
    } else {
        MIZAN_FUZZ_CHECK(unpickled->value != nullptr && unpickled->end <= size);
        auto state = mizan::stateDictFromPickle(*unpickled->value, "fuzz.pkl");
        if (!state)
            MIZAN_FUZZ_CHECK(state.error().rfind("fuzz.pkl", 0) == 0);
        else
            for (const auto &t : state->tensors)
                MIZAN_FUZZ_CHECK(viewInsideStorage(t.tensor));
    }

    const std::string &path = tempPath();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    auto index = mizan::readTorchCheckpointIndex(path);
    if (!index) {
        MIZAN_FUZZ_CHECK(index.error().rfind(path, 0) == 0);
    } else {
        for (const auto &[key, s] : index->storages) {
            const unsigned __int128 end =
                static_cast<unsigned __int128>(s.offset) +
                static_cast<unsigned __int128>(s.numel) * mizan::dtypeSize(s.dtype);
            MIZAN_FUZZ_CHECK(end <= size);
        }
        for (const auto &t : index->state.tensors)
            MIZAN_FUZZ_CHECK(viewInsideStorage(t.tensor));
    }
    auto listed = mizan::listWeightsTensors(path);
    if (!listed)
        MIZAN_FUZZ_CHECK(listed.error().rfind(path, 0) == 0);
    return 0;
}
