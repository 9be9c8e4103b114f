#include "model/torchpickle.h"

#include "model/unpickler.h"

namespace mizan {

namespace {

using detail::Kind;
using detail::Unpickler;

struct Flattener {
    const std::string &file;
    PickleStateDict &out;

    Status walk(const PickleValue &dict, const std::string &prefix, int depth)
    {
        if (depth > 8)
            return Status(ErrorCode::ParseError, file + ": the state dict is nested more than 8 levels deep");
        for (const auto &[key, value] : dict.entries) {
            if (key->kind != Kind::String)
                return Status(ErrorCode::ParseError, file + ": a state dict key is not a string");
            const std::string name = prefix + key->text;
            if (value->kind == Kind::Tensor) {
                out.tensors.push_back({name, value->tensor});
                const PickleTensor &t = value->tensor;
                out.storages[t.storageKey] = {t.storageKey, t.dtype, t.storageNumel};
            } else if (value->kind == Kind::Dict) {
                if (Status s = walk(*value, name + ".", depth + 1); !s)
                    return s;
            } else {
                out.ignoredEntries.push_back(name);
            }
        }
        return Status::ok();
    }
};

} // namespace

Result<Unpickled> unpickleRestricted(std::string_view bytes, std::size_t offset, const std::string &fileName,
                                     bool *truncated)
{
    if (offset > bytes.size())
        return Status(ErrorCode::ParseError, fileName + ": no pickle at byte " + std::to_string(offset));
    Unpickler u(bytes, offset, fileName);
    auto out = u.run();
    if (truncated)
        *truncated = !out && u.m_truncated;
    return out;
}

Result<PickleStateDict> stateDictFromPickle(const PickleValue &root, const std::string &fileName)
{
    if (root.kind != Kind::Dict)
        return Status(ErrorCode::ParseError, fileName + ": the checkpoint holds no dict of tensors");
    PickleStateDict out;
    const PickleValue *dict = &root;
    for (const auto &[key, value] : root.entries)
        if (key->kind == Kind::String && value->kind == Kind::Dict &&
            (key->text == "state_dict" || key->text == "model" || key->text == "module")) {
            out.wrapperKey = key->text;
            dict = value;
            break;
        }
    Flattener f{fileName, out};
    if (Status s = f.walk(*dict, "", 0); !s)
        return s;
    if (out.tensors.empty())
        return Status(ErrorCode::ParseError, fileName + ": the checkpoint holds no tensors");
    return out;
}

} // namespace mizan
