#include "corpus/issuecode.h"

#include <iterator>

namespace mizan {

namespace {

constexpr const char *kTemplates[] = {
    "%1",
    "the file is empty (0 bytes)",
    "the file is %1, over the import limit of %2; not imported",
    "converted from %1 to UTF-8",
    "the file is not UTF-8; it looks like %1, which it does not declare; convert it to UTF-8 (e.g. iconv -f "
    "windows-1256 -t utf-8) or declare the encoding in the XML declaration",
    "invalid UTF-8 byte sequence (the file must be UTF-8)",
    "invalid UTF-8: %1 byte sequence(s) replaced by U+FFFD, the first here",
    "unknown corpus format",
    "out of memory while importing",
    "import failed: %1",
    "empty word before the tag column; line skipped",
    "expected `word TAG` or `word<TAB>TAG`, found one column; tagged O",
    "%1 columns; only the first tag column (column 2) is used, the rest are ignored (reported once)",
    "malformed tag \"%1\" for word \"%2\" (label \"%3\" looks like a misspelling of \"%4\"); read as %5",
    "suspicious tag \"%1\" for word \"%2\": label \"%3\" looks like a misspelling of one of %4; kept",
    "malformed tag \"%1\" for word \"%2\"; read as %3",
    "IOB1 tagging (entities start with I-, B- only separates adjacent entities); read as IOB2",
    "I- tag without a preceding B- or I- of the same type; read as B-",
    "a NUL byte (XML allows none); replaced by U+FFFD",
    "character reference %1 is not a character XML allows (NUL, a surrogate, past U+10FFFF or a control "
    "character); replaced by U+FFFD",
    "text \"%1\" outside any <text>; ignored",
    "markup <%1> inside <text> removed; its text is kept",
    "unexpected element <%1>, expected %2; ignored",
    "<%1> has no '%2' attribute; using \"%3\"",
    "<sentence> has no 'id' attribute; sentence skipped",
    "<sentence id=\"%1\"> has no <text>; sentence skipped",
    "<Entity> needs a label and offsets 0 <= from < to <= %1; entity skipped",
    "<%1> has no '%2' attribute; opinion skipped",
    "unknown polarity \"%1\" (expected positive, negative, neutral or conflict); opinion skipped",
    "NULL target with offsets other than 0; offsets set to 0",
    "empty target; opinion skipped",
    "<%1> has no '%2' attribute",
    "'%1' is \"%2\", expected a non-negative integer",
    "offsets %1-%2 are outside the sentence text (%3 characters)",
    "target \"%1\" does not match the text at %2-%3 (\"%4\")",
    "target \"%1\" placed at its occurrence %2-%3",
    "target \"%1\" does not occur in the sentence; opinion skipped",
    "not well-formed XML: %1",
    "DOCTYPE ignored: entities it declares are never expanded",
    "no root element",
    "root element is <%1>, expected <Reviews> (SemEval 2015/2016) or <sentences> (SemEval 2014)",
    "text after the root element; ignored",
    "a second root element <%1> after <%2>; ignored",
    "a second root element <%1> (two files joined into one?); read as part of the corpus",
    "not valid JSON (%1); line skipped",
    "%1; line skipped",
    "unexpected value (%1); line skipped",
    "not valid JSON (%1)",
    "this is a JSON array (a doccano JSON export), not JSON Lines; reading its %1 element(s) as documents",
    "label %1 is not [start, end, \"LABEL\"] with non-negative offsets; ignored",
    "span %1-%2 is outside the text (%3 characters); ignored",
    "document-level labels (text classification) are not kept",
    "%1 more warnings like \"%2\" from here on (only the first %3 of a kind are listed)",
};
static_assert(std::size(kTemplates) == static_cast<std::size_t>(IssueCode::Count), "one template per IssueCode");

} // namespace

const char *issueTemplate(IssueCode code)
{
    const auto i = static_cast<std::size_t>(code);
    return i < std::size(kTemplates) ? kTemplates[i] : kTemplates[0];
}

std::string issueMessage(IssueCode code, const std::vector<std::string> &args)
{
    return fillTemplate(issueTemplate(code), args);
}

} // namespace mizan
