// Import problems carry a stable code and its arguments; the English message is the code's
// template filled with them, and every bad input's issues come with a code.
#include <gtest/gtest.h>

#include <filesystem>

#include "corpus/corpusio.h"
#include "corpus/issuecode.h"
#include "support/testsupport.h"

using namespace mizan;

TEST(IssueCode, EveryCodeHasATemplate)
{
    for (int c = 1; c < static_cast<int>(IssueCode::Count); ++c) {
        const std::string text = issueTemplate(static_cast<IssueCode>(c));
        EXPECT_FALSE(text.empty()) << c;
        EXPECT_NE(text, "%1") << c;
    }
    EXPECT_STREQ(issueTemplate(IssueCode::Other), "%1");
}

TEST(IssueCode, FillsArgumentsInTheirPlaces)
{
    EXPECT_EQ(fillTemplate("%2 before %1, %%, %3 stays", {"a", "b"}), "b before a, %%, %3 stays");
    EXPECT_EQ(issueMessage(IssueCode::OffsetsOutsideSentence, {"3", "90", "12"}),
              "offsets 3-90 are outside the sentence text (12 characters)");
    // An argument that contains %1 is not filled again.
    EXPECT_EQ(issueMessage(IssueCode::UnknownPolarity, {"%1"}),
              "unknown polarity \"%1\" (expected positive, negative, neutral or conflict); opinion skipped");
}

TEST(IssueCode, ImportersReportCodesWithTheirArguments)
{
    ImportResult r = importCorpus(test::dataFile("bad/wrong_root.xml"));
    ASSERT_FALSE(r.report.issues.empty());
    const ImportIssue &i = r.report.issues.front();
    EXPECT_EQ(i.code, IssueCode::WrongRootElement);
    ASSERT_EQ(i.args.size(), 1u);
    EXPECT_EQ(i.args[0], "Documents");
    EXPECT_EQ(i.message, issueMessage(i.code, i.args));
    EXPECT_EQ(i.line, 2u);
}

TEST(IssueCode, EveryBadFixtureIssueHasACode)
{
    // The studio words coded issues in its language; text without a code would stay English.
    int seen = 0;
    for (const auto &entry : std::filesystem::directory_iterator(test::dataFile("bad"))) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || name.rfind("model_", 0) == 0 || name.rfind("tokenize_", 0) == 0)
            continue;
        ++seen;
        ImportResult r = importCorpus(entry.path().string());
        for (const ImportIssue &i : r.report.issues) {
            EXPECT_NE(i.code, IssueCode::Other) << name << ": " << i.toString();
            EXPECT_EQ(i.message, issueMessage(i.code, i.args));
        }
    }
    EXPECT_GT(seen, 15);
}
