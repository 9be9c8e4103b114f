#include "model/hfload.h"
#include "common/errortext.h"

#include <set>

namespace mizan {

Status loadEncoderWeights(BertModelImpl &encoder, const TensorMap &tensors, const std::string &fileName,
                          EncoderLoadReport *report)
{
    EncoderLoadReport local;
    EncoderLoadReport &r = report ? *report : local;
    std::map<std::string, std::pair<std::string, torch::Tensor>> byName;  // canonical -> (stored name, tensor)
    for (const auto &[name, tensor] : tensors) {
        auto canonical = canonicalBertTensorName(name);
        if (!canonical) {
            r.ignoredTensors.push_back(name);
            continue;
        }
        if (byName.count(*canonical))
            return Status(ErrorCode::InvalidArgument, fileName + ": tensors '" + byName[*canonical].first + "' and '" +
                                                          name + "' are the same parameter");
        byName[*canonical] = {name, tensor};
    }

    torch::NoGradGuard noGrad;
    std::vector<std::string> missing;
    std::set<std::string> used;
    auto params = encoder.named_parameters(/*recurse=*/true);
    for (auto &item : params) {
        auto it = byName.find(item.key());
        if (it == byName.end()) {
            missing.push_back(item.key());
            continue;
        }
        const auto &[stored, src] = it->second;
        if (!src.is_floating_point())
            return Status(ErrorCode::InvalidArgument, fileName + ": tensor '" + stored + "' is not a float tensor");
        if (src.sizes() != item.value().sizes())
            return Status(ErrorCode::InvalidArgument, fileName + ": tensor '" + stored + "' has shape " +
                                                          c10::str(src.sizes()) + ", the model expects " +
                                                          c10::str(item.value().sizes()));
        item.value().copy_(src);
        used.insert(item.key());
    }
    if (!missing.empty()) {
        std::string list;
        for (std::size_t i = 0; i < missing.size() && i < 12; ++i)
            list += (i ? ", " : "") + missing[i];
        if (missing.size() > 12)
            list += " and " + std::to_string(missing.size() - 12) + " more";
        return Status(ErrorCode::NotFound,
                      fileName + ": missing " + std::to_string(missing.size()) + " encoder tensor(s): " + list);
    }
    for (const auto &[canonical, entry] : byName)
        if (!used.count(canonical))
            r.ignoredTensors.push_back(entry.first);
    r.poolerLoaded = encoder.hasPooler();
    return Status::ok();
}

namespace {

struct HfWeights {
    HfBertInfo info;
    TensorMap tensors;
};

Result<HfWeights> readHfWeights(const std::string &dir)
{
    auto info = inspectHfBertDirectory(dir);
    if (!info)
        return info.status();
    auto tensors = loadSafetensors(info->weightsFile);
    if (!tensors)
        return tensors.status();
    return HfWeights{std::move(*info), std::move(*tensors)};
}

} // namespace

Result<BertModel> loadHfBert(const std::string &dir, const torch::Device &device, EncoderLoadReport *report)
{
    auto weights = readHfWeights(dir);
    if (!weights)
        return weights.status();
    const auto &[info, tensors] = *weights;
    try {
        BertModel model(BertOptions::fromConfig(info.config));
        if (Status s = loadEncoderWeights(*model, tensors, info.weightsFile, report); !s)
            return s;
        model->to(device);
        model->eval();
        return model;
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, dir + ": cannot build the encoder: " + errorText(e));
    }
}

Result<MultitaskModel> multitaskFromHfBert(const std::string &dir, std::vector<HeadSpec> heads,
                                           const torch::Device &device, EncoderLoadReport *report)
{
    auto weights = readHfWeights(dir);
    if (!weights)
        return weights.status();
    const auto &[info, tensors] = *weights;
    try {
        MultitaskModel model(info.config, std::move(heads));
        if (Status s = loadEncoderWeights(*model->bert, tensors, info.weightsFile, report); !s)
            return s;
        if (!model->charNgrams.is_empty()) {
            torch::NoGradGuard noGrad;
            for (auto [name, target] : {std::pair<const char *, torch::Tensor>{"char_ngrams.weight", model->charNgrams->weight},
                                        {"char_projection.weight", model->charProjection->weight}}) {
                auto it = tensors.find(name);
                if (it == tensors.end())
                    return Status(ErrorCode::NotFound, info.weightsFile + ": config.json asks for character n-gram embeddings "
                                                       "but the weights have no '" + std::string(name) + "'");
                if (it->second.sizes() != target.sizes())
                    return Status(ErrorCode::InvalidArgument, info.weightsFile + ": '" + std::string(name) +
                                                                  "' does not have the shape config.json implies");
                target.copy_(it->second.to(target.dtype()));
            }
        }
        model->to(device);
        return model;
    } catch (const std::exception &e) {
        return Status(ErrorCode::InvalidArgument, dir + ": " + errorText(e));
    }
}

} // namespace mizan
