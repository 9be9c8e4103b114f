#include "baseline/moduletensors.h"

namespace mizan::baseline {

void collectTensors(const std::string &prefix, torch::nn::Module &module, TensorMap &out)
{
    for (const auto &p : module.named_parameters())
        out[prefix + p.key()] = p.value().detach().contiguous();
}

Status restoreTensors(const std::string &prefix, torch::nn::Module &module, const TensorMap &tensors,
                      const std::string &file)
{
    torch::NoGradGuard noGrad;
    for (auto &p : module.named_parameters()) {
        const std::string name = prefix + p.key();
        const auto it = tensors.find(name);
        if (it == tensors.end())
            return Status(ErrorCode::ParseError, file + ": tensor \"" + name + "\" is missing");
        if (it->second.sizes() != p.value().sizes())
            return Status(ErrorCode::ParseError, file + ": tensor \"" + name + "\" has shape " +
                                                     c10::str(it->second.sizes()) + ", expected " +
                                                     c10::str(p.value().sizes()));
        p.value().copy_(it->second.to(p.value().scalar_type()));
    }
    return Status::ok();
}

} // namespace mizan::baseline
