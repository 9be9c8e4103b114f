#pragma once
// SemEval XML around pugixml: characters XML forbids are reported and replaced before parsing
// (CharRefFixer), and the positions of parsed nodes map back to the file (XmlPositions).
#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/importcontext.h"

namespace mizan::detail {

// Where the parsed buffer grew or shrank against the file: parsed offset -> cumulative growth.
using ParseShifts = std::vector<std::pair<std::size_t, std::ptrdiff_t>>;

// Positions of parsed nodes and attributes: pugixml keeps them as pointers into its own copy
// of the buffer, which maps byte for byte onto ours (UTF-8 in, no conversion).
class XmlPositions {
public:
    // `shifts`: where the parsed buffer differs in length from the file (see CharRefFixer).
    XmlPositions(const pugi::xml_document &doc, ImportContext &ctx, ParseShifts shifts);
    TextPosition of(pugi::xml_node node) const
    {
        const std::ptrdiff_t off = node.offset_debug();
        return off >= 0 ? at(static_cast<std::size_t>(off)) : TextPosition{};
    }
    // The position of an attribute's value (its owner element when the value is empty).
    TextPosition of(pugi::xml_attribute attr, pugi::xml_node owner) const
    {
        const char *v = attr.value();
        if (m_valid && *v != '\0' && v > m_base)
            return at(static_cast<std::size_t>(v - m_base));
        return of(owner);
    }

private:
    // Position in the file of byte `parsed` of the parsed buffer.
    TextPosition at(std::size_t parsed) const;

    ImportContext &m_ctx;
    ParseShifts m_shifts;
    const char *m_base = nullptr;
    bool m_valid = false;
};

// Character references that pugixml would turn into a NUL (cutting the text short) or into
// invalid UTF-8 (surrogates, values past U+10FFFF), other characters XML forbids, and raw NUL
// bytes: each is reported and replaced by U+FFFD before parsing. References in comments, CDATA
// sections and processing instructions are literal text and left alone; the scan follows tags
// and quoted attribute values as pugixml does, so `<![CDATA[` inside a value opens nothing.
class CharRefFixer {
public:
    explicit CharRefFixer(ImportContext &ctx) : m_ctx(ctx) {}

    // The buffer to parse: `text` itself when nothing needed fixing (`fixed` stays empty).
    std::string_view run(std::string_view text, std::string &fixed);

    const ParseShifts &shifts() const { return m_shifts; }

private:
    // Length of the reference at `at` when it must be replaced (after reporting it), else 0.
    std::size_t badReference(std::string_view text, std::size_t at);

    ImportContext &m_ctx;
    ParseShifts m_shifts;
};

} // namespace mizan::detail
