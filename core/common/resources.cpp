#include "common/resources.h"

#include <filesystem>
#include <system_error>

namespace mizan {

std::vector<std::string> resourceRoots()
{
    std::vector<std::string> roots;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec)
        roots.push_back((exe.parent_path().parent_path() / "share" / "mizan").lexically_normal().string());
    roots.emplace_back(MIZAN_INSTALLED_RESOURCES_DIR);
    roots.emplace_back(MIZAN_SOURCE_RESOURCES_DIR);
    return roots;
}

std::string findResource(const std::string &relative)
{
    for (const std::string &root : resourceRoots()) {
        std::error_code ec;
        const std::filesystem::path p = std::filesystem::path(root) / relative;
        if (std::filesystem::exists(p, ec))
            return std::filesystem::absolute(p, ec).lexically_normal().string();
    }
    return {};
}

std::string defaultModelDir()
{
    // A folder counts only with its manifest: a half-copied model is not offered.
    const std::string manifest = findResource("models/default/manifest.json");
    return manifest.empty() ? std::string() : std::filesystem::path(manifest).parent_path().string();
}

const char *defaultModelDescription() { return "hotel reviews, trained on SemEval-2016"; }

} // namespace mizan
