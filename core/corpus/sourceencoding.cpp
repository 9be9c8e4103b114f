#include "corpus/sourceencoding.h"

#include <algorithm>
#include <cctype>

#include <unicode/ucnv.h>

#include "common/brieftext.h"
#include "common/utf8.h"

namespace mizan::detail {
namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

std::string lower(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// encoding="..." of an XML declaration at the start of `data`.
std::string xmlDeclaredEncoding(std::string_view data)
{
    if (!startsWith(data, "<?xml"))
        return {};
    const std::string_view decl = data.substr(0, std::min(data.find("?>"), std::size_t(200)));
    const std::size_t at = decl.find("encoding");
    if (at == std::string_view::npos)
        return {};
    std::size_t q = decl.find_first_of("\"'", at);
    if (q == std::string_view::npos)
        return {};
    const std::size_t end = decl.find(decl[q], q + 1);
    if (end == std::string_view::npos)
        return {};
    return std::string(decl.substr(q + 1, end - q - 1));
}

} // namespace

std::string declaredEncoding(std::string_view data)
{
    if (startsWith(data, "\xEF\xBB\xBF"))
        return {};
    if (startsWith(data, std::string_view("\xFF\xFE\x00\x00", 4)))
        return "UTF-32LE";
    if (startsWith(data, std::string_view("\x00\x00\xFE\xFF", 4)))
        return "UTF-32BE";
    if (startsWith(data, "\xFF\xFE"))
        return "UTF-16LE";
    if (startsWith(data, "\xFE\xFF"))
        return "UTF-16BE";
    const std::string declared = xmlDeclaredEncoding(data);
    const std::string l = lower(declared);
    if (l.empty() || l == "utf-8" || l == "utf8" || l == "us-ascii" || l == "ascii")
        return {};
    return declared;
}

Result<std::string> convertToUtf8(std::string_view data, const std::string &encoding)
{
    UErrorCode err = U_ZERO_ERROR;
    UConverter *from = ucnv_open(encoding.c_str(), &err);
    if (U_FAILURE(err) || !from)
        return Status(ErrorCode::Unsupported, "the file declares the encoding \"" + utf8::brief(encoding, 40) +
                                                  "\", which is not supported; convert it to UTF-8");
    ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
    UConverter *to = ucnv_open("UTF-8", &err);
    std::string out(data.size() * 3 + 16, '\0');
    char *target = out.data();
    const char *source = data.data();
    UChar pivot[1024];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, data.data() + data.size(), pivot,
                   &pivotSource, &pivotTarget, pivot + 1024, true, true, &err);
    ucnv_close(from);
    ucnv_close(to);
    if (U_FAILURE(err))
        return Status(ErrorCode::ParseError, "the file is not valid " + encoding + " (byte " +
                                                 std::to_string(source - data.data()) + ")");
    out.resize(static_cast<std::size_t>(target - out.data()));
    if (startsWith(out, "\xEF\xBB\xBF"))
        out.erase(0, 3);
    return out;
}

std::string guessLegacyEncoding(std::string_view data)
{
    const std::string_view head = data.substr(0, std::size_t(1) << 20);
    const std::size_t nuls = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\0'));
    if (head.size() >= 4 && nuls * 4 >= head.size())
        return "UTF-16 or UTF-32 without a byte order mark";
    // Count non-ASCII bytes that are not part of a valid UTF-8 sequence.
    std::size_t high = 0, invalid = 0, arabic = 0;
    std::string_view rest = head;
    while (!rest.empty()) {
        auto bad = utf8::findInvalid(rest);
        const std::string_view good = rest.substr(0, bad ? bad->byteOffset : rest.size());
        high += static_cast<std::size_t>(std::count_if(good.begin(), good.end(),
                                                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
        if (!bad)
            break;
        const auto b = static_cast<unsigned char>(rest[bad->byteOffset]);
        ++high;
        ++invalid;
        arabic += (b >= 0xC1 && b <= 0xFE) ? 1 : 0;
        rest.remove_prefix(bad->byteOffset + 1);
    }
    if (invalid < 4 || invalid * 2 < high)
        return {};
    return arabic * 2 >= invalid ? "windows-1256 (Arabic) or another single-byte encoding"
                                 : "a single-byte encoding (windows-1252 or similar)";
}

} // namespace mizan::detail
