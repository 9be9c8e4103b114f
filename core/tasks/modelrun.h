#pragma once
// INTERNAL to core (includes torch): batches from task examples, and running a model over a
// whole task. Used by the trainer, the predictor and tests; never by ui/.
#include <torch/torch.h>

#include <string>
#include <vector>

#include "model/multitaskmodel.h"
#include "tasks/taskdata.h"
#include "tasks/taskscore.h"

namespace mizan {

// Pads the examples `indices` of `task` into one Batch (on `device`): input ids padded with
// `padId`, token types 0, attention mask, and labels (per position for tagging, one per row
// otherwise, a [B, L] 0/1 float of the label sets for a categories task; kIgnoreLabel on
// padding).
Batch collate(const TaskData &task, const std::vector<std::size_t> &indices, std::int64_t padId,
              const torch::Device &device);

// Positions [B, T] that carry a tagging label (labels != kIgnoreLabel).
torch::Tensor labelledPositions(const Batch &batch);

// Runs `model` (in eval mode, no grad) over every example of `task`, in length-sorted batches
// of `batchSize`, and returns its predictions in example order.
TaskPredictions predictTask(MultitaskModelImpl &model, const TaskData &task, std::size_t batchSize,
                            std::int64_t padId, const torch::Device &device);

} // namespace mizan
