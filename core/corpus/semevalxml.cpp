// SemEval ABSA XML: parsing with pugixml and the root elements. The characters XML forbids
// are repaired before parsing (semevalxmlrepair), the elements read by semevalxmlreader and
// written by semevalxmlwriter.
#include <pugixml.hpp>

#include <cstring>
#include <string>
#include <string_view>

#include "common/brieftext.h"
#include "corpus/formats.h"
#include "corpus/semevalxmlreader.h"
#include "corpus/semevalxmlrepair.h"

namespace mizan::detail {

void readSemEvalXml(std::string &buffer, ImportContext &ctx, Corpus &out)
{
    pugi::xml_document doc;
    // parse_doctype only so the DOCTYPE can be reported; pugixml never expands entities a
    // DOCTYPE declares (only the five predefined ones and character references).
    const unsigned options = pugi::parse_default | pugi::parse_doctype;
    CharRefFixer fixer(ctx);
    std::string fixed;
    const std::string_view parsed = fixer.run(buffer, fixed);
    pugi::xml_parse_result result = doc.load_buffer(parsed.data(), parsed.size(), options, pugi::encoding_utf8);
    if (!result)
        ctx.fatal(ctx.at(static_cast<std::size_t>(result.offset)), IssueCode::NotWellFormedXml, {result.description()});
    const XmlPositions positions(doc, ctx, fixer.shifts());
    for (pugi::xml_node n : doc.children())
        if (n.type() == pugi::node_doctype)
            ctx.note(positions.of(n), IssueCode::DoctypeIgnored);
    pugi::xml_node root = doc.document_element();
    if (!root)
        ctx.fatal({1, 1}, IssueCode::NoRootElement);
    const bool reviews = std::strcmp(root.name(), "Reviews") == 0;
    if (!reviews && std::strcmp(root.name(), "sentences") != 0)
        ctx.fatal(positions.of(root), IssueCode::WrongRootElement, {utf8::brief(root.name())});
    // pugixml accepts more than one root element (two files joined into one): read every root
    // of the same kind, each with a warning, so nothing after the first is silently lost.
    for (pugi::xml_node r = root; r; r = r.next_sibling()) {
        if (r.type() == pugi::node_pcdata &&
            std::string_view(r.value()).find_first_not_of(" \t\r\n") != std::string_view::npos)
            ctx.problem(positions.of(r), IssueCode::TextAfterRoot);
        if (r.type() != pugi::node_element)
            continue;
        if (r != root && std::strcmp(r.name(), root.name()) != 0) {
            ctx.problem(positions.of(r), IssueCode::SecondRootIgnored, [&] {
                return std::vector<std::string>{utf8::brief(r.name()), root.name()};
            });
            continue;
        }
        if (r != root)
            ctx.problem(positions.of(r), IssueCode::SecondRootRead, {root.name()});
        const SemEvalFlavor before = out.semevalFlavor;
        readSemEvalRoot(r, ctx, positions, out);
        if (r != root && before == SemEvalFlavor::Y2016Review)
            out.semevalFlavor = before;
    }
}

} // namespace mizan::detail
