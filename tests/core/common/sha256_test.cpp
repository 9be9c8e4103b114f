// SHA-256 against the FIPS 180-4 / NIST example digests, including the padding edge cases
// (55 and 56 bytes: one or two final blocks) and a file round trip.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "common/sha256.h"

using namespace mizan;

TEST(Sha256, KnownDigests)
{
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),  // 56 bytes
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256Hex(std::string(55, 'a')), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, FileMatchesBytesAndMissingFileIsAnError)
{
    const std::string path = ::testing::TempDir() + "/sha256_test.bin";
    {
        std::ofstream out(path, std::ios::binary);
        out << "abc";
    }
    auto digest = sha256File(path);
    ASSERT_TRUE(digest.ok()) << digest.error();
    EXPECT_EQ(*digest, sha256Hex("abc"));
    std::remove(path.c_str());
    auto missing = sha256File(path);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find(path), std::string::npos);
}
