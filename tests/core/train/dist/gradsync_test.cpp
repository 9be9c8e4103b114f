// The data-parallel gradient step (GradientSync) between two ranks of this process (two
// threads over loopback Gloo): with the all-reduce overlapped with backward and without it,
// both ranks end with the gradients one process gets from the whole batch, unused parameters
// included (a gradient no rank has stays undefined; one zeroed earlier stays zero), through
// an empty shard and a shard with nothing labelled.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

#include "common/ignorelabel.h"
#include "train/dist/distgroup.h"
#include "train/dist/gradsync.h"

using namespace mizan;

namespace {

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

// Deterministic values without a generator (the two ranks run at once in one process).
torch::Tensor values(std::vector<std::int64_t> shape, double phase)
{
    std::int64_t n = 1;
    for (auto d : shape)
        n *= d;
    return torch::arange(n, torch::kDouble).mul(0.37).add(phase).sin().mul(0.5).to(torch::kFloat).reshape(shape);
}

// A shared layer, two heads (one per task) and a parameter no task uses.
struct Net {
    std::vector<torch::Tensor> params;  // w1, b1, headA, headB, unused
    Net()
    {
        for (auto [shape, phase] : std::vector<std::pair<std::vector<std::int64_t>, double>>{
                 {{8, 6}, 0.1}, {{8}, 0.2}, {{3, 8}, 0.3}, {{4, 8}, 0.4}, {{5}, 0.5}})
            params.push_back(values(shape, phase).requires_grad_(true));
    }
    // The mean loss over the labelled rows of `rows` (0 when none is) and that count.
    std::pair<torch::Tensor, torch::Tensor> loss(int task, std::int64_t begin, std::int64_t end) const
    {
        const torch::Tensor x = values({12, 6}, 1.0 + task).narrow(0, begin, end - begin);
        torch::Tensor y = torch::arange(12, torch::kLong).remainder(task == 0 ? 3 : 4).narrow(0, begin, end - begin).clone();
        if (task == 0)  // rows 0-3 unlabelled: a shard of them has weight 0
            y.masked_fill_(torch::arange(begin, end) < 4, kIgnoreLabel);
        const torch::Tensor h = torch::tanh(torch::nn::functional::linear(x, params[0], params[1]));
        const torch::Tensor logits = torch::nn::functional::linear(h, params[task == 0 ? 2 : 3]);
        const torch::Tensor each = torch::nn::functional::cross_entropy(
            logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone).ignore_index(kIgnoreLabel));
        const torch::Tensor count = (y != kIgnoreLabel).sum().to(torch::kDouble);
        return {each.sum() / count.clamp_min(1).to(torch::kFloat), count};
    }
};

void zeroGrads(const std::vector<torch::Tensor> &params)
{
    for (torch::Tensor p : params)
        if (p.grad().defined())
            p.mutable_grad().zero_();
}

// Each step: (task, global batch [begin, end)); its gradients (undefined kept) and loss.
struct Trace {
    std::vector<std::vector<torch::Tensor>> grads;
    std::vector<double> losses;
    std::vector<std::size_t> startedInBackward;
};
const std::vector<std::tuple<int, std::int64_t, std::int64_t>> kSteps{
    {0, 0, 12},  // both shards labelled in part
    {1, 0, 1},   // one example: rank 0's shard is empty
    {0, 0, 8},   // rank 0's rows 0-3 are all unlabelled (weight 0)
    {1, 2, 12},
};

Trace snapshot(Trace t, const std::vector<torch::Tensor> &params, double loss)
{
    std::vector<torch::Tensor> g;
    for (const torch::Tensor &p : params)
        g.push_back(p.grad().defined() ? p.grad().clone() : torch::Tensor());
    t.grads.push_back(g);
    t.losses.push_back(loss);
    return t;
}

Trace oneProcess()
{
    Net net;
    Trace t;
    for (const auto &[task, begin, end] : kSteps) {
        zeroGrads(net.params);
        const torch::Tensor loss = net.loss(task, begin, end).first;
        loss.backward();
        t = snapshot(std::move(t), net.params, loss.item<double>());
    }
    return t;
}

Trace rankRun(DistGroup &group, bool overlap)
{
    Net net;
    GradientSync sync(group, net.params, overlap, 64);  // 64 bytes: a bucket or two per tensor
    Trace t;
    for (const auto &[task, begin, end] : kSteps) {
        zeroGrads(net.params);
        const std::int64_t n = end - begin, b = begin + group.rank() * n / 2, e = begin + (group.rank() + 1) * n / 2;
        torch::Tensor loss, weight;
        if (e > b)
            std::tie(loss, weight) = net.loss(task, b, e);
        const GradientSync::Step s = sync.backwardAndReduce(loss, weight, double(e - b));
        t = snapshot(std::move(t), net.params, s.loss);
        t.startedInBackward.push_back(sync.lastBucketsDuringBackward());
    }
    return t;
}

void expectSame(const Trace &want, const Trace &got, const std::string &what)
{
    ASSERT_EQ(want.grads.size(), got.grads.size()) << what;
    for (std::size_t s = 0; s < want.grads.size(); ++s) {
        EXPECT_NEAR(want.losses[s], got.losses[s], 1e-6) << what << ", step " << s;
        for (std::size_t i = 0; i < want.grads[s].size(); ++i) {
            const torch::Tensor &a = want.grads[s][i], &b = got.grads[s][i];
            ASSERT_EQ(a.defined(), b.defined()) << what << ", step " << s << ", parameter " << i;
            if (a.defined()) {
                EXPECT_LT((a - b).abs().max().item<double>(), 1e-6) << what << ", step " << s << ", parameter " << i;
            }
        }
    }
}

} // namespace

TEST(GradientSync, OverlappedAndAfterBackwardBothGiveTheWholeBatchGradient)
{
    DistConfig config;
    config.worldSize = 2;
    config.masterPort = freePort();
    config.backend = "gloo";
    config.timeoutSeconds = 60;
    Trace traces[2][2];  // [rank][overlap]
    auto rank = [&](int r) {
        DistConfig c = config;
        c.rank = c.localRank = r;
        DistGroup group(c, false);
        traces[r][0] = rankRun(group, false);
        traces[r][1] = rankRun(group, true);
        group.barrier();
    };
    std::thread second(rank, 1);
    rank(0);
    second.join();
    const Trace want = oneProcess();
    for (int r = 0; r < 2; ++r) {
        expectSame(want, traces[r][0], "rank " + std::to_string(r) + ", after backward");
        expectSame(want, traces[r][1], "rank " + std::to_string(r) + ", overlapped");
        EXPECT_EQ(traces[r][0].startedInBackward, std::vector<std::size_t>(kSteps.size(), 0));
    }
    // Overlapped: rank 0's first step started buckets while its backward ran, though the
    // unused parameter (registered last, so in the first bucket) gets no gradient.
    EXPECT_GT(traces[0][1].startedInBackward[0], 0u);
    EXPECT_EQ(traces[0][1].startedInBackward[1], 0u);  // an empty shard has no backward
    // The unused parameter has no gradient anywhere; head B none before its task's first step.
    EXPECT_FALSE(want.grads[0][4].defined());
    EXPECT_FALSE(want.grads[0][3].defined());
    EXPECT_TRUE(want.grads[1][3].defined());
}
