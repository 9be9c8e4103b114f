#include "model/hfload.h"
#include "common/errortext.h"

#include <set>

namespace mizan {

namespace {

// Fills the encoder's parameters from stored tensors: `names` are the stored names, `shapeOf`
// and `fill` read one of them. Shared by the in-memory and the on-demand loaders.
template <typename ShapeOf, typename Fill>
Status loadEncoderParameters(BertModelImpl &encoder, const std::vector<std::string> &names, ShapeOf shapeOf, Fill fill,
                             const std::string &fileName, EncoderLoadReport *report)
{
    EncoderLoadReport local;
    EncoderLoadReport &r = report ? *report : local;
    std::map<std::string, std::string> byName;  // canonical -> stored name
    for (const auto &name : names) {
        auto canonical = canonicalBertTensorName(name);
        if (!canonical) {
            r.ignoredTensors.push_back(name);
            continue;
        }
        if (byName.count(*canonical))
            return Status(ErrorCode::InvalidArgument, fileName + ": tensors '" + byName[*canonical] + "' and '" + name +
                                                          "' are the same parameter");
        byName[*canonical] = name;
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
        const std::string &stored = it->second;
        const auto [isFloat, shape] = shapeOf(stored);
        if (!isFloat)
            return Status(ErrorCode::InvalidArgument, fileName + ": tensor '" + stored + "' is not a float tensor");
        if (shape != item.value().sizes().vec())
            return Status(ErrorCode::InvalidArgument, fileName + ": tensor '" + stored + "' has shape " +
                                                          c10::str(at::IntArrayRef(shape)) + ", the model expects " +
                                                          c10::str(item.value().sizes()));
        if (Status s = fill(stored, item.value()); !s)
            return s;
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
    for (const auto &[canonical, stored] : byName)
        if (!used.count(canonical))
            r.ignoredTensors.push_back(stored);
    r.poolerLoaded = encoder.hasPooler();
    return Status::ok();
}

bool isFloatDtype(DType d) { return d == DType::F32 || d == DType::F16 || d == DType::BF16 || d == DType::F64; }

} // namespace

Status loadEncoderWeights(BertModelImpl &encoder, const TensorMap &tensors, const std::string &fileName,
                          EncoderLoadReport *report)
{
    std::vector<std::string> names;
    for (const auto &[name, t] : tensors)
        names.push_back(name);
    return loadEncoderParameters(
        encoder, names,
        [&](const std::string &n) {
            const auto &t = tensors.at(n);
            return std::pair<bool, std::vector<std::int64_t>>(t.is_floating_point(), t.sizes().vec());
        },
        [&](const std::string &n, torch::Tensor dst) {
            dst.copy_(tensors.at(n));
            return Status::ok();
        },
        fileName, report);
}

Status loadEncoderWeights(BertModelImpl &encoder, const WeightsReader &weights, const std::string &fileName,
                          EncoderLoadReport *report)
{
    return loadEncoderParameters(
        encoder, weights.names(),
        [&](const std::string &n) {
            const auto &info = weights.info(n);
            return std::pair<bool, std::vector<std::int64_t>>(isFloatDtype(info.dtype), info.shape);
        },
        [&](const std::string &n, torch::Tensor dst) { return weights.readInto(n, dst); }, fileName, report);
}

namespace {

struct HfWeights {
    HfBertInfo info;
    WeightsReader tensors;
};

Result<HfWeights> readHfWeights(const std::string &dir)
{
    auto info = inspectHfBertDirectory(dir);
    if (!info)
        return info.status();
    auto tensors = WeightsReader::open(info->weightsFiles);
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
        BertModel model(BertOptions::fromConfig(info.config).init_weights(false));
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
        MultitaskModel model(info.config, std::move(heads), /*initEncoder=*/false);
        if (Status s = loadEncoderWeights(*model->bert, tensors, info.weightsFile, report); !s)
            return s;
        if (!model->charNgrams.is_empty()) {
            torch::NoGradGuard noGrad;
            for (auto [name, target] :
                 {std::pair<const char *, torch::Tensor>{"char_ngrams.weight", model->charNgrams->weight},
                  {"char_projection.weight", model->charProjection->weight}}) {
                if (!tensors.contains(name))
                    return Status(ErrorCode::NotFound, info.weightsFile +
                                                           ": config.json asks for character n-gram embeddings "
                                                           "but the weights have no '" +
                                                           std::string(name) + "'");
                if (tensors.info(name).shape != target.sizes().vec())
                    return Status(ErrorCode::InvalidArgument, info.weightsFile + ": '" + std::string(name) +
                                                                  "' does not have the shape config.json implies");
                if (Status s = tensors.readInto(name, target); !s)
                    return s;
            }
        }
        model->to(device);
        return model;
    } catch (const std::exception &e) {
        return Status(ErrorCode::InvalidArgument, dir + ": " + errorText(e));
    }
}

} // namespace mizan
