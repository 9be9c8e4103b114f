#pragma once
// Values quoted in messages stay short: a hostile file must never make a message (or the
// work of building it) as large as the file.
#include <cstddef>
#include <string>
#include <string_view>

namespace mizan::utf8 {

// `text` for a message: at most `maxChars` code points, then "..." when cut. Never splits a
// character; invalid bytes become U+FFFD. (Defined in utf8.cpp.)
std::string brief(std::string_view text, std::size_t maxChars = 40);

} // namespace mizan::utf8
