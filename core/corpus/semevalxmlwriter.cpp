// SemEval ABSA XML writer: the 2016/2015 layout (<Reviews>, review-level opinions kept) or
// 2014's (<sentences>, <aspectTerms> / <aspectCategories>), with Mizan's <Entities> and every
// unknown attribute the reader kept.
#include <pugixml.hpp>

#include <string>

#include "corpus/formats.h"

namespace mizan::detail {
namespace {

// pugixml writer into a std::string.
struct StringWriter : pugi::xml_writer {
    std::string out;
    void write(const void *data, size_t size) override { out.append(static_cast<const char *>(data), size); }
};

void appendAttributes(pugi::xml_node node, const Attributes &attrs)
{
    for (const auto &[name, value] : attrs)
        node.append_attribute(name.c_str()).set_value(value.c_str());
}

void writeSpanOpinion(pugi::xml_node parent, const Opinion &op, bool y2014)
{
    pugi::xml_node o = parent.append_child(y2014 ? "aspectTerm" : "Opinion");
    if (y2014) {
        o.append_attribute("term").set_value(op.target.c_str());
    } else {
        o.append_attribute("target").set_value(op.isNull ? "NULL" : op.target.c_str());
        o.append_attribute("category").set_value(op.category.c_str());
    }
    o.append_attribute("polarity").set_value(polarityName(op.polarity));
    o.append_attribute("from").set_value(std::to_string(op.isNull ? 0 : op.from).c_str());
    o.append_attribute("to").set_value(std::to_string(op.isNull ? 0 : op.to).c_str());
    appendAttributes(o, op.extra);
}

void writeCategoryOpinion(pugi::xml_node parent, const char *name, const Opinion &op)
{
    pugi::xml_node o = parent.append_child(name);
    o.append_attribute("category").set_value(op.category.c_str());
    o.append_attribute("polarity").set_value(polarityName(op.polarity));
    appendAttributes(o, op.extra);
}

pugi::xml_node writeSentence(pugi::xml_node parent, const Sentence &s)
{
    pugi::xml_node node = parent.append_child("sentence");
    node.append_attribute("id").set_value(s.id.c_str());
    appendAttributes(node, s.extra);
    if (s.outOfScope)
        node.append_attribute("OutOfScope").set_value("TRUE");
    if (s.reviewed)
        node.append_attribute("reviewed").set_value("TRUE");
    node.append_child("text").append_child(pugi::node_pcdata).set_value(s.text.c_str());
    return node;
}

// Entity spans after the opinions, in an element SemEval readers do not look for.
void writeEntities(pugi::xml_node sentence, const Sentence &s)
{
    if (s.entities.empty())
        return;
    pugi::xml_node list = sentence.append_child("Entities");
    for (const EntitySpan &e : s.entities) {
        pugi::xml_node node = list.append_child("Entity");
        node.append_attribute("label").set_value(e.label.c_str());
        node.append_attribute("from").set_value(std::to_string(e.start).c_str());
        node.append_attribute("to").set_value(std::to_string(e.end).c_str());
    }
}

} // namespace

std::string writeSemEvalXml(const Corpus &corpus)
{
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    decl.append_attribute("standalone").set_value("yes");
    if (corpus.semevalFlavor == SemEvalFlavor::Y2014) {
        pugi::xml_node root = doc.append_child("sentences");
        for (const Document &d : corpus.documents)
            for (const Sentence &s : d.sentences) {
                pugi::xml_node node = writeSentence(root, s);
                pugi::xml_node terms, cats;
                for (const Opinion &op : s.opinions) {
                    if (op.isNull) {
                        if (!cats)
                            cats = node.append_child("aspectCategories");
                        writeCategoryOpinion(cats, "aspectCategory", op);
                    } else {
                        if (!terms)
                            terms = node.insert_child_after("aspectTerms", node.child("text"));
                        writeSpanOpinion(terms, op, true);
                    }
                }
                writeEntities(node, s);
            }
    } else {
        pugi::xml_node root = doc.append_child("Reviews");
        for (const Document &d : corpus.documents) {
            pugi::xml_node review = root.append_child("Review");
            review.append_attribute("rid").set_value(d.id.c_str());
            appendAttributes(review, d.extra);
            pugi::xml_node sentences = review.append_child("sentences");
            for (const Sentence &s : d.sentences) {
                pugi::xml_node node = writeSentence(sentences, s);
                if (!s.opinions.empty()) {
                    pugi::xml_node ops = node.append_child("Opinions");
                    for (const Opinion &op : s.opinions)
                        writeSpanOpinion(ops, op, false);
                }
                writeEntities(node, s);
            }
            if (!d.documentOpinions.empty()) {
                pugi::xml_node ops = review.append_child("Opinions");
                for (const Opinion &op : d.documentOpinions)
                    writeCategoryOpinion(ops, "Opinion", op);
            }
        }
    }
    StringWriter writer;
    doc.save(writer, "    ", pugi::format_indent, pugi::encoding_utf8);
    return std::move(writer.out);
}

} // namespace mizan::detail
