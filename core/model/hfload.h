#pragma once
// Loading Hugging Face BERT weights into our modules. INTERNAL to core (torch).
#include <torch/torch.h>

#include <string>
#include <vector>

#include "common/result.h"
#include "model/bert.h"
#include "model/modeldir.h"
#include "model/multitaskmodel.h"
#include "model/tensorio.h"
#include "model/weightsreader.h"

namespace mizan {

struct EncoderLoadReport {
    std::vector<std::string> ignoredTensors;  // cls.*, position_ids, other extras (debug level)
    bool poolerLoaded = false;
};

// Copies checkpoint tensors into `encoder` (names canonicalised: "bert." prefix, gamma/beta).
// F16/BF16 are widened to the parameter dtype. Fails with NotFound listing every missing
// tensor, or InvalidArgument naming a tensor with the wrong shape or a non-float dtype. A
// missing pooler is an error only when the encoder has one.
Status loadEncoderWeights(BertModelImpl &encoder, const TensorMap &tensors, const std::string &fileName,
                          EncoderLoadReport *report = nullptr);
// The same from weights files read on demand, one tensor at a time straight into the
// parameters (peak memory: the model plus one converted tensor).
Status loadEncoderWeights(BertModelImpl &encoder, const WeightsReader &weights, const std::string &fileName,
                          EncoderLoadReport *report = nullptr);

// inspectHfBertDirectory() + build the encoder (pooler only when the weights have one) + load.
Result<BertModel> loadHfBert(const std::string &dir, const torch::Device &device,
                             EncoderLoadReport *report = nullptr);

// A multi-task model whose encoder starts from the HF checkpoint in `dir` and whose heads are
// freshly initialised (dropout rates from the HF config.json).
Result<MultitaskModel> multitaskFromHfBert(const std::string &dir, std::vector<HeadSpec> heads,
                                           const torch::Device &device,
                                           EncoderLoadReport *report = nullptr);

} // namespace mizan
