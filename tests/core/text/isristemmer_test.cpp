// ISRI parity with NLTK 3.8: every distinct Arabic-script word of the SemEval train split,
// stemmed by NLTK's ISRIStemmer (fixture made with Debian's python3-nltk).
#include <gtest/gtest.h>

#include "support/testsupport.h"

#include <fstream>
#include <string>

#include "text/stemmer.h"

namespace mizan {
namespace {

TEST(IsriStemmer, KnownStems)
{
    EXPECT_EQ(isriStem(std::string_view("الفندق")), "ندق");  // NLTK also drops the ف (pre1)
    EXPECT_EQ(isriStem(std::string_view("الخدمة")), "خدم");
    EXPECT_EQ(isriStem(std::string_view("رائع")), "رئع");
    EXPECT_EQ(isriStem(std::string_view("المستشفيات")), "شفي");
    EXPECT_EQ(isriStem(std::string_view("يكون")), "يكون");  // a stop word stays
    EXPECT_EQ(isriStem(std::string_view("")), "");
}

TEST(IsriStemmer, MatchesNltkOnEverySemEvalTrainWord)
{
    const std::string path = std::string(MIZAN_SHARED_DIR) + "/fixtures/isri_nltk_train_words.tsv";
    std::ifstream in(path);
    if (!in)
        MIZAN_SKIP_FOR_MISSING_DATA() << "fixture not found: " << path << " (shared/ is not part of a user checkout)";
    std::string line;
    std::size_t total = 0, agree = 0, lineNo = 0;
    std::string firstMismatches;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty() || line[0] == '#')
            continue;
        const auto tab = line.find('\t');
        ASSERT_NE(tab, std::string::npos) << path << ":" << lineNo << ": expected word<TAB>stem";
        const std::string word = line.substr(0, tab);
        const std::string expected = line.substr(tab + 1);
        const std::string got = isriStem(std::string_view(word));
        ++total;
        if (got == expected)
            ++agree;
        else if (firstMismatches.size() < 2000)
            firstMismatches += word + " -> " + got + " (NLTK: " + expected + ")\n";
    }
    EXPECT_EQ(total, 19333u);
    EXPECT_EQ(agree, total) << "mismatches:\n" << firstMismatches;
}

} // namespace
} // namespace mizan
