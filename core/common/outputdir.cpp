#include "common/outputdir.h"

#include <filesystem>
#include <fstream>

namespace mizan {
namespace {

namespace fs = std::filesystem;

bool isFile(const fs::path &p)
{
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

// A folder Mizan wrote: marked, or (written before the marker existed) a checkpoint or export,
// a baseline folder, or a run folder with a checkpoint in it.
bool isMizanOutput(const fs::path &dir, int depth = 0)
{
    std::error_code ec;
    if (isFile(dir / kOutputMarkerName))
        return true;
    if (isFile(dir / "config.json") && isFile(dir / "model.safetensors"))
        return true;
    if (isFile(dir / "baseline.json") && isFile(dir / "baseline.safetensors"))
        return true;
    if (depth == 0)
        for (const char *sub : {"model", "last"})
            if (fs::is_directory(dir / sub, ec) && isMizanOutput(dir / sub, 1))
                return true;
    return false;
}

// `inner` is `outer` or lies inside it (both canonical).
bool within(const fs::path &inner, const fs::path &outer)
{
    auto i = inner.begin();
    for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
        if (o->empty())  // trailing separator
            continue;
        if (i == inner.end() || *i != *o)
            return false;
    }
    return true;
}

} // namespace

Status checkOutputDir(const std::string &dir, const std::vector<std::string> &inputs)
{
    std::error_code ec;
    const fs::path out = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    if (ec)
        return Status(ErrorCode::IoError, dir + ": cannot resolve the output folder: " + ec.message());
    for (const std::string &input : inputs) {
        if (input.empty())
            continue;
        const fs::path in = fs::weakly_canonical(fs::absolute(input, ec), ec);
        if (ec)
            continue;
        if (within(in, out))
            return Status(ErrorCode::InvalidArgument,
                          dir + ": the output folder is or holds the input " + input + "; choose another folder");
        if (within(out, in))
            return Status(ErrorCode::InvalidArgument,
                          dir + ": the output folder lies inside the input " + input + "; choose another folder");
    }
    const fs::file_status st = fs::status(out, ec);
    if (ec && st.type() != fs::file_type::not_found)
        return Status(ErrorCode::IoError, dir + ": cannot inspect the output folder: " + ec.message());
    if (st.type() == fs::file_type::not_found)
        return Status::ok();
    if (st.type() != fs::file_type::directory)
        return Status(ErrorCode::InvalidArgument,
                      dir + ": exists and is not a folder; Mizan does not replace it (choose a new folder)");
    const bool empty = fs::is_empty(out, ec);
    if (ec)
        return Status(ErrorCode::IoError, dir + ": cannot list the output folder: " + ec.message());
    if (!empty && !isMizanOutput(out))
        return Status(ErrorCode::InvalidArgument,
                      dir + ": the folder holds files Mizan did not write; Mizan does not replace it "
                            "(choose an empty or new folder)");
    return Status::ok();
}

Status markOutputDir(const std::string &dir)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return Status(ErrorCode::IoError, dir + ": cannot create: " + ec.message());
    std::ofstream marker(fs::path(dir) / kOutputMarkerName, std::ios::trunc);
    marker << "Written by Mizan; Mizan may replace this folder.\n";
    if (!marker)
        return Status(ErrorCode::IoError, dir + ": cannot write " + kOutputMarkerName);
    return Status::ok();
}

} // namespace mizan
