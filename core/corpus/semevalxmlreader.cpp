#include "corpus/semevalxmlreader.h"

#include <charconv>
#include <cstring>
#include <optional>
#include <string>
#include <tuple>

#include "common/brieftext.h"
#include "common/utf8.h"
#include "corpus/targetfinder.h"

namespace mizan::detail {
namespace {

std::optional<std::size_t> parseIndex(const char *s)
{
    const char *end = s + std::strlen(s);
    std::size_t v = 0;
    auto [p, ec] = std::from_chars(s, end, v);
    if (ec != std::errc() || p != end || s == end)
        return std::nullopt;
    return v;
}

class Reader {
public:
    Reader(ImportContext &ctx, const XmlPositions &pos) : m_ctx(ctx), m_pos(pos) {}

    void readReviews(pugi::xml_node root, Corpus &out)
    {
        bool reviewLevel = false;
        std::size_t index = 0;
        for (pugi::xml_node review : root.children()) {
            if (!element(review))
                continue;
            if (std::strcmp(review.name(), "Review") != 0) {
                unknownElement(review, "<Review>");
                continue;
            }
            Document doc;
            doc.id = requiredAttribute(review, "rid", std::to_string(index));
            ++index;
            for (pugi::xml_attribute a : review.attributes())
                if (std::strcmp(a.name(), "rid") != 0)
                    doc.extra.emplace_back(a.name(), a.value());
            for (pugi::xml_node child : review.children()) {
                if (!element(child))
                    continue;
                if (std::strcmp(child.name(), "sentences") == 0) {
                    for (pugi::xml_node s : child.children()) {
                        if (!element(s))
                            continue;
                        if (std::strcmp(s.name(), "sentence") != 0) {
                            unknownElement(s, "<sentence>");
                            continue;
                        }
                        if (auto sentence = readSentence(s, "Opinions", "Opinion"))
                            doc.sentences.push_back(std::move(*sentence));
                    }
                } else if (std::strcmp(child.name(), "Opinions") == 0) {
                    reviewLevel = true;
                    for (pugi::xml_node o : child.children()) {
                        if (!element(o))
                            continue;
                        if (std::strcmp(o.name(), "Opinion") != 0) {
                            unknownElement(o, "<Opinion>");
                            continue;
                        }
                        if (auto op = readCategoryOpinion(o, "category"))
                            doc.documentOpinions.push_back(std::move(*op));
                    }
                } else {
                    unknownElement(child, "<sentences> or <Opinions>");
                }
            }
            out.documents.push_back(std::move(doc));
        }
        out.semevalFlavor = reviewLevel ? SemEvalFlavor::Y2016Review : SemEvalFlavor::Y2016Sentence;
    }

    void readSentences2014(pugi::xml_node root, Corpus &out)
    {
        out.semevalFlavor = SemEvalFlavor::Y2014;
        for (pugi::xml_node s : root.children()) {
            if (!element(s))
                continue;
            if (std::strcmp(s.name(), "sentence") != 0) {
                unknownElement(s, "<sentence>");
                continue;
            }
            if (auto sentence = readSentence(s, "aspectTerms", "aspectTerm")) {
                // 2014 has no reviews: each sentence stands alone, so each is a document.
                Document doc;
                doc.id = sentence->id;
                doc.sentences.push_back(std::move(*sentence));
                out.documents.push_back(std::move(doc));
            }
        }
    }

private:
    // True for an element; text where only elements belong is reported (and ignored).
    bool element(pugi::xml_node node)
    {
        if (node.type() == pugi::node_element)
            return true;
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
            const std::string_view value = node.value();
            if (value.find_first_not_of(" \t\r\n") != std::string_view::npos)
                m_ctx.problem([&] { return m_pos.of(node); }, IssueCode::TextOutsideText,
                              [&] { return std::vector<std::string>{utf8::brief(value)}; });
        }
        return false;
    }

    // The text of <text>: markup inside it (<b>...) is reported and removed, its words kept.
    // Walks the subtree without recursion (nesting depth is the file's choice).
    std::string textContent(pugi::xml_node node)
    {
        std::string out;
        bool reported = false;
        for (pugi::xml_node c = node.first_child(); c;) {
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
                out += c.value();
            } else if (c.type() == pugi::node_element && !reported) {
                m_ctx.problem(m_pos.of(c), IssueCode::MarkupInText,
                              [&] { return std::vector<std::string>{utf8::brief(c.name())}; });
                reported = true;
            }
            if (c.first_child()) {
                c = c.first_child();
                continue;
            }
            while (c != node && !c.next_sibling())
                c = c.parent();
            if (c == node)
                break;
            c = c.next_sibling();
        }
        return out;
    }

    void unknownElement(pugi::xml_node node, const char *expected)
    {
        m_ctx.problem([&] { return m_pos.of(node); }, IssueCode::UnexpectedElement,
                      [&] { return std::vector<std::string>{utf8::brief(node.name()), expected}; });
    }

    std::string requiredAttribute(pugi::xml_node node, const char *name, std::string fallback)
    {
        pugi::xml_attribute a = node.attribute(name);
        if (!a) {
            m_ctx.problem([&] { return m_pos.of(node); }, IssueCode::MissingAttributeFallback,
                          [&] { return std::vector<std::string>{node.name(), name, fallback}; });
            return fallback;
        }
        return a.value();
    }

    std::optional<Sentence> readSentence(pugi::xml_node s, const char *opinionsName, const char *opinionName)
    {
        Sentence sentence;
        sentence.sourceLine = m_pos.of(s).line;
        pugi::xml_attribute id = s.attribute("id");
        if (!id) {
            m_ctx.problem(m_pos.of(s), IssueCode::SentenceWithoutId);
            return std::nullopt;
        }
        sentence.id = id.value();
        for (pugi::xml_attribute a : s.attributes()) {
            if (std::strcmp(a.name(), "id") == 0)
                continue;
            if (std::strcmp(a.name(), "OutOfScope") == 0 && std::strcmp(a.value(), "TRUE") == 0)
                sentence.outOfScope = true;
            else if (std::strcmp(a.name(), "reviewed") == 0 && std::strcmp(a.value(), "TRUE") == 0)
                sentence.reviewed = true;  // Mizan's review mark
            else
                sentence.extra.emplace_back(a.name(), a.value());
        }
        pugi::xml_node text = s.child("text");
        if (!text) {
            m_ctx.problem(m_pos.of(s), IssueCode::SentenceWithoutText, {utf8::brief(sentence.id)});
            return std::nullopt;
        }
        sentence.text = textContent(text);
        TargetFinder finder(sentence.text);
        const std::size_t length = finder.length();
        for (pugi::xml_node child : s.children()) {
            if (!element(child) || child == text)
                continue;
            if (std::strcmp(child.name(), "Entities") == 0) {
                readEntities(child, length, sentence.entities);
                continue;
            }
            const bool terms = std::strcmp(child.name(), opinionsName) == 0;
            const bool cats2014 = std::strcmp(opinionName, "aspectTerm") == 0 &&
                                  std::strcmp(child.name(), "aspectCategories") == 0;
            if (!terms && !cats2014) {
                unknownElement(child, (std::string("<text> or <") + opinionsName + ">").c_str());
                continue;
            }
            const char *itemName = terms ? opinionName : "aspectCategory";
            for (pugi::xml_node o : child.children()) {
                if (!element(o))
                    continue;
                if (std::strcmp(o.name(), itemName) != 0) {
                    unknownElement(o, (std::string("<") + itemName + ">").c_str());
                    continue;
                }
                std::optional<Opinion> op = terms ? readSpanOpinion(o, finder)
                                                  : readCategoryOpinion(o, "category");
                if (op)
                    sentence.opinions.push_back(std::move(*op));
            }
        }
        return sentence;
    }

    // Mizan's entity spans: <Entities><Entity label="PERS" from="0" to="4"/></Entities>.
    void readEntities(pugi::xml_node list, std::size_t length, std::vector<EntitySpan> &out)
    {
        for (pugi::xml_node e : list.children()) {
            if (e.type() != pugi::node_element)
                continue;
            if (std::strcmp(e.name(), "Entity") != 0) {
                unknownElement(e, "<Entity>");
                continue;
            }
            const std::optional<std::size_t> from = parseIndex(e.attribute("from").value());
            const std::optional<std::size_t> to = parseIndex(e.attribute("to").value());
            const std::string label = e.attribute("label").value();
            if (label.empty() || !from || !to || *from >= *to || *to > length) {
                m_ctx.problem(m_pos.of(e), IssueCode::BadEntity,
                              [&] { return std::vector<std::string>{std::to_string(length)}; });
                continue;
            }
            out.push_back({label, *from, *to});
        }
    }

    // Fills polarity and keeps unknown attributes; false when the opinion must be skipped.
    bool readCommon(pugi::xml_node o, Opinion &op, std::initializer_list<const char *> known)
    {
        pugi::xml_attribute pol = o.attribute("polarity");
        if (!pol) {
            m_ctx.problem(m_pos.of(o), IssueCode::MissingAttributeOpinionSkipped, {o.name(), "polarity"});
            return false;
        }
        std::optional<Polarity> p = parsePolarity(pol.value());
        if (!p) {
            m_ctx.problem(m_pos.of(pol, o), IssueCode::UnknownPolarity, {utf8::brief(pol.value())});
            return false;
        }
        op.polarity = *p;
        for (pugi::xml_attribute a : o.attributes()) {
            bool isKnown = std::strcmp(a.name(), "polarity") == 0;
            for (const char *k : known)
                isKnown = isKnown || std::strcmp(a.name(), k) == 0;
            if (!isKnown)
                op.extra.emplace_back(a.name(), a.value());
        }
        return true;
    }

    // A review-level opinion (SB2) or a 2014 aspect category: category + polarity, no span.
    std::optional<Opinion> readCategoryOpinion(pugi::xml_node o, const char *categoryName)
    {
        Opinion op;
        op.isNull = true;
        pugi::xml_attribute cat = o.attribute(categoryName);
        if (!cat) {
            m_ctx.problem(m_pos.of(o), IssueCode::MissingAttributeOpinionSkipped, {o.name(), categoryName});
            return std::nullopt;
        }
        op.category = cat.value();
        if (!readCommon(o, op, {categoryName}))
            return std::nullopt;
        return op;
    }

    // A sentence-level opinion with a target (2015/2016 <Opinion>, 2014 <aspectTerm>).
    std::optional<Opinion> readSpanOpinion(pugi::xml_node o, TargetFinder &finder)
    {
        const std::size_t length = finder.length();
        const bool y2014 = std::strcmp(o.name(), "aspectTerm") == 0;
        const char *targetName = y2014 ? "term" : "target";
        Opinion op;
        if (!y2014) {
            pugi::xml_attribute cat = o.attribute("category");
            if (!cat) {
                m_ctx.problem(m_pos.of(o), IssueCode::MissingAttributeOpinionSkipped, {"Opinion", "category"});
                return std::nullopt;
            }
            op.category = cat.value();
        }
        if (!readCommon(o, op, {targetName, "category", "from", "to"}))
            return std::nullopt;
        pugi::xml_attribute target = o.attribute(targetName);
        if (!target) {
            m_ctx.problem(m_pos.of(o), IssueCode::MissingAttributeOpinionSkipped, {o.name(), targetName});
            return std::nullopt;
        }
        pugi::xml_attribute fromAttr = o.attribute("from");
        pugi::xml_attribute toAttr = o.attribute("to");
        if (!y2014 && std::strcmp(target.value(), "NULL") == 0) {
            op.isNull = true;
            if ((fromAttr && std::strcmp(fromAttr.value(), "0") != 0) ||
                (toAttr && std::strcmp(toAttr.value(), "0") != 0))
                m_ctx.problem(m_pos.of(fromAttr ? fromAttr : toAttr, o), IssueCode::NullTargetOffsets);
            return op;
        }
        op.target = target.value();
        if (op.target.empty()) {
            m_ctx.problem(m_pos.of(o), IssueCode::EmptyTarget);
            return std::nullopt;
        }
        std::optional<std::size_t> from, to;
        for (auto [offsetAttr, value, offsetName] :
             {std::tuple{fromAttr, &from, "from"}, std::tuple{toAttr, &to, "to"}}) {
            const pugi::xml_attribute attr = offsetAttr;  // C++17 lambdas cannot capture bindings
            const char *const name = offsetName;
            if (!attr) {
                m_ctx.problem(m_pos.of(o), IssueCode::MissingAttribute, {o.name(), name});
                continue;
            }
            *value = parseIndex(attr.value());
            if (!*value)
                m_ctx.problem(m_pos.of(attr, o), IssueCode::NotNonNegativeInteger, {name, utf8::brief(attr.value())});
        }
        const std::size_t targetLength = utf8::length(op.target);
        if (from && to) {
            const TextPosition where = m_pos.of(fromAttr, o);
            if (*from >= *to || *to > length) {
                m_ctx.problem(where, IssueCode::OffsetsOutsideSentence,
                              {std::to_string(*from), std::to_string(*to), std::to_string(length)});
            } else if (finder.span(*from, *to) != op.target) {
                m_ctx.problem(where, IssueCode::TargetMismatch, [&] {
                    return std::vector<std::string>{utf8::brief(op.target), std::to_string(*from), std::to_string(*to),
                                                    utf8::brief(finder.span(*from, *to))};
                });
            } else {
                op.from = *from;
                op.to = *to;
                return op;
            }
        }
        // Lenient repair: the target's occurrence nearest to the stated start.
        if (std::optional<std::size_t> found = finder.nearest(op.target, from.value_or(0))) {
            op.from = *found;
            op.to = *found + targetLength;
            m_ctx.note([&] { return m_pos.of(o); }, IssueCode::TargetPlaced, [&] {
                return std::vector<std::string>{utf8::brief(op.target), std::to_string(op.from), std::to_string(op.to)};
            });
            return op;
        }
        m_ctx.note([&] { return m_pos.of(o); }, IssueCode::TargetNotFound,
                   [&] { return std::vector<std::string>{utf8::brief(op.target)}; });
        return std::nullopt;
    }

    ImportContext &m_ctx;
    const XmlPositions &m_pos;
};

} // namespace

void readSemEvalRoot(pugi::xml_node root, ImportContext &ctx, const XmlPositions &positions, Corpus &out)
{
    Reader reader(ctx, positions);
    if (std::strcmp(root.name(), "Reviews") == 0)
        reader.readReviews(root, out);
    else
        reader.readSentences2014(root, out);
}

} // namespace mizan::detail
