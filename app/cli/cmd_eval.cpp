// mizan eval: scores a trained model on corpus files.
#include <fstream>
#include <iomanip>
#include <map>
#include <sstream>
#include <iostream>

#include "commands.h"
#include "eval/evaljson.h"
#include "eval/evalreportjson.h"
#include "predict/predictor.h"
#include "commandsetup.h"

namespace mizan::cli {
namespace {

struct EvalOptions {
    std::string model, errorsPath;
    std::vector<std::string> test;
    bool json = false, devSplit = false;
    PredictorFlags predictor;
};

std::string num(double v)
{
    std::ostringstream o;
    o << std::fixed << std::setprecision(4) << v;
    return o.str();
}

void printPrf(const std::string &label, const Prf &prf, bool withSupport)
{
    std::cout << "    " << std::setw(10) << std::left << label << " P " << num(prf.precision) << "  R "
              << num(prf.recall) << "  F1 " << num(prf.f1);
    if (withSupport)
        std::cout << "  n " << prf.support;
    std::cout << '\n';
}

void printTask(const ClassificationReport &r)
{
    if (!r.error.empty()) {
        std::cout << ": accuracy -  macro-F1 -\n";
        return;
    }
    const ClassificationMetrics &m = r.metrics;
    std::cout << ": accuracy " << num(m.accuracy) << "  macro-F1 " << num(m.macro.f1) << '\n';
    if (r.ensemble)
        std::cout << "    (blended with the linear baseline, weight " << num(r.ensemble->weight)
                  << "; the transformer alone: accuracy " << num(r.ensemble->accuracy) << "  macro-F1 "
                  << num(r.ensemble->macroF1) << ")\n";
    std::map<std::string, Prf> byLabel;  // in label order, as the JSON lists them
    for (std::size_t i = 0; i < m.labels.size() && i < m.perClass.size(); ++i)
        byLabel[m.labels[i]] = m.perClass[i];
    for (const auto &[label, prf] : byLabel)
        printPrf(label, prf, true);
}

void printTask(const SpanReport &r)
{
    std::cout << ": P " << num(r.micro.precision) << "  R " << num(r.micro.recall) << "  F1 " << num(r.micro.f1);
    if (r.kind == "tagging")
        std::cout << "  (exact spans)  token accuracy " << (r.tokenBio ? num(r.tokenBio->tokenAccuracy) : "-");
    std::cout << '\n';
    if (r.ensemble)
        std::cout << "    (spans decoded by the linear baseline's CRF with the transformer's evidence, weight "
                  << num(r.ensemble->weight) << "; the transformer alone: P " << num(r.ensemble->alone.precision)
                  << "  R " << num(r.ensemble->alone.recall) << "  F1 " << num(r.ensemble->alone.f1) << ")\n";
    if (r.perLabel && r.perLabel->size() > 1)
        for (const auto &[label, prf] : *r.perLabel)
            printPrf(label, prf, false);
}

// Slot 1 (category pairs), then slot 1+2 (category and target together).
void printTask(const CategoryReport &r)
{
    const CategoryScores &c = r.scores;
    std::cout << ": P " << num(c.slot1.precision) << "  R " << num(c.slot1.recall) << "  F1 " << num(c.slot1.f1)
              << "  (slot 1)\n    slot 1+2: P " << num(c.slot12.precision) << "  R " << num(c.slot12.recall)
              << "  F1 " << num(c.slot12.f1) << '\n';
}

void printTasks(const TaskReports &tasks)
{
    for (const auto &[name, report] : tasks)
        std::visit(
            [&name = name](const auto &r) {
                std::cout << name << " (" << r.kind << ")";
                printTask(r);
            },
            report);
}

void printPlain(const EvalReport &result)
{
    std::cout << "model " << result.model << " (" << result.modelKind << "), " << result.sentences << " sentences ("
              << result.split << ")\n";
    printTasks(result.tasks);
    if (result.baseline) {
        std::cout << "\nlinear baseline " << result.baseline->model << ":\n";
        printTasks(result.baseline->tasks);
        std::cout << "\nmodel / baseline:";
        for (const auto &[task, metrics] : result.modelVsBaseline)
            for (const auto &[k, v] : metrics)
                std::cout << "  " << task << " " << k << " " << std::fixed << std::setprecision(3) << v << "x";
        std::cout << '\n';
    }
}

void runEval(const EvalOptions &o)
{
    const std::unique_ptr<Predictor> predictor = loadPredictor(o.model, o.predictor, "eval");
    std::map<std::string, std::vector<PredictionError>> errors;
    auto result = predictor->evaluate(o.test, o.devSplit, o.errorsPath.empty() ? nullptr : &errors);
    if (!result) {
        std::cerr << "mizan eval: " << result.error() << '\n';
        throw CLI::RuntimeError(1);
    }
    if (!o.errorsPath.empty()) {
        nlohmann::json all = nlohmann::json::object();
        for (const auto &[task, errs] : errors)
            all[task] = errorsToJson(errs);
        std::ofstream out(o.errorsPath);
        out << all.dump(1) << '\n';
        if (!out) {
            std::cerr << "mizan eval: cannot write " << o.errorsPath << '\n';
            throw CLI::RuntimeError(1);
        }
    }
    if (o.json)
        std::cout << reportToJson(*result).dump(2) << '\n';
    else
        printPlain(*result);
}

} // namespace

void addEvalCommand(CLI::App &app)
{
    auto opts = std::make_shared<EvalOptions>();
    CLI::App *cmd = app.add_subcommand("eval", "Score a trained model on corpus files");
    cmd->add_option("--model", opts->model, "A trained model (mizan train --out DIR, or DIR/model)")->required();
    cmd->add_option("--test", opts->test, "Corpus files to score on")->required();
    cmd->add_flag("--json", opts->json, "Print the metrics as JSON");
    cmd->add_flag("--dev-split", opts->devSplit,
                  "Score only the documents that training held out (same seed and fraction as the run)");
    cmd->add_option("--errors", opts->errorsPath, "Write every wrong prediction to this JSON file");
    addPredictorOptions(cmd, opts->predictor);
    cmd->callback([opts] { runEval(*opts); });
}

} // namespace mizan::cli
