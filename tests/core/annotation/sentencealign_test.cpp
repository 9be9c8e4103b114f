// Sentence alignment: id with same text, then text, then id alone (warned), else left out.
#include <gtest/gtest.h>

#include "annotation/sentencealign.h"

using namespace mizan;

namespace {

Corpus corpus(const std::vector<std::pair<std::string, std::string>> &idText)
{
    Corpus c;
    Document d;
    for (const auto &[id, text] : idText) {
        Sentence s;
        s.id = id;
        s.text = text;
        s.sourceLine = 3;
        d.sentences.push_back(s);
    }
    c.documents.push_back(d);
    return c;
}

} // namespace

TEST(SentenceAlign, IdThenTextThenIdAloneWithWarning)
{
    const Corpus a = corpus({{"1", "one"}, {"2", "two"}, {"3", "three"}, {"4", "four"}});
    const Corpus b = corpus({{"1", "one"}, {"x", "two"}, {"3", "three, edited"}, {"y", "nowhere"}});
    const SentenceAlignment al = alignSentences({&a, &b}, {"A", "B"});
    ASSERT_EQ(al.rows.size(), 4u);
    EXPECT_EQ(al.rows[0][1]->id, "1");
    EXPECT_EQ(al.rows[1][1]->id, "x");
    EXPECT_EQ(al.rows[2][1]->text, "three, edited");
    EXPECT_EQ(al.rows[3][1], nullptr);
    ASSERT_EQ(al.warnings.size(), 3u);
    EXPECT_NE(al.warnings[0].find("B: sentence \"3\" (line 3) has a different text"), std::string::npos);
    EXPECT_NE(al.warnings[1].find("\"y\""), std::string::npos);
    EXPECT_NE(al.warnings[2].find("1 of the reference's 4 sentences are missing"), std::string::npos);
}

TEST(SentenceAlign, DuplicateTextsPairInOrder)
{
    const Corpus a = corpus({{"a", "same"}, {"b", "same"}});
    const Corpus b = corpus({{"p", "same"}, {"q", "same"}});
    const SentenceAlignment al = alignSentences({&a, &b}, {"A", "B"});
    EXPECT_EQ(al.rows[0][1]->id, "p");
    EXPECT_EQ(al.rows[1][1]->id, "q");
    EXPECT_TRUE(al.warnings.empty());
}
