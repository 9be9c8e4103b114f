// The restricted unpickler, without torch: hand-made pickles for each rule (allow-list,
// bounds of tensor views, truncation, cycles, bogus lengths, object count).
#include <gtest/gtest.h>

#include "model/torchpickle.h"

using namespace mizan;

namespace {

std::string pk(std::initializer_list<int> bytes)
{
    std::string out;
    for (int b : bytes)
        out += static_cast<char>(b);
    return out;
}

// A protocol-2 pickle of {"w": tensor} whose tensor has `size` and `stride` (one dimension)
// on a FloatStorage of `numel` elements.
std::string tensorPickle(int numel, int size, int stride, int offset = 0)
{
    return pk({0x80, 2, '}', '('}) + "X" + pk({1, 0, 0, 0}) + "w" + "ctorch._utils\n_rebuild_tensor_v2\n" + "((" +
           "X" + pk({7, 0, 0, 0}) + "storage" + "ctorch\nFloatStorage\n" + "X" + pk({1, 0, 0, 0}) + "0" + "X" +
           pk({3, 0, 0, 0}) + "cpu" + "J" + pk({numel & 255, (numel >> 8) & 255, (numel >> 16) & 255, 0}) + "tQ" + "K" +
           pk({offset}) + "J" + pk({size & 255, (size >> 8) & 255, (size >> 16) & 255, 0}) + pk({0x85}) + "K" +
           pk({stride}) + pk({0x85, 0x89}) + "ccollections\nOrderedDict\n)R" + "tR" + "u.";
}

} // namespace

TEST(TorchPickle, ReadsATensorRecordAndChecksItAgainstItsStorage)
{
    auto ok = unpickleRestricted(tensorPickle(6, 3, 2), 0, "ok.pkl");
    ASSERT_TRUE(ok.ok()) << ok.error();
    auto state = stateDictFromPickle(*ok->value, "ok.pkl");
    ASSERT_TRUE(state.ok()) << state.error();
    ASSERT_EQ(state->tensors.size(), 1u);
    EXPECT_EQ(state->tensors[0].name, "w");
    EXPECT_EQ(state->tensors[0].tensor.shape, std::vector<std::int64_t>{3});
    EXPECT_EQ(state->tensors[0].tensor.strides, std::vector<std::int64_t>{2});
    EXPECT_EQ(state->storages.at("0").numel, 6u);

    // Element 4 * 2 = 8 of a 6-element storage: refused before anything is allocated.
    auto outside = unpickleRestricted(tensorPickle(6, 5, 2), 0, "bad.pkl");
    ASSERT_FALSE(outside.ok());
    EXPECT_NE(outside.error().find("bad.pkl"), std::string::npos);
    EXPECT_NE(outside.error().find("does not fit its storage"), std::string::npos) << outside.error();
    EXPECT_FALSE(unpickleRestricted(tensorPickle(6, 3, 1, 4), 0, "off.pkl").ok());
}

TEST(TorchPickle, RefusesEveryGlobalOutsideTheAllowList)
{
    for (const std::string global : {"os\nsystem\n", "builtins\neval\n", "__builtin__\ngetattr\n", "torch\nload\n",
                                      "collections\ndefaultdict\n"}) {
        auto r = unpickleRestricted(pk({0x80, 2}) + "c" + global + ".", 0, "evil.pkl");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.status().code(), ErrorCode::Unsupported);
        EXPECT_NE(r.error().find("evil.pkl"), std::string::npos);
        const std::string dotted = global.substr(0, global.find('\n')) + "." +
                                   global.substr(global.find('\n') + 1, global.size() - global.find('\n') - 2);
        EXPECT_NE(r.error().find("'" + dotted + "'"), std::string::npos) << r.error();
    }
    // STACK_GLOBAL is held to the same list, and calling an allowed storage type is refused.
    auto stacked = unpickleRestricted(pk({0x80, 4, 0x8c, 2}) + "os" + pk({0x8c, 6}) + "system" + pk({0x93}) + ".", 0, "s.pkl");
    ASSERT_FALSE(stacked.ok());
    EXPECT_NE(stacked.error().find("'os.system'"), std::string::npos);
    EXPECT_FALSE(unpickleRestricted(pk({0x80, 2}) + "ctorch\nFloatStorage\n)R.", 0, "c.pkl").ok());
    // Opcodes that build arbitrary objects are not interpreted at all.
    EXPECT_FALSE(unpickleRestricted(pk({0x80, 2, 0x81, '.'}), 0, "n.pkl").ok());
    EXPECT_FALSE(unpickleRestricted(pk({0x80, 2, 'i'}) + "os\nsystem\n.", 0, "i.pkl").ok());
}

TEST(TorchPickle, SurvivesTruncationCyclesAndBogusLengths)
{
    const std::string good = tensorPickle(6, 3, 2);
    for (std::size_t n = 0; n + 1 < good.size(); ++n) {
        bool truncated = false;
        auto r = unpickleRestricted(good.substr(0, n), 0, "cut.pkl", &truncated);
        EXPECT_FALSE(r.ok()) << n;
    }
    // A 4 GB string length in a 10-byte file; a memo reference never stored; a list holding itself.
    EXPECT_FALSE(unpickleRestricted(pk({0x80, 2, 'X', 0xff, 0xff, 0xff, 0xff, 'a'}), 0, "len.pkl").ok());
    EXPECT_FALSE(unpickleRestricted(pk({0x80, 2, 'h', 7, '.'}), 0, "memo.pkl").ok());
    auto cycle = unpickleRestricted(pk({0x80, 2, '}', 'q', 0, 'X', 1, 0, 0, 0, 'a', 'h', 0, 's', '.'}), 0, "cycle.pkl");
    ASSERT_TRUE(cycle.ok()) << cycle.error();
    EXPECT_FALSE(stateDictFromPickle(*cycle->value, "cycle.pkl").ok());
    // Millions of empty lists: bounded by kMaxPickleValues, not by memory.
    auto many = unpickleRestricted(pk({0x80, 2}) + std::string(kMaxPickleValues + 10, ']') + ".", 0, "many.pkl");
    ASSERT_FALSE(many.ok());
    EXPECT_NE(many.error().find("objects"), std::string::npos) << many.error();
}
