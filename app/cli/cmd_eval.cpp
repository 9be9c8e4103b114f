// mizan eval: scores a trained model on corpus files.
#include <fstream>
#include <iomanip>
#include <sstream>
#include <iostream>

#include "commands.h"
#include "predict/predictor.h"

namespace mizan::cli {
namespace {

struct EvalOptions {
    std::string model, device = "auto", errorsPath;
    std::vector<std::string> test;
    bool json = false, devSplit = false;
    int threads = 1;
    double blendWeight = -1, voteWeight = -1;
};

std::string num(const nlohmann::json &j, const char *key)
{
    if (!j.contains(key) || !j[key].is_number())
        return "-";
    std::ostringstream o;
    o << std::fixed << std::setprecision(4) << j[key].get<double>();
    return o.str();
}

void printTasks(const nlohmann::json &tasksJson)
{
    for (const auto &[name, m] : tasksJson.items()) {
        const std::string kind = m.value("kind", "");
        std::cout << name << " (" << kind << ")";
        if (kind == "target_sentiment" || kind == "classification") {
            std::cout << ": accuracy " << num(m, "accuracy") << "  macro-F1 " << num(m, "macro_f1") << '\n';
            if (m.contains("ensemble"))
                std::cout << "    (blended with the linear baseline, weight " << num(m["ensemble"], "baseline_weight")
                          << "; the transformer alone: accuracy " << num(m["ensemble"]["transformer_only"], "accuracy")
                          << "  macro-F1 " << num(m["ensemble"]["transformer_only"], "macro_f1") << ")\n";
            if (m.contains("per_class"))
                for (const auto &[label, prf] : m["per_class"].items())
                    std::cout << "    " << std::setw(10) << std::left << label << " P " << num(prf, "precision")
                              << "  R " << num(prf, "recall") << "  F1 " << num(prf, "f1") << "  n "
                              << prf.value("support", 0) << '\n';
        } else {
            std::cout << ": P " << num(m, "precision") << "  R " << num(m, "recall") << "  F1 " << num(m, "f1");
            if (kind == "tagging")
                std::cout << "  (exact spans)  token accuracy " << num(m, "token_accuracy");
            std::cout << '\n';
            if (m.contains("ensemble"))
                std::cout << "    (spans decoded by the linear baseline's CRF with the transformer's evidence, weight "
                          << num(m["ensemble"], "transformer_weight")
                          << "; the transformer alone: P " << num(m["ensemble"]["transformer_only"], "precision")
                          << "  R " << num(m["ensemble"]["transformer_only"], "recall") << "  F1 "
                          << num(m["ensemble"]["transformer_only"], "f1") << ")\n";
            if (m.contains("per_label") && m["per_label"].size() > 1)
                for (const auto &[label, prf] : m["per_label"].items())
                    std::cout << "    " << std::setw(10) << std::left << label << " P " << num(prf, "precision")
                              << "  R " << num(prf, "recall") << "  F1 " << num(prf, "f1") << '\n';
        }
    }
}

void printPlain(const nlohmann::json &result)
{
    std::cout << "model " << result["model"].get<std::string>() << " (" << result.value("model_kind", "") << "), "
              << result["sentences"].get<std::size_t>() << " sentences (" << result["split"].get<std::string>()
              << ")\n";
    printTasks(result["tasks"]);
    if (result.contains("baseline")) {
        std::cout << "\nlinear baseline " << result["baseline"]["model"].get<std::string>() << ":\n";
        printTasks(result["baseline"]["tasks"]);
        std::cout << "\nmodel / baseline:";
        for (const auto &[task, metrics] : result["model_vs_baseline"].items())
            for (const auto &[k, v] : metrics.items())
                std::cout << "  " << task << " " << k << " " << std::fixed << std::setprecision(3) << v.get<double>() << "x";
        std::cout << '\n';
    }
}

void runEval(const EvalOptions &o)
{
    PredictorOptions po;
    po.device = o.device;
    po.threads = o.threads;
    po.blendWeight = o.blendWeight;
    po.voteWeight = o.voteWeight;
    auto predictor = Predictor::load(o.model, po);
    if (!predictor) {
        std::cerr << "mizan eval: " << predictor.error() << '\n';
        throw CLI::RuntimeError(1);
    }
    std::map<std::string, std::vector<PredictionError>> errors;
    auto result = (*predictor)->evaluate(o.test, o.devSplit, o.errorsPath.empty() ? nullptr : &errors);
    if (!result) {
        std::cerr << "mizan eval: " << result.error() << '\n';
        throw CLI::RuntimeError(1);
    }
    if (!o.errorsPath.empty()) {
        nlohmann::json all = nlohmann::json::object();
        for (const auto &[task, errs] : errors) {
            all[task] = nlohmann::json::array();
            for (const auto &e : errs) {
                nlohmann::json j = {{"sentence_id", e.sentenceId}, {"gold", e.gold}, {"predicted", e.predicted}};
                if (e.hasSpan) {
                    j["start"] = e.start;
                    j["end"] = e.end;
                }
                all[task].push_back(j);
            }
        }
        std::ofstream out(o.errorsPath);
        out << all.dump(1) << '\n';
        if (!out) {
            std::cerr << "mizan eval: cannot write " << o.errorsPath << '\n';
            throw CLI::RuntimeError(1);
        }
    }
    if (o.json)
        std::cout << result->dump(2) << '\n';
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
    addDeviceOption(cmd, opts->device);
    cmd->add_option("--threads", opts->threads, "CPU threads")->check(CLI::Range(1, 256));
    addEnsembleWeightOptions(cmd, opts->blendWeight, opts->voteWeight);
    cmd->callback([opts] { runEval(*opts); });
}

} // namespace mizan::cli
