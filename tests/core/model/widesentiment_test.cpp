// The target-sentiment head's wide paths (preset wide_sentiment / wide_window): the mean of
// the pair's feature bags and the mean of those in the target's window, straight to the
// logits; the window mask, the head spec's key and the checkpoint round trip.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <unistd.h>

#include "model/checkpoint.h"
#include "model/headspec.h"
#include "modeltestutil.h"

using namespace mizan;
using namespace mizan::test;
namespace fs = std::filesystem;

namespace {

torch::Tensor row(std::vector<std::int64_t> v)
{
    return torch::tensor(v, torch::kLong).unsqueeze(0);
}

std::vector<std::int64_t> onPositions(const torch::Tensor &mask)
{
    std::vector<std::int64_t> out;
    for (std::int64_t t = 0; t < mask.size(0); ++t)
        if (mask[t].item<bool>())
            out.push_back(t);
    return out;
}

std::vector<HeadSpec> windowHeads(int window)
{
    HeadSpec s{"polarity", HeadKind::SequenceClassification, {"neg", "pos", "neu"}, false, 0.1, true, true};
    s.wideWindow = window;
    return {s};
}

// [CLS] w w T T w w w [SEP] T T [SEP] pad pad: the target at 3-4, the second segment at 9-11.
Batch pairBatch()
{
    Batch b{row({2, 5, 6, 7, 8, 9, 10, 11, 3, 7, 8, 3, 0, 0}), row({0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0}),
            row({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0}), {}, {}, {}};
    b.labels = torch::tensor({std::int64_t(1)}, torch::kLong);
    return b;
}

} // namespace

TEST(WideSentiment, WindowMaskIsTheMarkedTargetWidenedInsideTheSentence)
{
    const Batch b = pairBatch();
    EXPECT_EQ(onPositions(targetWindowMask(b.tokenTypeIds, b.attentionMask, 0)[0]), (std::vector<std::int64_t>{3, 4}));
    EXPECT_EQ(onPositions(targetWindowMask(b.tokenTypeIds, b.attentionMask, 2)[0]),
              (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6}));
    // Never into the second segment (the target's own copy) or the padding.
    EXPECT_EQ(onPositions(targetWindowMask(b.tokenTypeIds, b.attentionMask, 20)[0]),
              (std::vector<std::int64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
    // A pair whose target is not marked in the sentence (a category pair) has no window.
    const auto unmarked = row({0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0});
    EXPECT_TRUE(onPositions(targetWindowMask(unmarked, b.attentionMask, 3)[0]).empty());
    // Without an attention mask every position counts; a target at the sentence's start.
    const auto first = row({0, 1, 0, 0, 1, 1});
    EXPECT_EQ(onPositions(targetWindowMask(first, {}, 1)[0]), (std::vector<std::int64_t>{0, 1, 2}));
}

TEST(WideSentiment, HeadSpecTakesTheWindowOnAWideSequenceHeadOnly)
{
    EXPECT_TRUE(validateHeadSpec(windowHeads(3)[0]).empty()) << validateHeadSpec(windowHeads(3)[0]);
    HeadSpec noWide = windowHeads(3)[0];
    noWide.wide = false;
    EXPECT_NE(validateHeadSpec(noWide).find("wide path"), std::string::npos);
    HeadSpec tooWide = windowHeads(kMaxWideWindow + 1)[0];
    EXPECT_NE(validateHeadSpec(tooWide).find("wide_window"), std::string::npos);
    HeadSpec token{"t", HeadKind::TokenClassification, {"O", "B-X"}, false, 0.1, false, true};
    token.wideWindow = 2;
    EXPECT_FALSE(validateHeadSpec(token).empty());

    const std::string json = headSpecsToJson(windowHeads(4));
    EXPECT_NE(json.find("\"wide_window\": 4"), std::string::npos) << json;
    auto parsed = parseHeadSpecs(json, "labels.json");
    ASSERT_TRUE(parsed.ok()) << parsed.error();
    EXPECT_EQ((*parsed)[0].wideWindow, 4);
    EXPECT_TRUE((*parsed)[0].wide);
    // Heads without a window are written as before, without the key.
    EXPECT_EQ(headSpecsToJson(tinyHeads()).find("wide_window"), std::string::npos);
    for (const char *bad : {"-1", "\"4\"", "2.5", "65"}) {
        auto r = parseHeadSpecs(std::string(R"({"tasks": [{"name": "s", "kind": "sequence", "labels": ["a", "b"], )") +
                                    R"("wide": true, "wide_window": )" + bad + "}]}",
                                "labels.json");
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_NE(r.error().find("wide_window"), std::string::npos) << r.error();
        EXPECT_NE(r.error().find("labels.json"), std::string::npos) << r.error();
    }
}

TEST(WideSentiment, BothPathsAddTheirMeanBagWeightsAndSurviveACheckpoint)
{
    BertConfig c = tinyConfig(/*dropout=*/0.0);
    c.charNgramBuckets = 97;
    c.charNgramDim = 8;
    EXPECT_THROW(MultitaskModel(tinyConfig(), windowHeads(2)), std::invalid_argument);  // needs n-grams
    torch::manual_seed(9);
    MultitaskModel model(c, windowHeads(2));
    model->eval();
    Batch b = pairBatch();
    addBags(b, 3, 1);
    torch::NoGradGuard noGrad;
    const auto before = model->forward(b, "polarity").logits.clone();
    auto params = model->named_parameters();
    auto &sentence = params["heads.polarity.wide.weight"];
    auto &window = params["heads.polarity.wide_window.weight"];
    EXPECT_EQ(sentence.abs().sum().item<double>() + window.abs().sum().item<double>(), 0.0);  // start at zero
    window.fill_(0.5);
    // Every window position (1-6) holds 3 bag entries x 0.5: their mean adds 1.5 to each label.
    auto after = model->forward(b, "polarity").logits.clone();
    EXPECT_TRUE(torch::allclose(after - before, torch::full_like(before, 1.5), 1e-5, 1e-5));
    // Only the window's bags count: a bag entry outside it changes nothing on that path.
    window.zero_();
    window[3 * 7 + 1][0] = 10.0;  // an id of the [SEP]'s bag (position 8, input id 3), in no window bag
    EXPECT_TRUE(torch::allclose(model->forward(b, "polarity").logits, before, 1e-5, 1e-5));
    sentence.fill_(0.25);  // the whole pair's mean: 3 x 0.25
    after = model->forward(b, "polarity").logits.clone();
    EXPECT_TRUE(torch::allclose(after - before, torch::full_like(before, 0.75), 1e-5, 1e-5));
    window.normal_(0.0, 1.0);

    const fs::path root = fs::temp_directory_path() / ("mizan_widesent_" + std::to_string(::getpid()));
    fs::remove_all(root);
    CheckpointFiles files;
    files.tokenizerFiles["vocab.txt"] = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n";
    ASSERT_TRUE(saveCheckpoint(root.string(), *model, files).isOk());
    auto loaded = loadCheckpoint(root.string(), torch::kCPU);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->model->headSpec("polarity").wideWindow, 2);
    EXPECT_TRUE(torch::equal(model->forward(b, "polarity").logits, loaded->model->forward(b, "polarity").logits));
    fs::remove_all(root);
}
