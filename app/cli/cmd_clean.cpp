// mizan clean: shows what the text pipeline makes of Arabic text: raw, normalised, stemmed,
// and (with --json) every token with its code-point range in the raw text.
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "stdinlines.h"
#include "common/utf8.h"
#include "text/textpipeline.h"

namespace mizan::cli {
namespace {

struct CleanOptions {
    std::string preset = "light";
    std::string stem = "isri";
    bool json = false;
    bool clitics = false;
    std::vector<std::string> text;
};

// Writes one JSON object for `p`, token by token, so that a very long line never holds a
// JSON tree of all its tokens in memory at once.
void writeJson(std::ostream &out, const ProcessedText &p)
{
    using Json = nlohmann::ordered_json;
    auto str = [](const std::string &s) { return Json(s).dump(); };
    out << "{\"raw\":" << str(p.raw) << ",\"normalized\":" << str(p.normalized.text)
        << ",\"stemmed\":" << str(p.stemmed) << ",\"tokens\":[";
    bool first = true;
    for (const ProcessedToken &t : p.tokens) {
        Json j = {{"text", t.raw}, {"start", t.range.start}, {"end", t.range.end},
                  {"norm", t.norm}, {"stem", t.stem}, {"kind", tokenKindName(t.kind)}};
        if (!t.clitics.empty()) {
            Json cl = Json::array();
            for (const Clitic &c : t.clitics)
                cl.push_back({{"kind", cliticKindName(c.kind)}, {"start", c.range.start}, {"end", c.range.end}});
            j["clitics"] = std::move(cl);
        }
        out << (first ? "" : ",") << j.dump();
        first = false;
    }
    out << "]}\n";
}

// Processes one input line; `where` names it in error messages ("<stdin>:12").
void cleanOne(TextPipeline &pipeline, const std::string &text, const std::string &where, bool json)
{
    if (const auto bad = utf8::findInvalid(text)) {
        std::cerr << "mizan clean: " << where << ":" << (bad->codePoint + 1) << ": invalid UTF-8 (byte 0x"
                  << std::hex << static_cast<int>(static_cast<unsigned char>(text[bad->byteOffset])) << std::dec
                  << " at byte " << bad->byteOffset << " of the line): expected UTF-8 text\n";
        throw CLI::RuntimeError(2);
    }
    auto result = pipeline.process(text);
    if (!result.ok()) {
        std::cerr << "mizan clean: " << where << ": " << result.error() << '\n';
        throw CLI::RuntimeError(2);
    }
    if (json) {
        writeJson(std::cout, *result);
    } else {
        std::cout << "raw:        " << result->raw << '\n'
                  << "normalized: " << result->normalized.text << '\n'
                  << "stemmed:    " << result->stemmed << "\n\n";
    }
}

void runClean(const CleanOptions &o)
{
    const auto preset = NormalizerOptions::preset(o.preset);
    if (!preset) {
        std::cerr << "mizan clean: unknown preset '" << o.preset << "' (expected none, light or search)\n";
        throw CLI::RuntimeError(2);
    }
    const auto stemmer = parseStemmerKind(o.stem);
    if (!stemmer) {
        std::cerr << "mizan clean: unknown stemmer '" << o.stem << "' (expected isri, snowball or none)\n";
        throw CLI::RuntimeError(2);
    }
    TextPipelineOptions po;
    po.normalizer = *preset;
    po.stemmer = *stemmer;
    po.splitClitics = o.clitics;
    TextPipeline pipeline(po);
    std::ios::sync_with_stdio(false);

    const bool fromStdin = o.text.empty() || (o.text.size() == 1 && o.text[0] == "-");
    if (!fromStdin) {
        std::string joined;
        for (const std::string &t : o.text)
            joined += (joined.empty() ? "" : " ") + t;
        cleanOne(pipeline, joined, "argument", o.json);
        return;
    }
    const std::size_t skipped = forEachStdinLine("mizan clean", [&](std::string &line, const std::string &where) {
        cleanOne(pipeline, line, where, o.json);
    });
    if (skipped > 0)
        throw CLI::RuntimeError(1);
}

} // namespace

void addCleanCommand(CLI::App &app)
{
    auto opts = std::make_shared<CleanOptions>();
    CLI::App *cmd = app.add_subcommand(
        "clean", "Normalise and stem Arabic text: prints raw, normalised and stemmed text (one record per input line)");
    cmd->add_option("--preset", opts->preset, "Normalisation preset: none, light, search")
        ->capture_default_str()
        ->check(CLI::IsMember({"none", "light", "search"}));
    cmd->add_option("--stem", opts->stem, "Stemmer: isri, snowball, none")
        ->capture_default_str()
        ->check(CLI::IsMember({"isri", "snowball", "none"}));
    cmd->add_flag("--json", opts->json,
                  "One JSON object per input line: raw, normalized, stemmed, tokens [{text,start,end,norm,stem}] "
                  "(start/end: code points into raw)");
    cmd->add_flag("--clitics", opts->clitics, "Report the proclitics و ف ب ك ل ال of each word as sub-spans");
    cmd->add_option("text", opts->text, "Text to clean (arguments are joined by spaces); '-' or nothing reads stdin");
    cmd->callback([opts] { runClean(*opts); });
}

} // namespace mizan::cli
