#include "corpus/corpusio.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <tuple>
#include <new>
#include <nlohmann/json.hpp>

#include "common/atomicfile.h"
#include "common/errortext.h"
#include "common/jsontext.h"
#include "common/utf8.h"
#include "corpus/exportcheck.h"
#include "corpus/formats.h"
#include "corpus/sourceencoding.h"

namespace mizan {
namespace {

namespace fs = std::filesystem;

std::string lowerExtension(const std::string &path)
{
    std::string ext = fs::path(path).extension().string();
    for (char &c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

CorpusFormat jsonlFlavor(std::string_view head)
{
    // Only the first line decides; a header line or a document object names Mizan JSONL.
    const std::size_t eol = head.find_first_of("\r\n");
    nlohmann::json j;
    JsonError error;
    if (parseJson(head.substr(0, eol), j, error) && j.is_object() &&
        (j.contains("mizan_corpus") || j.contains("sentences")))
        return CorpusFormat::JsonlMizan;
    return CorpusFormat::JsonlDoccano;
}

std::string sizeText(std::size_t bytes)
{
    return bytes >= (1u << 20) ? std::to_string(bytes >> 20) + " MB" : std::to_string(bytes) + " bytes";
}

std::vector<std::string> tooLarge(std::size_t size, std::size_t limit)
{
    return {sizeText(size), sizeText(limit)};
}

// Replaces invalid UTF-8 by U+FFFD; returns how many sequences were replaced.
std::size_t repairUtf8(std::string &data)
{
    std::size_t count = 0;
    std::string out;
    out.reserve(data.size());
    std::string_view rest(data);
    while (auto bad = utf8::findInvalid(rest)) {
        out.append(rest.substr(0, bad->byteOffset));
        out += "\xEF\xBF\xBD";
        ++count;
        rest.remove_prefix(bad->byteOffset + 1);
        while (!rest.empty() && (static_cast<unsigned char>(rest[0]) & 0xC0) == 0x80)
            rest.remove_prefix(1);
    }
    out.append(rest);
    data.swap(out);
    return count;
}

// A BOM or XML declaration naming another encoding than UTF-8: convert (and say so).
void decodeSource(std::string &data, detail::ImportContext &ctx)
{
    if (data.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        data.erase(0, 3);
        return;
    }
    const std::string encoding = detail::declaredEncoding(data);
    if (encoding.empty())
        return;
    Result<std::string> converted = detail::convertToUtf8(data, encoding);
    if (!converted)
        ctx.fatal({1, 1}, IssueCode::Other, {converted.error()});
    data = std::move(*converted);
    ctx.note({1, 1}, IssueCode::EncodingConverted, {encoding});
}

} // namespace

CorpusFormat detectFormat(const std::string &path, std::string_view head)
{
    const std::string ext = lowerExtension(path);
    if (ext == ".xml")
        return CorpusFormat::SemEvalXml;
    const std::size_t start = head.find_first_not_of(" \t\r\n");
    const char first = start == std::string_view::npos ? '\0' : head[start];
    if (ext == ".jsonl" || ext == ".json" || first == '{' || first == '[')
        return jsonlFlavor(head.substr(start == std::string_view::npos ? head.size() : start));
    if (first == '<')
        return CorpusFormat::SemEvalXml;
    return CorpusFormat::Conll;
}

ImportResult importCorpusData(std::string data, const std::string &name, const ImportOptions &options)
{
    ImportResult result;
    result.corpus.sourcePath = name;
    detail::ImportContext ctx(name, options.strict, result.report);
    try {
        if (data.empty())
            ctx.fatal({}, IssueCode::EmptyFile);
        if (data.size() > options.maxBytes)
            ctx.fatal({}, IssueCode::TooLarge, tooLarge(data.size(), options.maxBytes));
        decodeSource(data, ctx);
        if (auto bad = utf8::findInvalid(data)) {
            ctx.setText(data);
            const TextPosition pos = ctx.at(bad->byteOffset);
            if (const std::string legacy = detail::guessLegacyEncoding(data); !legacy.empty())
                ctx.fatal(pos, IssueCode::UndeclaredLegacyEncoding, {legacy});
            if (options.strict)
                ctx.fatal(pos, IssueCode::InvalidUtf8);
            const std::size_t count = repairUtf8(data);
            ctx.note(pos, IssueCode::Utf8Repaired, {std::to_string(count)});
        }
        ctx.setText(data);
        CorpusFormat format = options.format;
        if (format == CorpusFormat::Unknown)
            format = detectFormat(name, std::string_view(data).substr(0, 1 << 16));
        result.corpus.format = format;
        switch (format) {
        case CorpusFormat::SemEvalXml:
            detail::readSemEvalXml(data, ctx, result.corpus);
            break;
        case CorpusFormat::Conll:
            detail::readConll(data, ctx, result.corpus);
            break;
        case CorpusFormat::JsonlDoccano:
        case CorpusFormat::JsonlMizan:
            detail::readJsonl(data, format, ctx, result.corpus);
            break;
        case CorpusFormat::Unknown:
            ctx.fatal({}, IssueCode::UnknownFormat);
        }
    } catch (const detail::ImportStopped &) {
        result.ok = false;
    } catch (const std::bad_alloc &) {
        result.report.add(Severity::Error, name, 0, 0, IssueCode::OutOfMemory, {});
        result.ok = false;
    } catch (const std::exception &e) {
        result.report.add(Severity::Error, name, 0, 0, IssueCode::ImportFailed, {errorText(e)});
        result.ok = false;
    }
    ctx.finish();
    // Readers that decide after a first pass (CoNLL's IOB1 check) report late: list every
    // problem in file order.
    std::stable_sort(result.report.issues.begin(), result.report.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    if (!result.ok) {
        std::string keepPath = std::move(result.corpus.sourcePath);
        result.corpus = Corpus{};
        result.corpus.sourcePath = std::move(keepPath);
    }
    return result;
}

ImportResult importCorpus(const std::string &path, const ImportOptions &options)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (!ec && size > options.maxBytes) {
        ImportResult result;
        result.ok = false;
        result.corpus.sourcePath = path;
        result.report.add(Severity::Error, path, 0, 0, IssueCode::TooLarge,
                          tooLarge(static_cast<std::size_t>(size), options.maxBytes));
        return result;
    }
    Result<std::string> data = readFile(path, options.maxBytes);
    if (!data) {
        ImportResult result;
        result.ok = false;
        result.corpus.sourcePath = path;
        result.report.error(path, 0, 0, data.error());
        return result;
    }
    return importCorpusData(std::move(*data), path, options);
}

Status exportCorpus(const Corpus &corpus, const std::string &path, CorpusFormat format)
{
    format = resolveExportFormat(corpus, path, format);
    std::string data;
    try {
        switch (format) {
        case CorpusFormat::SemEvalXml: data = detail::writeSemEvalXml(corpus); break;
        case CorpusFormat::Conll: data = detail::writeConll(corpus); break;
        case CorpusFormat::JsonlDoccano:
        case CorpusFormat::JsonlMizan: data = detail::writeJsonl(corpus, format); break;
        case CorpusFormat::Unknown:
            return Status(ErrorCode::InvalidArgument, path + ": cannot tell which format to write");
        }
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, path + ": export failed: " + errorText(e));
    }
    return writeFileAtomic(path, data);
}

} // namespace mizan
