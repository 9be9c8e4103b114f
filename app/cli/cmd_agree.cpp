// mizan agree A B [C...] [--json]: inter-annotator agreement between annotations of the same
// sentences (any format Mizan reads): span F1 of each annotation against another (exact and
// overlap), polarity agreement (percent, Cohen's kappa, Krippendorff's alpha, multi-kappa for
// three or more) and the same for aspect categories, plus the disagreements. Exit status 0,
// 1 when a file cannot be read, 2 on a usage error.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "annotation/agreement.h"
#include "commands.h"
#include "common/utf8.h"
#include "corpus/corpusio.h"

namespace mizan::cli {
namespace {

using Json = nlohmann::ordered_json;

struct AgreeOptions {
    std::vector<std::string> paths;
    bool json = false;
    std::size_t maxDisagreements = 20;
};

Json optionalJson(const std::optional<double> &v) { return v ? Json(*v) : Json(nullptr); }

Json prfJson(const Prf &p)
{
    return {{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1}, {"support", p.support}};
}

Json spansJson(const SpanAgreement &s)
{
    Json perLabel = Json::object();
    for (const auto &[label, prf] : s.exactByLabel)
        perLabel[label] = {{"exact", prfJson(prf)}, {"overlap", prfJson(s.overlapByLabel.at(label))}};
    return {{"count_a", s.countA},     {"count_b", s.countB},         {"exact_matches", s.exactMatches},
            {"overlap_matches", s.overlapMatches}, {"exact", prfJson(s.exact)}, {"overlap", prfJson(s.overlap)},
            {"per_label", perLabel}};
}

Json labelsJson(const PairAgreement &p)
{
    return {{"items", p.items},         {"agreed", p.agreed},       {"percent_agreement", p.percentAgreement},
            {"cohen_kappa", optionalJson(p.kappa)}, {"labels", p.labels}, {"confusion", p.confusion}};
}

Json disagreementJson(const Disagreement &d)
{
    Json j = {{"sentence", d.sentenceId}, {"layer", d.layer}, {"kind", disagreementKindName(d.kind)}};
    const bool spans = d.layer != "categories";
    if (!d.valueA.empty())
        j["a"] = spans ? Json{{"start", d.startA}, {"end", d.endA}, {"value", d.valueA}} : Json{{"value", d.valueA}};
    if (!d.valueB.empty())
        j["b"] = spans ? Json{{"start", d.startB}, {"end", d.endB}, {"value", d.valueB}} : Json{{"value", d.valueB}};
    return j;
}

Json reportJson(const AgreementReport &r)
{
    Json pairs = Json::array();
    for (const AnnotatorPair &p : r.pairs) {
        Json dis = Json::array();
        for (const Disagreement &d : p.disagreements)
            dis.push_back(disagreementJson(d));
        pairs.push_back({{"a", r.names[p.a]},
                         {"b", r.names[p.b]},
                         {"sentences", p.sentences},
                         {"targets", spansJson(p.targets)},
                         {"polarity", labelsJson(p.polarity)},
                         {"entities", spansJson(p.entities)},
                         {"categories", spansJson(p.categories)},
                         {"category_polarity", labelsJson(p.categoryPolarity)},
                         {"disagreements", dis}});
    }
    return {{"annotations", r.names},
            {"sentences", r.alignment.rows.size()},
            {"warnings", r.alignment.warnings},
            {"polarity", {{"items", r.polarityItems},
                          {"krippendorff_alpha", optionalJson(r.polarityAlpha)},
                          {"multi_kappa", optionalJson(r.polarityMultiKappa)}}},
            {"category_polarity", {{"items", r.categoryItems},
                                   {"krippendorff_alpha", optionalJson(r.categoryPolarityAlpha)},
                                   {"multi_kappa", optionalJson(r.categoryPolarityMultiKappa)}}},
            {"pairs", pairs}};
}

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

std::string num(const std::optional<double> &v) { return v ? num(*v) : std::string("undefined"); }

void printSpans(const char *title, const SpanAgreement &s)
{
    std::cout << "  " << title << ": A " << s.countA << ", B " << s.countB << "; exact P " << num(s.exact.precision)
              << " R " << num(s.exact.recall) << " F1 " << num(s.exact.f1) << "; overlap F1 " << num(s.overlap.f1)
              << '\n';
    if (s.exactByLabel.size() > 1)
        for (const auto &[label, prf] : s.exactByLabel)
            std::cout << "    " << label << ": exact F1 " << num(prf.f1) << ", overlap F1 "
                      << num(s.overlapByLabel.at(label).f1) << " (A " << prf.support << ")\n";
}

void printLabels(const char *title, const PairAgreement &p)
{
    std::cout << "  " << title << " (" << p.items << " items both labelled): agreement " << num(p.percentAgreement)
              << ", Cohen's kappa " << num(p.kappa) << '\n';
    if (p.items == 0)
        return;
    std::cout << "    A \\ B";
    for (const std::string &l : p.labels)
        std::cout << "  " << l;
    std::cout << '\n';
    for (std::size_t i = 0; i < p.labels.size(); ++i) {
        std::cout << "    " << p.labels[i] << ':';
        for (std::size_t c : p.confusion[i])
            std::cout << "  " << c;
        std::cout << '\n';
    }
}

// "[start,end) "text" " for a span of the reference's sentence text, "" for categories.
std::string spanText(const Disagreement &d, const std::string &text, std::size_t start, std::size_t end)
{
    if (d.layer == "categories")
        return {};
    return "[" + std::to_string(start) + "," + std::to_string(end) + ") \"" + utf8::substr(text, start, end) + "\" ";
}

void printDisagreement(const Disagreement &d, const std::string &textA, const std::string &textB)
{
    std::cout << "    " << d.sentenceId << "  " << d.layer << "  " << disagreementKindName(d.kind) << ":";
    if (!d.valueA.empty())
        std::cout << " A " << spanText(d, textA, d.startA, d.endA) << d.valueA;
    if (!d.valueB.empty())
        std::cout << " B " << spanText(d, textB, d.startB, d.endB) << d.valueB;
    std::cout << '\n';
}

void printReport(const AgreementReport &r, std::size_t maxDisagreements)
{
    std::cout << r.alignment.rows.size() << " sentences in " << r.names[0] << " (the reference)\n";
    for (const AnnotatorPair &p : r.pairs) {
        std::cout << "\nA = " << r.names[p.a] << ", B = " << r.names[p.b] << " (" << p.sentences
                  << " sentences in both; B scored against A)\n";
        if (r.hasTargets) {
            printSpans("targets", p.targets);
            printLabels("target polarity", p.polarity);
        }
        if (r.hasEntities)
            printSpans("entities", p.entities);
        if (r.hasCategories) {
            printSpans("categories", p.categories);
            printLabels("category polarity", p.categoryPolarity);
        }
        const std::size_t shown = std::min(maxDisagreements, p.disagreements.size());
        std::cout << "  disagreements: " << p.disagreements.size()
                  << (shown < p.disagreements.size() ? " (first " + std::to_string(shown) + "; --json lists all)" : "")
                  << '\n';
        for (std::size_t i = 0; i < shown; ++i) {
            const auto &row = r.alignment.rows[p.disagreements[i].row];
            printDisagreement(p.disagreements[i], row[p.a]->text, row[p.b]->text);
        }
    }
    std::cout << "\nAll annotators: target polarity Krippendorff's alpha (nominal) " << num(r.polarityAlpha);
    if (r.names.size() >= 3)
        std::cout << ", multi-kappa " << num(r.polarityMultiKappa);
    std::cout << " over " << r.polarityItems << " targets\n";
    if (r.hasCategories) {
        std::cout << "All annotators: category polarity Krippendorff's alpha (nominal) "
                  << num(r.categoryPolarityAlpha);
        if (r.names.size() >= 3)
            std::cout << ", multi-kappa " << num(r.categoryPolarityMultiKappa);
        std::cout << " over " << r.categoryItems << " categories\n";
    }
}

void runAgree(const AgreeOptions &opt)
{
    if (opt.paths.size() < 2) {
        std::cerr << "mizan agree: give at least two annotation files\n";
        throw CLI::RuntimeError(2);
    }
    std::vector<Corpus> corpora;
    std::vector<std::string> names;
    bool failed = false;
    for (const std::string &path : opt.paths) {
        ImportResult r = importCorpus(path);
        for (const ImportIssue &i : r.report.issues)
            std::cerr << i.toString() << '\n';
        failed = failed || !r.ok;
        corpora.push_back(std::move(r.corpus));
        names.push_back(std::filesystem::path(path).filename().string());
    }
    if (failed)
        throw CLI::RuntimeError(1);
    for (std::size_t i = 0; i < names.size(); ++i)  // same file name in two folders: use the paths
        for (std::size_t j = 0; j < names.size(); ++j)
            if (i != j && names[i] == names[j])
                names = opt.paths;
    AgreementInput input;
    input.names = names;
    for (const Corpus &c : corpora)
        input.corpora.push_back(&c);
    Result<AgreementReport> report = computeAgreement(input);
    if (!report.ok()) {
        std::cerr << "mizan agree: " << report.error() << '\n';
        throw CLI::RuntimeError(2);
    }
    for (const std::string &w : report->alignment.warnings)
        std::cerr << "mizan agree: warning: " << w << '\n';
    if (opt.json)
        std::cout << reportJson(*report).dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    else
        printReport(*report, opt.maxDisagreements);
}

} // namespace

void addAgreeCommand(CLI::App &app)
{
    auto opt = std::make_shared<AgreeOptions>();
    CLI::App *cmd = app.add_subcommand("agree", "Inter-annotator agreement between annotations of the same sentences");
    cmd->add_option("ANNOTATION", opt->paths, "Two or more annotation files (the first is the reference)")
        ->required()
        ->expected(2, -1);
    cmd->add_flag("--json", opt->json, "Print one JSON object with every score and every disagreement");
    cmd->add_option("--max-disagreements", opt->maxDisagreements, "Disagreements listed per pair in text output")
        ->capture_default_str();
    cmd->callback([opt] {
        try {
            runAgree(*opt);
        } catch (const CLI::Error &) {
            throw;
        } catch (const std::exception &e) {
            std::cerr << "mizan agree: " << e.what() << '\n';
            throw CLI::RuntimeError(1);
        }
    });
}

} // namespace mizan::cli
