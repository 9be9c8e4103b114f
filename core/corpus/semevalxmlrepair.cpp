#include "corpus/semevalxmlrepair.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>

#include "common/brieftext.h"

namespace mizan::detail {

XmlPositions::XmlPositions(const pugi::xml_document &doc, ImportContext &ctx, ParseShifts shifts)
    : m_ctx(ctx), m_shifts(std::move(shifts))
{
    pugi::xml_node root = doc.document_element();
    if (root && root.offset_debug() >= 0) {
        m_base = root.name() - root.offset_debug();
        m_valid = true;
    }
}

TextPosition XmlPositions::at(std::size_t parsed) const
{
    auto it = std::upper_bound(m_shifts.begin(), m_shifts.end(), std::pair{parsed, PTRDIFF_MAX});
    const std::ptrdiff_t delta = it == m_shifts.begin() ? 0 : std::prev(it)->second;
    return m_ctx.at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, std::ptrdiff_t(parsed) - delta)));
}

namespace {

// Where the scanner is, as pugixml sees the same bytes: references are decoded in content and
// inside tags (attribute values), never in comments, CDATA sections or processing instructions.
struct Section {
    std::string_view open, close;
};
constexpr Section kLiteralSections[] = {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}};

} // namespace

std::string_view CharRefFixer::run(std::string_view text, std::string &fixed)
{
    std::size_t copied = 0;
    std::string_view sectionEnd;  // non-empty inside a comment, CDATA section or PI
    bool inTag = false;
    char quote = 0;               // the open quote of an attribute value inside a tag
    bool unclosed[std::size(kLiteralSections)] = {};  // no close after here: never search again
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        std::size_t length = 0;
        if (c == '\0') {
            // pugixml ends its buffer at a NUL, whatever the context: replaced everywhere.
            length = 1;
            m_ctx.problem(m_ctx.at(i), IssueCode::NulByte);
        } else if (!sectionEnd.empty()) {
            if (text.compare(i, sectionEnd.size(), sectionEnd) == 0) {
                i += sectionEnd.size() - 1;
                sectionEnd = {};
            }
            continue;
        } else if (inTag) {
            if (quote == 0 && (c == '"' || c == '\''))
                quote = c;
            else if (c == quote)
                quote = 0;
            else if (quote == 0 && c == '>')
                inTag = false;
            else if (c == '&' && i + 1 < text.size() && text[i + 1] == '#')
                length = badReference(text, i);
        } else if (c == '<') {
            inTag = true;
            for (std::size_t k = 0; k < std::size(kLiteralSections); ++k) {
                // An unterminated section is not one to pugixml either (it fails to parse);
                // the rest is still checked, so nothing slips past unreported.
                const Section &s = kLiteralSections[k];
                if (unclosed[k] || text.compare(i, s.open.size(), s.open) != 0)
                    continue;
                unclosed[k] = text.find(s.close, i + s.open.size()) == text.npos;
                if (unclosed[k])
                    continue;
                inTag = false;
                sectionEnd = s.close;
                i += s.open.size() - 1;
                break;
            }
        } else if (c == '&' && i + 1 < text.size() && text[i + 1] == '#') {
            length = badReference(text, i);
        }
        if (length == 0)
            continue;
        fixed.append(text.substr(copied, i - copied));
        fixed += "\xEF\xBF\xBD";  // U+FFFD as bytes: the same inside a section, a tag or content
        copied = i + length;
        m_shifts.emplace_back(fixed.size(), std::ptrdiff_t(fixed.size()) - std::ptrdiff_t(copied));
        i += length - 1;
    }
    if (m_shifts.empty())
        return text;
    fixed.append(text.substr(copied));
    return fixed;
}

std::size_t CharRefFixer::badReference(std::string_view text, std::size_t at)
{
    const bool hex = at + 2 < text.size() && (text[at + 2] == 'x');
    std::size_t i = at + (hex ? 3 : 2);
    std::uint64_t value = 0;
    const std::size_t digitsStart = i;
    for (; i < text.size() && i - digitsStart < 16; ++i) {
        const char c = text[i];
        const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                      : hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10)
                                                                             : -1;
        if (d < 0)
            break;
        value = value * (hex ? 16 : 10) + std::uint64_t(d);
    }
    if (i == digitsStart || i >= text.size() || text[i] != ';')
        return 0;  // not a complete reference: pugixml keeps it as text
    const bool allowed = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF) ||
                         (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF);
    if (allowed)
        return 0;
    const std::string_view ref = text.substr(at, i + 1 - at);
    m_ctx.problem(m_ctx.at(at), IssueCode::BadCharacterReference,
                  [&] { return std::vector<std::string>{utf8::brief(ref, 24)}; });
    return ref.size();
}

} // namespace mizan::detail
