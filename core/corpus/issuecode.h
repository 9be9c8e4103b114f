#pragma once
// Import problems as a stable code and its arguments. The English message is built here from
// one template per code ("%1".."%9" stand for the arguments); the studio words each code in the
// UI language (ui/corpus/issuetext) and keeps the arguments (names, offsets, values from the
// file) as they are. IssueCode::Other carries text that has no code: its one argument is the
// message.
#include <string>
#include <vector>

namespace mizan {

enum class IssueCode {
    Other,
    // Reading the file (any format)
    EmptyFile,
    TooLarge,
    EncodingConverted,
    UndeclaredLegacyEncoding,
    InvalidUtf8,
    Utf8Repaired,
    UnknownFormat,
    OutOfMemory,
    ImportFailed,
    // CoNLL / BIO
    EmptyWord,
    OneColumn,
    ExtraColumns,
    MisspelledLabel,
    SuspiciousLabel,
    MalformedTag,
    Iob1Tagging,
    OrphanInside,
    // SemEval XML
    NulByte,
    BadCharacterReference,
    TextOutsideText,
    MarkupInText,
    UnexpectedElement,
    MissingAttributeFallback,
    SentenceWithoutId,
    SentenceWithoutText,
    BadEntity,
    MissingAttributeOpinionSkipped,
    UnknownPolarity,
    NullTargetOffsets,
    EmptyTarget,
    MissingAttribute,
    NotNonNegativeInteger,
    OffsetsOutsideSentence,
    TargetMismatch,
    TargetPlaced,
    TargetNotFound,
    NotWellFormedXml,
    DoctypeIgnored,
    NoRootElement,
    WrongRootElement,
    TextAfterRoot,
    SecondRootIgnored,
    SecondRootRead,
    // JSON Lines
    InvalidJsonLine,
    LineSkipped,
    UnexpectedJsonValue,
    InvalidJson,
    JsonArray,
    BadLabel,
    SpanOutsideText,
    DocumentLabels,
    // Any format: warnings of one kind past the listed ones, counted
    MoreOfAKind,
    Count  // not a code: how many there are
};

// The English template of `code`, e.g. "unknown polarity \"%1\" (expected ...); opinion skipped".
const char *issueTemplate(IssueCode code);

// `templateText` with %1..%9 replaced by `args` (a missing argument leaves its %N as it is).
std::string fillTemplate(const std::string &templateText, const std::vector<std::string> &args);

// The English message: fillTemplate(issueTemplate(code), args).
std::string issueMessage(IssueCode code, const std::vector<std::string> &args);

} // namespace mizan
