// The launcher environment of a data-parallel run: torchrun's variables, SLURM's as a fallback.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "train/dist/distconfig.h"

using namespace mizan;

namespace {

Result<DistConfig> fromEnv(const std::map<std::string, std::string> &vars)
{
    return distConfigFromEnvironment([&](const char *name) -> const char * {
        auto it = vars.find(name);
        return it == vars.end() ? nullptr : it->second.c_str();
    });
}

} // namespace

TEST(DistConfig, NoLauncherIsOneProcess)
{
    auto c = fromEnv({});
    ASSERT_TRUE(c.ok());
    EXPECT_FALSE(c->enabled());
    EXPECT_EQ(c->worldSize, 1);
    auto single = fromEnv({{"WORLD_SIZE", "1"}, {"RANK", "0"}});
    ASSERT_TRUE(single.ok());
    EXPECT_FALSE(single->enabled());
}

TEST(DistConfig, ReadsTorchrun)
{
    auto c = fromEnv({{"WORLD_SIZE", "4"}, {"RANK", "3"}, {"LOCAL_RANK", "1"}, {"MASTER_ADDR", "node7"},
                      {"MASTER_PORT", "29511"}, {"TORCHELASTIC_USE_AGENT_STORE", "True"},
                      {"SLURM_PROCID", "9"}, {"SLURM_NTASKS", "16"}});
    ASSERT_TRUE(c.ok()) << c.error();
    EXPECT_TRUE(c->enabled());
    EXPECT_EQ(c->rank, 3);
    EXPECT_EQ(c->worldSize, 4);
    EXPECT_EQ(c->localRank, 1);
    EXPECT_EQ(c->masterAddr, "node7");
    EXPECT_EQ(c->masterPort, 29511);
    EXPECT_TRUE(c->externalStore);
    EXPECT_FALSE(c->lead());
}

TEST(DistConfig, FallsBackToSlurm)
{
    auto c = fromEnv({{"SLURM_NTASKS", "8"}, {"SLURM_PROCID", "0"}, {"SLURM_LOCALID", "0"}, {"MASTER_ADDR", "gpu01"}});
    ASSERT_TRUE(c.ok()) << c.error();
    EXPECT_EQ(c->worldSize, 8);
    EXPECT_TRUE(c->lead());
    EXPECT_EQ(c->masterPort, 29500);
    EXPECT_FALSE(c->externalStore);
    auto noMaster = fromEnv({{"SLURM_NTASKS", "8"}, {"SLURM_PROCID", "2"}});
    ASSERT_FALSE(noMaster.ok());
    EXPECT_NE(noMaster.error().find("MASTER_ADDR"), std::string::npos) << noMaster.error();
}

TEST(DistConfig, RefusesMalformedValuesNamingTheVariable)
{
    const std::map<std::string, std::string> good = {{"WORLD_SIZE", "2"}, {"RANK", "1"}, {"MASTER_ADDR", "h"}};
    struct Case {
        std::string var, value;
    };
    for (const Case &c : {Case{"WORLD_SIZE", "two"}, Case{"WORLD_SIZE", "0"}, Case{"RANK", "2"}, Case{"RANK", "-1"},
                          Case{"RANK", "1x"}, Case{"MASTER_PORT", "70000"}, Case{"LOCAL_RANK", ""}}) {
        auto vars = good;
        vars[c.var] = c.value;
        auto r = fromEnv(vars);
        ASSERT_FALSE(r.ok()) << c.var << "=" << c.value;
        EXPECT_NE(r.error().find(c.var), std::string::npos) << r.error();
    }
    auto noRank = fromEnv({{"WORLD_SIZE", "2"}, {"MASTER_ADDR", "h"}});
    ASSERT_FALSE(noRank.ok());
    EXPECT_NE(noRank.error().find("RANK"), std::string::npos);
}

TEST(DistConfig, BackendNames)
{
    for (const char *ok : {"auto", "gloo", "nccl"})
        EXPECT_TRUE(static_cast<bool>(checkDistBackendName(ok)));
    Status bad = checkDistBackendName("mpi");
    ASSERT_FALSE(static_cast<bool>(bad));
    EXPECT_NE(bad.message().find("gloo"), std::string::npos);
}
