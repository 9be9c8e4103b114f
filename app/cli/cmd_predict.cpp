// mizan predict: entities and targets with polarity for new text.
#include <iostream>

#include "commands.h"
#include "common/resources.h"
#include "stdinlines.h"
#include "common/utf8.h"
#include "predict/predictor.h"
#include "commandsetup.h"

namespace mizan::cli {
namespace {

struct PredictOptions {
    std::string model;
    std::vector<std::string> texts;
    bool json = false;
    PredictorFlags predictor;
};

void printPlain(const Prediction &p)
{
    std::cout << p.text << '\n';
    for (const auto &t : p.targets) {
        std::cout << "  target [" << t.start << ", " << t.end << ") " << t.text;
        if (!t.polarity.empty())
            std::cout << "  " << t.polarity << " (" << t.scores.at(t.polarity) << ")";
        if (!t.category.empty())
            std::cout << "  " << t.category << " (" << t.categoryScore << ")";
        std::cout << '\n';
    }
    for (const auto &e : p.entities)
        std::cout << "  " << e.label << " [" << e.start << ", " << e.end << ") " << e.text << "  (" << e.score << ")\n";
    for (const auto &o : p.sentenceOpinions) {  // NULL target: the category is about the sentence
        std::cout << "  sentence " << o.category << " (" << o.score << ")";
        if (!o.polarity.empty())
            std::cout << "  " << o.polarity << " (" << o.scores.at(o.polarity) << ")";
        std::cout << '\n';
    }
}

void runPredict(const PredictOptions &o)
{
    std::string modelDir = o.model;
    if (modelDir.empty()) {
        modelDir = defaultModelDir();
        if (modelDir.empty()) {
            std::cerr << "mizan predict: no --model given and no default model installed (looked for "
                         "models/default under "
                      << resourceRoots().front() << " and the other resource folders)\n";
            throw CLI::RuntimeError(1);
        }
        std::cerr << "mizan predict: using the default model (" << defaultModelDescription() << ") at " << modelDir
                  << "; pass --model to use your own\n";
    }
    const std::unique_ptr<Predictor> predictor = loadPredictor(modelDir, o.predictor, "predict");
    auto handle = [&](const std::string &text, const std::string &where) {
        auto p = predictor->predict(text);
        if (!p) {
            std::cerr << "mizan predict: " << where << ": " << p.error() << '\n';
            throw CLI::RuntimeError(1);
        }
        if (o.json)
            std::cout << predictionToJson(*p).dump() << '\n';
        else
            printPlain(*p);
    };
    const bool fromStdin = o.texts.empty() || (o.texts.size() == 1 && o.texts[0] == "-");
    if (!fromStdin) {
        for (std::size_t i = 0; i < o.texts.size(); ++i)
            handle(o.texts[i], "argument " + std::to_string(i + 1));
        return;
    }
    const std::size_t skipped = forEachStdinLine("mizan predict", [&](std::string &line, const std::string &where) {
        if (auto bad = utf8::findInvalid(line)) {
            std::cerr << "mizan predict: " << where << ":" << bad->codePoint + 1
                      << ": invalid UTF-8 (byte " << bad->byteOffset << " of the line); expected UTF-8 text\n";
            throw CLI::RuntimeError(1);
        }
        handle(line, where);
    });
    if (skipped > 0)
        throw CLI::RuntimeError(1);
}

} // namespace

void addPredictCommand(CLI::App &app)
{
    auto opts = std::make_shared<PredictOptions>();
    CLI::App *cmd = app.add_subcommand(
        "predict", "Targets with polarity and entities for new text (offsets in code points of the raw text)");
    cmd->add_option("--model", opts->model,
                    "A trained model (mizan train --out DIR, or DIR/model); default: the shipped "
                    "model (hotel reviews, trained on SemEval-2016)");
    cmd->add_flag("--json", opts->json, "One JSON object per input");
    addPredictorOptions(cmd, opts->predictor);
    cmd->add_option("text", opts->texts, "Texts to analyse; - or nothing: one per stdin line");
    cmd->callback([opts] { runPredict(*opts); });
}

} // namespace mizan::cli
