// `mizan tokenize` end to end: runs the built binary and compares with the HF fixtures.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/testsupport.h"
#include <nlohmann/json.hpp>

#include "clirun.h"
#include <sys/wait.h>

using nlohmann::json;

namespace {

const std::string kHfDir = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert";

using mizan::test::CliRun;
using mizan::test::quote;

CliRun run(const std::string &args, const std::string &stdinText = "") { return mizan::test::runMizan(args, stdinText); }

std::vector<std::string> lines(const std::string &s)
{
    std::vector<std::string> out;
    std::istringstream in(s);
    std::string line;
    while (std::getline(in, line))
        out.push_back(line);
    return out;
}

json fixtureCase(int id)
{
    std::ifstream in(kHfDir + "/wordpiece_cases.jsonl");
    std::string line;
    while (std::getline(in, line)) {
        json j = json::parse(line);
        if (j["id"] == id)
            return j;
    }
    return {};
}

bool haveFixtures() { return std::filesystem::exists(kHfDir + "/wordpiece_cases.jsonl"); }

} // namespace

TEST(TokenizeCli, JsonMatchesHuggingFace)
{
    if (!haveFixtures())
        MIZAN_SKIP_FOR_MISSING_DATA() << kHfDir << " is absent (no shared/ fixtures)";
    const json c = fixtureCase(2);  // "ذهب الطالب إلى المدرسة."
    const std::string text = c["text"];
    const CliRun r = run("tokenize --model " + quote(kHfDir + "/tiny-bert") + " --json " + quote(text) + " " + quote(text));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const std::vector<std::string> out = lines(r.out);
    ASSERT_EQ(out.size(), 2u) << r.out;
    const json j = json::parse(out[0]);
    EXPECT_EQ(j["text"], text);
    EXPECT_EQ(j["tokens"], c["results"]["cased"]["tokens"]);
    EXPECT_EQ(j["input_ids"], c["results"]["cased"]["input_ids"]);
    ASSERT_EQ(j["offsets"].size(), j["tokens"].size());
    EXPECT_EQ(j["offsets"][0], json::array({0, 1}));   // "ذ"
    EXPECT_EQ(j["offsets"][7], json::array({22, 23}));  // "."
}

TEST(TokenizeCli, StdinLinesWithLowerCase)
{
    if (!haveFixtures())
        MIZAN_SKIP_FOR_MISSING_DATA() << kHfDir << " is absent (no shared/ fixtures)";
    const json a = fixtureCase(2), b = fixtureCase(3);
    const CliRun r = run("tokenize --vocab " + quote(kHfDir + "/tiny-bert/vocab.txt") + " --lower -",
                      a["text"].get<std::string>() + "\r\n" + b["text"].get<std::string>() + "\n");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    auto joined = [](const json &tokens) {
        std::string s;
        for (const auto &t : tokens)
            s += (s.empty() ? "" : " ") + t.get<std::string>();
        return s;
    };
    EXPECT_EQ(lines(r.out), (std::vector<std::string>{joined(a["results"]["uncased"]["tokens"]),
                                                       joined(b["results"]["uncased"]["tokens"])}));
}

TEST(TokenizeCli, ErrorsAreClear)
{
    CliRun r = run("tokenize text");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("--model DIR or --vocab FILE"), std::string::npos) << r.out;

    r = run("tokenize --vocab /nonexistent/vocab.txt text");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("/nonexistent/vocab.txt"), std::string::npos) << r.out;

    if (!haveFixtures())
        return;
    r = run("tokenize --vocab " + quote(kHfDir + "/tiny-bert/vocab.txt") + " -", "ok\nab\xff\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("<stdin>:2:3: invalid UTF-8"), std::string::npos) << r.out;
}
