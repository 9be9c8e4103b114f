#include <gtest/gtest.h>

#include "support/testsupport.h"

#include <cstring>
#include <filesystem>
#include <functional>
#include <unistd.h>

#include "common/atomicfile.h"
#include "model/safetensors.h"

using namespace mizan;
namespace fs = std::filesystem;

namespace {

std::string withHeader(const std::string &json, const std::string &data, std::uint64_t claimedLength = 0)
{
    std::uint64_t n = claimedLength ? claimedLength : json.size();
    std::string out;
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
    return out + json + data;
}

std::string floats(std::initializer_list<float> values)
{
    std::string s(values.size() * 4, '\0');
    std::memcpy(s.data(), values.begin(), s.size());
    return s;
}

void expectError(const Result<SafetensorsIndex> &r, const std::string &fragment)
{
    ASSERT_FALSE(r.ok()) << "expected an error containing: " << fragment;
    EXPECT_EQ(r.status().code(), ErrorCode::ParseError);
    EXPECT_NE(r.error().find(fragment), std::string::npos) << r.error();
    EXPECT_NE(r.error().find("test.safetensors"), std::string::npos) << r.error();
}

} // namespace

TEST(Safetensors, RoundTripsTensorsAndMetadata)
{
    const std::string a = floats({1.f, 2.f, 3.f, 4.f, 5.f, 6.f});
    const std::string b(2 * 2, '\x7f');  // two BF16 values
    auto image = serializeSafetensors({{"z.weight", DType::F32, {2, 3}, a}, {"a.bias", DType::BF16, {2}, b}},
                                      {{"format", "pt"}});
    ASSERT_TRUE(image.ok()) << image.error();
    const std::uint64_t headerLen = static_cast<unsigned char>((*image)[0]) | (static_cast<unsigned char>((*image)[1]) << 8);
    EXPECT_EQ(headerLen % 8, 0u);
    auto index = parseSafetensors(*image, "test.safetensors");
    ASSERT_TRUE(index.ok()) << index.error();
    ASSERT_EQ(index->tensors.size(), 2u);
    EXPECT_EQ(index->metadata.at("format"), "pt");
    const auto *z = index->find("z.weight");
    ASSERT_NE(z, nullptr);
    EXPECT_EQ(z->dtype, DType::F32);
    EXPECT_EQ(z->shape, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(image->substr(index->dataOffset + z->begin, z->end - z->begin), a);
    // Sorted names: a.bias comes first in the data.
    EXPECT_EQ(index->find("a.bias")->begin, 0u);
}

TEST(Safetensors, ReadsTheFixtureHeaderOnly)
{
    const std::string path = std::string(MIZAN_SHARED_DIR) + "/fixtures/hf-bert/tiny-bert/model.safetensors";
    if (!fs::exists(path))
        MIZAN_SKIP_FOR_MISSING_DATA() << "shared fixture absent: " << path;
    auto index = readSafetensorsHeader(path);
    ASSERT_TRUE(index.ok()) << index.error();
    EXPECT_EQ(index->tensors.size(), 46u);
    EXPECT_EQ(index->dataOffset, 8u + 4832u);
    auto bytes = readFile(path);
    ASSERT_TRUE(bytes.ok());
    auto full = parseSafetensors(*bytes, path);
    ASSERT_TRUE(full.ok()) << full.error();
    EXPECT_EQ(full->find("bert.embeddings.word_embeddings.weight")->shape, (std::vector<std::int64_t>{246, 32}));
}

TEST(Safetensors, TruncatedFileIsAnError)
{
    expectError(parseSafetensors(std::string("\x10\x00\x00", 3), "test.safetensors"), "truncated");
    auto image = serializeSafetensors({{"w", DType::F32, {2}, floats({1.f, 2.f})}});
    ASSERT_TRUE(image.ok());
    const std::string cut = image->substr(0, image->size() - 3);
    expectError(parseSafetensors(cut, "test.safetensors"), "tensor 'w'");
}

TEST(Safetensors, HeaderLengthPastEndOfFileIsAnError)
{
    const std::string json = R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})";
    expectError(parseSafetensors(withHeader(json, floats({1.f}), json.size() + 100), "test.safetensors"),
                "past the end of the file");
}

TEST(Safetensors, TwoGigabyteHeaderClaimIsRejectedWithoutAllocating)
{
    expectError(parseSafetensors(withHeader("{}", "", 2147483648ull), "test.safetensors"), "100 MB limit");
    // Same through the file reader.
    const fs::path path = fs::temp_directory_path() / ("mizan_st_huge_" + std::to_string(::getpid()) + ".safetensors");
    ASSERT_TRUE(writeFileAtomic(path.string(), withHeader("{}", "", 2147483648ull)).isOk());
    auto r = readSafetensorsHeader(path.string());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("100 MB limit"), std::string::npos) << r.error();
    fs::remove(path);
}

TEST(Safetensors, OverlappingRangesNameBothTensors)
{
    const std::string json = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                             R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})";
    auto r = parseSafetensors(withHeader(json, floats({1.f, 2.f, 3.f})), "test.safetensors");
    expectError(r, "overlap");
    EXPECT_NE(r.error().find("'a'"), std::string::npos);
    EXPECT_NE(r.error().find("'b'"), std::string::npos);
}

TEST(Safetensors, WrongDtypeSizeIsAnError)
{
    // Two F32 values need 8 bytes; the range holds 4 (as if the writer assumed F16).
    const std::string json = R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}})";
    auto r = parseSafetensors(withHeader(json, floats({1.f})), "test.safetensors");
    expectError(r, "tensor 'w'");
    EXPECT_NE(r.error().find("needs 8 bytes"), std::string::npos) << r.error();
}

TEST(Safetensors, GapsTrailingBytesAndUnknownDtypesAreErrors)
{
    expectError(parseSafetensors(withHeader(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                                            floats({1.f, 2.f})),
                                 "test.safetensors"),
                "contiguous");
    expectError(parseSafetensors(withHeader(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})",
                                            floats({1.f, 2.f})),
                                 "test.safetensors"),
                "trailing");
    expectError(parseSafetensors(withHeader(R"({"w":{"dtype":"Q4","shape":[1],"data_offsets":[0,4]}})",
                                            floats({1.f})),
                                 "test.safetensors"),
                "unknown dtype 'Q4'");
    expectError(parseSafetensors(withHeader(R"({"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})",
                                            floats({1.f})),
                                 "test.safetensors"),
                "non-negative");
    expectError(parseSafetensors(withHeader(R"({"w":{"dtype":"F32","shape":[4294967296,4294967296,4294967296],"data_offsets":[0,4]}})",
                                            floats({1.f})),
                                 "test.safetensors"),
                "too large");
}

TEST(Safetensors, MalformedJsonGivesLineAndColumn)
{
    const std::string json = "{\"w\": {\"dtype\": \"F32\",,}}";
    auto r = parseSafetensors(withHeader(json, ""), "test.safetensors");
    expectError(r, "line 1, column 23");
    expectError(parseSafetensors(withHeader("[1, 2]", ""), "test.safetensors"), "JSON object");
}

TEST(Safetensors, WriterRejectsMismatchedData)
{
    auto r = serializeSafetensors({{"w", DType::F32, {3}, floats({1.f, 2.f})}});
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("'w'"), std::string::npos);
    EXPECT_FALSE(serializeSafetensors({{"w", DType::F32, {1}, floats({1.f})}, {"w", DType::F32, {1}, floats({1.f})}}).ok());
}
