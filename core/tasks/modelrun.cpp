#include "tasks/modelrun.h"

#include <algorithm>
#include <numeric>

namespace mizan {

namespace {

// [B, L] float: 1 where label l is in row b's label set.
torch::Tensor labelSets(const TaskData &task, const std::vector<std::size_t> &indices)
{
    auto out = torch::zeros({std::int64_t(indices.size()), std::int64_t(task.labels.size())}, torch::kFloat32);
    auto a = out.accessor<float, 2>();
    for (std::size_t r = 0; r < indices.size(); ++r)
        for (std::int64_t l : task.examples[indices[r]].labelSet)
            if (l >= 0 && std::size_t(l) < task.labels.size())
                a[std::int64_t(r)][l] = 1.0f;
    return out;
}

} // namespace

Batch collate(const TaskData &task, const std::vector<std::size_t> &indices, std::int64_t padId,
              const torch::Device &device)
{
    const std::int64_t rows = std::int64_t(indices.size());
    std::size_t width = 1;
    for (std::size_t i : indices)
        width = std::max(width, task.examples[i].inputIds.size());
    const bool tagging = task.kind == TaskKind::Tagging;
    std::vector<std::int64_t> ids(std::size_t(rows) * width, padId), types(ids.size(), 0),
        mask(ids.size(), 0), labels(tagging ? ids.size() : std::size_t(rows), kIgnoreLabel);
    for (std::int64_t r = 0; r < rows; ++r) {
        const TaskExample &ex = task.examples[indices[std::size_t(r)]];
        const std::size_t base = std::size_t(r) * width;
        for (std::size_t t = 0; t < ex.inputIds.size(); ++t) {
            ids[base + t] = ex.inputIds[t];
            types[base + t] = ex.tokenTypeIds[t];
            mask[base + t] = 1;
            if (tagging && t < ex.labels.size())
                labels[base + t] = ex.labels[t];
        }
        if (!tagging)
            labels[std::size_t(r)] = ex.label;
    }
    const auto opts = torch::TensorOptions().dtype(torch::kInt64);
    const std::int64_t w = std::int64_t(width);
    Batch b;
    if (rows > 0 && !task.examples[indices[0]].ngrams.empty()) {
        std::vector<std::int64_t> grams, starts(std::size_t(rows) * width, 0);
        for (std::int64_t r = 0; r < rows; ++r) {
            const TaskExample &ex = task.examples[indices[std::size_t(r)]];
            for (std::size_t t = 0; t < width; ++t) {
                starts[std::size_t(r) * width + t] = std::int64_t(grams.size());
                if (t < ex.ngrams.size())
                    grams.insert(grams.end(), ex.ngrams[t].begin(), ex.ngrams[t].end());
            }
        }
        b.ngramIds = upload(torch::tensor(grams, opts), device);
        b.ngramOffsets = upload(torch::from_blob(starts.data(), {std::int64_t(starts.size())}, opts), device, false);
    }
    b.inputIds = upload(torch::from_blob(ids.data(), {rows, w}, opts), device, false);
    b.tokenTypeIds = upload(torch::from_blob(types.data(), {rows, w}, opts), device, false);
    b.attentionMask = upload(torch::from_blob(mask.data(), {rows, w}, opts), device, false);
    if (task.kind == TaskKind::Categories && !tagging)
        b.labels = upload(labelSets(task, indices), device);
    else
        b.labels = upload(
            torch::from_blob(labels.data(),
                             tagging ? std::vector<std::int64_t>{rows, w} : std::vector<std::int64_t>{rows}, opts),
            device, false);
    b.tokens = std::count(mask.begin(), mask.end(), std::int64_t(1));
    b.maxInputId = ids.empty() ? -1 : *std::max_element(ids.begin(), ids.end());
    b.maxTokenType = types.empty() ? -1 : *std::max_element(types.begin(), types.end());
    return b;
}

torch::Tensor labelledPositions(const Batch &batch)
{
    return batch.labels.ne(kIgnoreLabel);
}

namespace {

// The tags, tag probabilities and distributions of one batch of a tagging task (rows `idx`).
void readTagBatch(MultitaskModelImpl &model, const TaskData &task, const std::vector<std::size_t> &idx,
                  const Batch &batch, const TaskOutput &output, TaskPredictions &out)
{
    const torch::Tensor positions = labelledPositions(batch);
    const auto decoded = model.decode(output, task.name, positions);
    // Left-aligned over the labelled positions, like `decoded`.
    const torch::Tensor probs = model.tagMarginals(output, task.name, positions).contiguous();
    const auto pa = probs.accessor<float, 3>();
    for (std::size_t r = 0; r < idx.size(); ++r) {
        const TaskExample &ex = task.examples[idx[r]];
        auto &tags = out.tags[idx[r]];
        auto &tp = out.tagProbs[idx[r]];
        auto &dist = out.tagDistributions[idx[r]];
        tags.assign(ex.inputIds.size(), kIgnoreLabel);
        tp.assign(ex.inputIds.size(), 0.0);
        dist.assign(ex.inputIds.size(), {});
        std::size_t k = 0;
        for (std::size_t t = 0; t < ex.labels.size(); ++t) {
            if (ex.labels[t] == kIgnoreLabel)
                continue;
            const std::int64_t label = k < decoded[r].size() ? decoded[r][k] : 0;
            if (long(k) < probs.size(1)) {
                dist[t].resize(std::size_t(probs.size(2)));
                for (long l = 0; l < probs.size(2); ++l)
                    dist[t][std::size_t(l)] = pa[long(r)][long(k)][l];
                tp[t] = dist[t][std::size_t(label)];
            }
            ++k;
            tags[t] = label;
        }
    }
}

// The classes and class probabilities of one batch of a sequence task (rows `idx`).
void readClassBatch(const TaskData &task, const std::vector<std::size_t> &idx, const TaskOutput &output,
                    TaskPredictions &out)
{
    const torch::Tensor logits = output.logits.to(torch::kFloat32);
    const torch::Tensor probs =
        (task.kind == TaskKind::Categories ? torch::sigmoid(logits) : torch::softmax(logits, -1)).cpu();
    const auto pa = probs.accessor<float, 2>();
    for (std::size_t r = 0; r < idx.size(); ++r) {
        std::vector<double> p(std::size_t(probs.size(1)));
        std::size_t best = 0;
        for (std::size_t c = 0; c < p.size(); ++c) {
            p[c] = pa[long(r)][long(c)];
            if (p[c] > p[best])
                best = c;
        }
        out.classes[idx[r]] = std::int64_t(best);
        out.classProbs[idx[r]] = std::move(p);
    }
}

} // namespace

TaskPredictions predictTask(MultitaskModelImpl &model, const TaskData &task, std::size_t batchSize,
                            std::int64_t padId, const torch::Device &device)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = model.is_training();
    model.eval();
    const std::size_t n = task.examples.size();
    TaskPredictions out;
    const bool tagging = task.kind == TaskKind::Tagging;
    if (tagging) {
        out.tags.resize(n);
        out.tagProbs.resize(n);
        out.tagDistributions.resize(n);
    } else {
        out.classes.assign(n, 0);
        out.classProbs.resize(n);
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return task.examples[a].inputIds.size() < task.examples[b].inputIds.size();
    });
    batchSize = std::max<std::size_t>(batchSize, 1);
    for (std::size_t begin = 0; begin < n; begin += batchSize) {
        std::vector<std::size_t> idx(order.begin() + long(begin),
                                     order.begin() + long(std::min(n, begin + batchSize)));
        Batch batch = collate(task, idx, padId, device);
        Batch input = batch;
        input.labels = torch::Tensor();
        TaskOutput output = model.forward(input, task.name);
        if (tagging)
            readTagBatch(model, task, idx, batch, output, out);
        else
            readClassBatch(task, idx, output, out);
    }
    if (wasTraining)
        model.train();
    return out;
}

} // namespace mizan
