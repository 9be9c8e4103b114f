// Resource lookup: executable-relative root first, the source tree last; a file present only
// in the source tree is found there; a missing one gives an empty path.
#include <gtest/gtest.h>

#include <filesystem>

#include "common/resources.h"

using namespace mizan;
namespace fs = std::filesystem;

TEST(Resources, RootsStartBesideTheExecutableAndEndInTheSourceTree)
{
    const auto roots = resourceRoots();
    ASSERT_EQ(roots.size(), 3u);
    const fs::path exe = fs::read_symlink("/proc/self/exe");
    EXPECT_EQ(fs::path(roots.front()), (exe.parent_path().parent_path() / "share" / "mizan").lexically_normal());
    EXPECT_TRUE(fs::equivalent(roots.back(), MIZAN_RESOURCES_DIR));
}

TEST(Resources, FindsTheSourceTreesPresetsAndNothingThatIsNotThere)
{
    const std::string preset = findResource("presets/default.json");
    ASSERT_FALSE(preset.empty());
    EXPECT_TRUE(fs::equivalent(preset, fs::path(MIZAN_RESOURCES_DIR) / "presets" / "default.json"));
    EXPECT_TRUE(findResource("presets/no-such-preset.json").empty());
}
