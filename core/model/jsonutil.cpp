#include "model/jsonutil.h"

#include "common/jsontext.h"

namespace mizan::jsonutil {

std::string location(std::string_view text, std::size_t byte)
{
    return jsonLocation(text, byte);
}

Result<nlohmann::json> parse(std::string_view text, const std::string &fileName)
{
    return parseJsonFile(text, fileName);
}

} // namespace mizan::jsonutil
