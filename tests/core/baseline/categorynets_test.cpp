// The category head's network: examples whose sentence bag is held apart (training) give the
// logits and the fit of the same examples with the bag copied into each.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include "baseline/categorynets.h"

namespace mizan {
namespace {

using baseline::SentimentFeatures;

struct Case {
    std::vector<std::vector<std::int64_t>> sentences;  // three sentences' bags
    std::vector<SentimentFeatures> held;               // .sentence empty
    std::vector<std::int64_t> sentenceOf;              // example -> sentence
    std::vector<SentimentFeatures> expanded;           // the same with the bag copied in
};

Case makeCase()
{
    Case c;
    c.sentences = {{1, 2, 3, 4, 5, 6, 7}, {8, 9, 9, 10}, {11, 3, 12, 13, 14}};
    // Every word of sentence 0 a target (7 examples), 2 of sentence 1, 3 of sentence 2.
    const std::vector<std::int64_t> of = {0, 1, 0, 2, 0, 0, 1, 2, 0, 0, 2, 0};
    for (std::size_t i = 0; i < of.size(); ++i) {
        SentimentFeatures f;
        f.target = {static_cast<std::int64_t>(20 + i), static_cast<std::int64_t>(40 + i % 3)};
        f.window = {static_cast<std::int64_t>(50 + i % 5), static_cast<std::int64_t>(60 + i)};
        f.label = static_cast<std::int64_t>(i % 4);
        c.held.push_back(f);
        f.sentence = c.sentences[static_cast<std::size_t>(of[i])];
        c.expanded.push_back(f);
        c.sentenceOf.push_back(of[i]);
    }
    return c;
}

template <typename T>
std::vector<const T *> pointers(const std::vector<T> &v)
{
    std::vector<const T *> out;
    for (const T &x : v)
        out.push_back(&x);
    return out;
}

torch::Tensor heldLogits(CategoryNetImpl &net, const Case &c)
{
    return net.heldLogits(net.targetOut, pointers(c.sentences), c.sentenceOf, pointers(c.held));
}

torch::Tensor labels(const Case &c)
{
    std::vector<std::int64_t> out;
    for (const auto &f : c.held)
        out.push_back(f.label);
    return torch::tensor(out, torch::kLong);
}

// `steps` Adagrad steps on the whole case, held apart or expanded; the fitted parameters.
std::vector<torch::Tensor> fit(bool held, int steps)
{
    torch::manual_seed(13);
    CategoryNet net(128, 8, 4, 3);
    const Case c = makeCase();
    torch::optim::Adagrad opt(net->parameters(), torch::optim::AdagradOptions(0.5));
    for (int s = 0; s < steps; ++s) {
        opt.zero_grad();
        const auto logits = held ? heldLogits(*net, c) : net->targetLogits(pointers(c.expanded));
        torch::nn::functional::cross_entropy(logits, labels(c)).backward();
        opt.step();
    }
    std::vector<torch::Tensor> out;
    for (const auto &p : net->parameters())
        out.push_back(p.detach().clone());
    return out;
}

TEST(CategoryNet, HeldSentencesGiveTheExpandedLogitsAndGradients)
{
    torch::manual_seed(13);
    CategoryNet net(128, 8, 4, 3);
    const Case c = makeCase();
    const auto expanded = net->targetLogits(pointers(c.expanded));
    const auto held = heldLogits(*net, c);
    ASSERT_EQ(held.sizes(), expanded.sizes());
    EXPECT_TRUE(torch::allclose(held, expanded, 1e-6, 1e-7));
    torch::nn::functional::cross_entropy(expanded, labels(c)).backward();
    const auto grad = net->emb->weight.grad().to_dense().clone();
    net->zero_grad();
    torch::nn::functional::cross_entropy(held, labels(c)).backward();
    const auto heldGrad = net->emb->weight.grad().to_dense();
    EXPECT_GT(grad.abs().sum().item<double>(), 0.0);
    EXPECT_TRUE(torch::allclose(heldGrad, grad, 1e-5, 1e-7));
}

TEST(CategoryNet, HeldSentencesFitTheExpandedModel)
{
    const auto held = fit(true, 25);
    const auto expanded = fit(false, 25);
    const auto start = fit(false, 0);
    ASSERT_EQ(held.size(), expanded.size());
    double moved = 0.0;
    for (std::size_t i = 0; i < held.size(); ++i) {
        EXPECT_TRUE(torch::allclose(held[i], expanded[i], 1e-4, 1e-5)) << i;
        moved += (expanded[i] - start[i]).abs().sum().item<double>();
    }
    EXPECT_GT(moved, 1.0);  // the fit went somewhere
}

} // namespace
} // namespace mizan
