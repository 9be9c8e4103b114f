// Problem codes: one English template per code, messages that read as the CLI printed them,
// and parseProblem finding every code and its arguments again in the message (after a job's
// prefix too), and nothing in a message without a code.
#include <gtest/gtest.h>

#include <string>

#include "common/problem.h"

using namespace mizan;

TEST(Problem, EveryCodeIsFoundAgainWithItsArguments)
{
    for (int c = 1; c < static_cast<int>(ProblemCode::Count); ++c) {
        const auto code = static_cast<ProblemCode>(c);
        const std::string t = problemTemplate(code);
        std::vector<std::string> args;
        for (int n = 1; n <= 9; ++n)
            if (t.find("%" + std::to_string(n)) != std::string::npos)
                args.resize(std::size_t(n), "");
        for (std::size_t n = 0; n < args.size(); ++n)
            args[n] = "/data/a" + std::to_string(n) + ".xml";  // paths with dots and slashes
        const auto found = parseProblem(problemMessage({code, args}));
        ASSERT_TRUE(found) << t;
        EXPECT_EQ(found->code, code) << t;
        EXPECT_EQ(found->args, args) << t;
    }
}

TEST(Problem, MessagesReadAsTheCliPrintedThem)
{
    EXPECT_EQ(fillTemplate("%2 before %1, %3 stays", {"a", "b"}), "b before a, %3 stays");
    EXPECT_EQ(problemMessage({ProblemCode::NotAModel, {"/m", "/m/model"}}),
              "/m: not a Mizan model (no labels.json in it or in /m/model)");
    EXPECT_EQ(problemMessage({ProblemCode::CorpusUnreadable, {"/c.xml", ""}}), "cannot read corpus /c.xml");
    EXPECT_EQ(problemMessage({ProblemCode::CorpusUnreadable, {"/c.xml", "c.xml:1:2: bad"}}),
              "cannot read corpus /c.xml: c.xml:1:2: bad");
    EXPECT_EQ(problemMessage({ProblemCode::OutOfMemoryAtStep, {"GPU ", "3", "8", "128", "8", "128"}}),
              "out of GPU memory at step 3 on a batch of 8 sequences of 128 pieces: lower --batch-size (now 8) or the "
              "preset's max_length (now 128)");
}

TEST(Problem, ParsesTheMessagesCoreWritesAtTheSitesWithoutACodeOfTheirOwn)
{
    // Written literally by torch-side code (trainloop, checkpoint, runinputs, baselinemodel).
    auto p = parseProblem("out of memory at step 12 on a batch of 16 sequences of 96 pieces: lower --batch-size "
                          "(now 16) or the preset's max_length (now 128)");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->code, ProblemCode::OutOfMemoryAtStep);
    EXPECT_EQ(p->args, (std::vector<std::string>{"", "12", "16", "96", "16", "128"}));
    p = parseProblem("resume: /r/model.safetensors: tensor 'encoder.w' has shape [4, 8], expected [4, 16]");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->code, ProblemCode::TensorShape);
    EXPECT_EQ(p->args, (std::vector<std::string>{"/r/model.safetensors", "encoder.w", "[4, 8]", "[4, 16]"}));
    p = parseProblem("baseline: baseline training cancelled");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->code, ProblemCode::TrainingCancelled);
    p = parseProblem("/m: no vocab.txt (a WordPiece vocabulary is required)");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->code, ProblemCode::VocabularyMissing);
    p = parseProblem("cannot read corpus /c.xml");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->code, ProblemCode::CorpusUnreadable);
    EXPECT_EQ(p->args, (std::vector<std::string>{"/c.xml", ""}));
    EXPECT_FALSE(parseProblem("the output folder /o holds an input"));
    EXPECT_FALSE(parseProblem(""));
}
