#include "ui/corpus/issuetext.h"

#include <QFileInfo>

#include "ui/common/bidi.h"

namespace mizan::ui {

namespace {

// U+2068 FIRST STRONG ISOLATE ... U+2069: the argument takes its own direction.
QString isolated(const std::string &arg)
{
    return QChar(0x2068) + QString::fromStdString(arg) + QChar(0x2069);
}

} // namespace

QString IssueText::wording(IssueCode code)
{
    // The English wording of each code is core's template (corpus/issuecode.cpp), word for word.
    switch (code) {
    case IssueCode::Other: return QStringLiteral("%1");
    case IssueCode::EmptyFile: return tr("the file is empty (0 bytes)");
    case IssueCode::TooLarge: return tr("the file is %1, over the import limit of %2; not imported");
    case IssueCode::EncodingConverted: return tr("converted from %1 to UTF-8");
    case IssueCode::UndeclaredLegacyEncoding:
        return tr(
            "the file is not UTF-8; it looks like %1, which it does not declare; convert it to UTF-8 (e.g. iconv -f "
            "windows-1256 -t utf-8) or declare the encoding in the XML declaration");
    case IssueCode::InvalidUtf8: return tr("invalid UTF-8 byte sequence (the file must be UTF-8)");
    case IssueCode::Utf8Repaired: return tr("invalid UTF-8: %1 byte sequence(s) replaced by U+FFFD, the first here");
    case IssueCode::UnknownFormat: return tr("unknown corpus format");
    case IssueCode::OutOfMemory: return tr("out of memory while importing");
    case IssueCode::ImportFailed: return tr("import failed: %1");
    case IssueCode::EmptyWord: return tr("empty word before the tag column; line skipped");
    case IssueCode::OneColumn: return tr("expected `word TAG` or `word<TAB>TAG`, found one column; tagged O");
    case IssueCode::ExtraColumns:
        return tr("%1 columns; only the first tag column (column 2) is used, the rest are ignored (reported once)");
    case IssueCode::MisspelledLabel:
        return tr("malformed tag \"%1\" for word \"%2\" (label \"%3\" looks like a misspelling of \"%4\"); read as %5");
    case IssueCode::SuspiciousLabel:
        return tr("suspicious tag \"%1\" for word \"%2\": label \"%3\" looks like a misspelling of one of %4; kept");
    case IssueCode::MalformedTag: return tr("malformed tag \"%1\" for word \"%2\"; read as %3");
    case IssueCode::Iob1Tagging:
        return tr("IOB1 tagging (entities start with I-, B- only separates adjacent entities); read as IOB2");
    case IssueCode::OrphanInside: return tr("I- tag without a preceding B- or I- of the same type; read as B-");
    case IssueCode::NulByte: return tr("a NUL byte (XML allows none); replaced by U+FFFD");
    case IssueCode::BadCharacterReference:
        return tr("character reference %1 is not a character XML allows (NUL, a surrogate, past U+10FFFF or a control "
                  "character); replaced by U+FFFD");
    case IssueCode::TextOutsideText: return tr("text \"%1\" outside any <text>; ignored");
    case IssueCode::MarkupInText: return tr("markup <%1> inside <text> removed; its text is kept");
    case IssueCode::UnexpectedElement: return tr("unexpected element <%1>, expected %2; ignored");
    case IssueCode::MissingAttributeFallback: return tr("<%1> has no '%2' attribute; using \"%3\"");
    case IssueCode::SentenceWithoutId: return tr("<sentence> has no 'id' attribute; sentence skipped");
    case IssueCode::SentenceWithoutText: return tr("<sentence id=\"%1\"> has no <text>; sentence skipped");
    case IssueCode::BadEntity: return tr("<Entity> needs a label and offsets 0 <= from < to <= %1; entity skipped");
    case IssueCode::MissingAttributeOpinionSkipped: return tr("<%1> has no '%2' attribute; opinion skipped");
    case IssueCode::UnknownPolarity:
        return tr("unknown polarity \"%1\" (expected positive, negative, neutral or conflict); opinion skipped");
    case IssueCode::NullTargetOffsets: return tr("NULL target with offsets other than 0; offsets set to 0");
    case IssueCode::EmptyTarget: return tr("empty target; opinion skipped");
    case IssueCode::MissingAttribute: return tr("<%1> has no '%2' attribute");
    case IssueCode::NotNonNegativeInteger: return tr("'%1' is \"%2\", expected a non-negative integer");
    case IssueCode::OffsetsOutsideSentence: return tr("offsets %1-%2 are outside the sentence text (%3 characters)");
    case IssueCode::TargetMismatch: return tr("target \"%1\" does not match the text at %2-%3 (\"%4\")");
    case IssueCode::TargetPlaced: return tr("target \"%1\" placed at its occurrence %2-%3");
    case IssueCode::TargetNotFound: return tr("target \"%1\" does not occur in the sentence; opinion skipped");
    case IssueCode::NotWellFormedXml: return tr("not well-formed XML: %1");
    case IssueCode::DoctypeIgnored: return tr("DOCTYPE ignored: entities it declares are never expanded");
    case IssueCode::NoRootElement: return tr("no root element");
    case IssueCode::WrongRootElement:
        return tr("root element is <%1>, expected <Reviews> (SemEval 2015/2016) or <sentences> (SemEval 2014)");
    case IssueCode::TextAfterRoot: return tr("text after the root element; ignored");
    case IssueCode::SecondRootIgnored: return tr("a second root element <%1> after <%2>; ignored");
    case IssueCode::SecondRootRead:
        return tr("a second root element <%1> (two files joined into one?); read as part of the corpus");
    case IssueCode::InvalidJsonLine: return tr("not valid JSON (%1); line skipped");
    case IssueCode::LineSkipped: return tr("%1; line skipped");
    case IssueCode::UnexpectedJsonValue: return tr("unexpected value (%1); line skipped");
    case IssueCode::InvalidJson: return tr("not valid JSON (%1)");
    case IssueCode::JsonArray:
        return tr(
            "this is a JSON array (a doccano JSON export), not JSON Lines; reading its %1 element(s) as documents");
    case IssueCode::BadLabel: return tr("label %1 is not [start, end, \"LABEL\"] with non-negative offsets; ignored");
    case IssueCode::SpanOutsideText: return tr("span %1-%2 is outside the text (%3 characters); ignored");
    case IssueCode::DocumentLabels: return tr("document-level labels (text classification) are not kept");
    case IssueCode::MoreOfAKind:
        return tr("%1 more warnings like \"%2\" from here on (only the first %3 of a kind are listed)");
    case IssueCode::Count: break;
    }
    return QStringLiteral("%1");
}

QString IssueText::message(IssueCode code, const std::vector<std::string> &args)
{
    if (code == IssueCode::Other)
        return args.empty() ? QString() : QString::fromStdString(args.front());
    // One pass over the wording, as core fills its template: an argument holding "%2" stays as it is.
    const QString text = wording(code);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int n = i + 1 < text.size() ? text[i + 1].digitValue() - 1 : -1;
        if (text[i] == QLatin1Char('%') && n >= 0 && static_cast<std::size_t>(n) < args.size()) {
            out += isolated(args[static_cast<std::size_t>(n)]);
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

QString IssueText::message(const ImportIssue &issue)
{
    if (issue.code == IssueCode::Other)
        return QString::fromStdString(issue.message);
    return message(issue.code, issue.args);
}

QString IssueText::located(const ImportIssue &issue)
{
    QString where = QFileInfo(QString::fromStdString(issue.file)).fileName();
    if (issue.line > 0) {
        where += QLatin1Char(':') + QString::number(issue.line);
        if (issue.column > 0)
            where += QLatin1Char(':') + QString::number(issue.column);
    }
    return ltr(where) + QStringLiteral(": ") + message(issue);
}

} // namespace mizan::ui
