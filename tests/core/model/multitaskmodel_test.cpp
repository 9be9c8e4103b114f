#include <gtest/gtest.h>
#include <torch/torch.h>

#include "model/multitaskmodel.h"
#include "modeltestutil.h"

using namespace mizan;
using namespace mizan::test;

TEST(MultitaskModel, ForwardShapesPerTask)
{
    torch::manual_seed(0);
    MultitaskModel model(tinyConfig(), tinyHeads());
    model->eval();
    auto tok = model->forward(syntheticBatch("entities", 3, 9, 1), "entities");
    EXPECT_EQ(tok.logits.sizes(), (std::vector<std::int64_t>{3, 9, 3}));
    EXPECT_EQ(tok.loss.dim(), 0);
    auto seq = model->forward(syntheticBatch("polarity", 3, 9, 1), "polarity");
    EXPECT_EQ(seq.logits.sizes(), (std::vector<std::int64_t>{3, 2}));
    Batch noLabels = syntheticBatch("polarity", 2, 5, 2);
    noLabels.labels = torch::Tensor();
    EXPECT_FALSE(model->forward(noLabels, "polarity").loss.defined());
    EXPECT_THROW(model->forward(noLabels, "nope"), std::invalid_argument);
    EXPECT_EQ(model->decode(seq, "polarity").size(), 3u);
    EXPECT_EQ(model->headSpec("entities").labels.size(), 3u);

    // Parameter names follow HF's BertFor* layout plus heads.<task>.
    auto params = model->named_parameters();
    EXPECT_TRUE(params.contains("bert.encoder.layer.1.attention.self.query.weight"));
    EXPECT_TRUE(params.contains("heads.entities.crf.transitions"));
    EXPECT_TRUE(params.contains("heads.polarity.classifier.weight"));
    EXPECT_THROW(MultitaskModel(tinyConfig(), std::vector<HeadSpec>{tinyHeads()[0], tinyHeads()[0]}), std::invalid_argument);
}

TEST(MultitaskModel, LossFallsInAFewStepsOnAFixedSeed)
{
    torch::manual_seed(42);
    MultitaskModel model(tinyConfig(), tinyHeads());
    model->train();
    torch::optim::AdamW optimizer(model->parameters(), torch::optim::AdamWOptions(3e-3));
    std::map<std::string, std::vector<double>> losses;
    for (int step = 0; step < 120; ++step) {
        const std::string task = step % 2 ? "polarity" : "entities";
        auto batch = syntheticBatch(task, 16, 12, static_cast<std::uint64_t>(step % 10));
        optimizer.zero_grad();
        auto out = model->forward(batch, task);
        out.loss.backward();
        optimizer.step();
        losses[task].push_back(out.loss.item<double>());
    }
    for (const auto &[task, l] : losses) {
        const double first = (l[0] + l[1] + l[2]) / 3.0;
        const double last = (l[l.size() - 1] + l[l.size() - 2] + l[l.size() - 3]) / 3.0;
        EXPECT_LT(last, 0.6 * first) << task << ": first " << first << " last " << last;
    }
    // The trained token head decodes the rule it learnt, and only valid BIO.
    model->eval();
    auto batch = syntheticBatch("entities", 4, 12, 99);
    torch::NoGradGuard noGrad;
    auto out = model->forward(batch, "entities");
    auto decoded = model->decode(out, "entities", batch.labels != -100);
    std::int64_t right = 0, total = 0;
    auto positions = (batch.labels != -100);
    for (std::int64_t b = 0; b < 4; ++b) {
        std::int64_t w = 0;
        for (std::int64_t t = 0; t < 12; ++t) {
            if (!positions[b][t].item<bool>())
                continue;
            right += decoded[static_cast<std::size_t>(b)][static_cast<std::size_t>(w++)] == batch.labels[b][t].item<std::int64_t>();
            ++total;
        }
    }
    EXPECT_GT(static_cast<double>(right) / static_cast<double>(total), 0.7);
}

// A multi-label head (aspect categories): one sigmoid per label, binary cross-entropy on 0/1
// label sets, decoded as the labels whose probability reaches 0.5. Rows with a low first token
// have labels {a, c}, the others {b}; the head learns it.
TEST(MultitaskModel, MultiLabelHeadLearnsLabelSets)
{
    torch::manual_seed(7);
    std::vector<HeadSpec> heads = tinyHeads();
    heads.push_back({"categories", HeadKind::MultiLabel, {"a", "b", "c"}, false, 0.1});
    MultitaskModel model(tinyConfig(), heads);
    torch::optim::AdamW optimizer(model->parameters(), torch::optim::AdamWOptions(3e-3));
    auto batchOf = [](std::uint64_t seed) {
        Batch b = syntheticBatch("polarity", 16, 8, seed);  // labels: 1 = tokens 4..21, 0 = 22..39
        auto pos = b.labels.to(torch::kFloat32);
        b.labels = torch::stack({pos, 1 - pos, pos}, 1);
        return b;
    };
    model->train();
    std::vector<double> losses;
    for (int step = 0; step < 80; ++step) {
        optimizer.zero_grad();
        TaskOutput out = model->forward(batchOf(std::uint64_t(step % 10)), "categories");
        ASSERT_EQ(out.logits.sizes(), (std::vector<std::int64_t>{16, 3}));
        out.loss.backward();
        optimizer.step();
        losses.push_back(out.loss.item<double>());
    }
    EXPECT_LT(losses.back(), 0.5 * losses.front());
    model->eval();
    torch::NoGradGuard noGrad;
    const Batch test = batchOf(99);
    const auto decoded = model->decode(model->forward(test, "categories"), "categories");
    ASSERT_EQ(decoded.size(), 16u);
    std::size_t right = 0;
    for (std::size_t r = 0; r < decoded.size(); ++r) {
        const bool pos = test.labels[std::int64_t(r)][0].item<float>() > 0.5f;
        right += decoded[r] == (pos ? std::vector<std::int64_t>{0, 2} : std::vector<std::int64_t>{1});
    }
    EXPECT_GE(right, 14u);
    EXPECT_TRUE(model->named_parameters().contains("heads.categories.classifier.weight"));
}
