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

std::string_view CharRefFixer::run(std::string_view text, std::string &fixed)
{
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '<' && c != '&' && c != '\0')
            continue;
        if (c == '<' && (text.compare(i, 4, "<!--") == 0 || text.compare(i, 9, "<![CDATA[") == 0)) {
            const std::size_t end = text.find(text[i + 2] == '-' ? "-->" : "]]>", i);
            if (end == std::string_view::npos)
                break;
            i = end;
            continue;
        }
        std::size_t length = 0;
        if (text[i] == '\0') {
            length = 1;
            m_ctx.problem(m_ctx.at(i), IssueCode::NulByte);
        }
        else if (text[i] == '&' && i + 1 < text.size() && text[i + 1] == '#')
            length = badReference(text, i);
        if (length == 0)
            continue;
        fixed.append(text.substr(copied, i - copied));
        fixed += "&#xFFFD;";
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
