#pragma once
// Internal to core/corpus: files that are not UTF-8. A byte order mark (UTF-16/32) or an XML
// declaration naming another encoding is converted with ICU; an undeclared legacy encoding
// (windows-1256 Arabic...) is recognised so the import can refuse it by name instead of
// replacing every letter with U+FFFD.
#include <string>
#include <string_view>

#include "common/result.h"

namespace mizan::detail {

// The encoding `data` declares by a BOM or an XML declaration, when it is not UTF-8 ("UTF-16LE",
// "windows-1256"...); empty when there is none or it is UTF-8.
std::string declaredEncoding(std::string_view data);

// Converts `data` from `encoding` to UTF-8 (dropping a BOM). Fails naming the encoding when ICU
// does not know it or the bytes are not valid in it.
Result<std::string> convertToUtf8(std::string_view data, const std::string &encoding);

// For data that is not valid UTF-8: the legacy encoding it most likely is (e.g. "windows-1256
// (Arabic)", "UTF-16 without a byte order mark"), or empty when it looks like UTF-8 with a few
// damaged bytes.
std::string guessLegacyEncoding(std::string_view data);

} // namespace mizan::detail
