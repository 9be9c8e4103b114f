// mizan stats CORPUS... [--json]: what the corpora hold (documents, sentences, opinions,
// targets, polarities, categories, entity labels, tokens) and every import warning with its
// file, line and column. Exit status 0 when every file imported (warnings allowed), 1 when
// any file could not be read (unreadable, not well-formed, strict mode hit an error).
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "common/errortext.h"
#include "corpus/corpusio.h"
#include "corpus/corpusstats.h"

namespace mizan::cli {
namespace {

namespace fs = std::filesystem;

struct StatsOptions {
    std::vector<std::string> paths;
    bool json = false;
    bool strict = false;
    std::string format;
};

// The files to read: each path as given, a directory as its regular files (sorted).
std::vector<std::string> expandPaths(const std::vector<std::string> &paths)
{
    std::vector<std::string> files;
    for (const std::string &p : paths) {
        std::error_code ec;
        if (!fs::is_directory(p, ec)) {
            files.push_back(p);
            continue;
        }
        // Never throws: an entry that cannot be inspected (a symlink loop, a dangling link, no
        // permission) is reported and skipped, the other files are read.
        std::vector<std::string> inDir;
        fs::directory_iterator it(p, ec), end;
        if (ec)
            std::cerr << "mizan stats: " << p << ": cannot list the folder: " << ec.message() << '\n';
        for (; !ec && it != end; it.increment(ec)) {
            const fs::path path = it->path();
            std::error_code entryEc;
            const bool regular = it->is_regular_file(entryEc);
            if (entryEc)
                std::cerr << "mizan stats: " << path.string() << ": skipped: " << entryEc.message() << '\n';
            else if (regular && path.filename().string().front() != '.')
                inDir.push_back(path.string());
        }
        if (ec)
            std::cerr << "mizan stats: " << p << ": listing stopped: " << ec.message() << '\n';
        std::sort(inDir.begin(), inDir.end());
        files.insert(files.end(), inDir.begin(), inDir.end());
    }
    return files;
}

nlohmann::ordered_json countsJson(const std::map<std::string, std::size_t> &m)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const auto &[k, v] : m)
        j[k] = v;
    return j;
}

void printCounts(const char *title, const std::map<std::string, std::size_t> &m)
{
    if (m.empty())
        return;
    std::vector<std::pair<std::string, std::size_t>> rows(m.begin(), m.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    std::cout << title << " (" << rows.size() << "):\n";
    for (const auto &[k, v] : rows)
        std::cout << "  " << k << ": " << v << '\n';
}

void runStats(const StatsOptions &opt)
{
    ImportOptions importOptions;
    importOptions.strict = opt.strict;
    if (!opt.format.empty()) {
        std::optional<CorpusFormat> f = parseFormatName(opt.format);
        if (!f) {
            std::cerr << "mizan stats: unknown --format \"" << opt.format
                      << "\" (expected semeval-xml, conll, doccano-jsonl or mizan-jsonl)\n";
            throw CLI::RuntimeError(2);
        }
        importOptions.format = *f;
    }
    const std::vector<std::string> files = expandPaths(opt.paths);
    if (files.empty()) {
        std::cerr << "mizan stats: no files to read\n";
        throw CLI::RuntimeError(2);
    }
    CorpusStats total;
    std::vector<ImportIssue> issues;
    std::size_t failed = 0;
    for (const std::string &file : files) {
        ImportResult r = importCorpus(file, importOptions);
        issues.insert(issues.end(), r.report.issues.begin(), r.report.issues.end());
        for (const ImportIssue &i : r.report.issues)
            if (i.severity == Severity::Error)
                std::cerr << i.toString() << '\n';
        if (!r.ok) {
            ++failed;
            continue;
        }
        const CorpusStats st = computeStats(r.corpus);
        total.add(st);
        if (!opt.json)
            std::cout << file << ": " << formatName(r.corpus.format) << ", " << st.documents << " documents, "
                      << st.sentences << " sentences, " << st.opinions << " opinions, " << st.entityLabels.size()
                      << " entity labels, " << r.report.warningCount() << " warnings\n";
    }
    if (opt.json) {
        nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
        for (const ImportIssue &i : issues)
            warnings.push_back({{"file", i.file},
                                {"line", i.line},
                                {"column", i.column},
                                {"message", i.message},
                                {"severity", i.severity == Severity::Error ? "error" : "warning"}});
        nlohmann::ordered_json j = {{"documents", total.documents},
                                    {"sentences", total.sentences},
                                    {"opinions", total.opinions},
                                    {"explicit_targets", total.explicitTargets},
                                    {"null_targets", total.nullTargets},
                                    {"polarity", countsJson(total.polarity)},
                                    {"categories", countsJson(total.categories)},
                                    {"entity_labels", countsJson(total.entityLabels)},
                                    {"tokens", total.tokens},
                                    {"warnings", std::move(warnings)}};
        std::cout << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    } else {
        std::cout << "\nTotal over " << files.size() - failed << " file(s) read"
                  << (failed ? " (" + std::to_string(failed) + " could not be read)" : std::string()) << ":\n"
                  << "  documents:        " << total.documents << '\n'
                  << "  sentences:        " << total.sentences << '\n'
                  << "  opinions:         " << total.opinions << '\n'
                  << "  explicit targets: " << total.explicitTargets << '\n'
                  << "  NULL targets:     " << total.nullTargets << '\n'
                  << "  tokens:           " << total.tokens << '\n';
        printCounts("Polarity", total.polarity);
        printCounts("Categories", total.categories);
        printCounts("Entity labels", total.entityLabels);
        std::cout << "Warnings and errors (" << issues.size() << "):\n";
        for (const ImportIssue &i : issues)
            std::cout << "  " << i.toString() << '\n';
    }
    if (failed > 0)
        throw CLI::RuntimeError(1);
}

} // namespace

void addStatsCommand(CLI::App &app)
{
    auto opt = std::make_shared<StatsOptions>();
    CLI::App *cmd = app.add_subcommand("stats", "Count what corpus files hold and list import warnings");
    cmd->add_option("CORPUS", opt->paths, "Corpus files or folders (SemEval XML, CoNLL/BIO, JSONL)")
        ->required()
        ->expected(-1);
    cmd->add_flag("--json", opt->json, "Print one JSON object with totals over all files");
    cmd->add_flag("--strict", opt->strict, "Stop reading a file at its first problem");
    cmd->add_option("--format", opt->format, "Read every file as this format (default: detect)");
    cmd->callback([opt] {
        try {
            runStats(*opt);
        } catch (const CLI::Error &) {
            throw;
        } catch (const std::exception &e) {
            std::cerr << "mizan stats: " << errorText(e) << '\n';
            throw CLI::RuntimeError(1);
        }
    });
}

} // namespace mizan::cli
