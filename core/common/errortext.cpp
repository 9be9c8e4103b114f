#include "common/errortext.h"

#include <filesystem>
#include <new>

#include "common/brieftext.h"
#include "common/jsontext.h"
#include "common/utf8.h"

namespace mizan {

std::string errorText(const std::exception &e)
{
    if (dynamic_cast<const std::bad_alloc *>(&e))
        return "out of memory";
    if (const auto *fe = dynamic_cast<const std::filesystem::filesystem_error *>(&e)) {
        std::string what = fe->path1().empty() ? std::string() : fe->path1().string() + ": ";
        return utf8::brief(what + fe->code().message(), 300);
    }
    if (dynamic_cast<const nlohmann::json::exception *>(&e))
        return jsonErrorText(e);
    std::string what = e.what();
    const auto eol = what.find('\n');
    if (eol != std::string::npos)
        what.erase(eol);
    return utf8::brief(what, 300);
}

} // namespace mizan
