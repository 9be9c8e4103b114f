// mizan encode: runs a BERT encoder (a Hugging Face folder or a Mizan checkpoint) on one text or
// text pair and prints the hidden states, so parity with Hugging Face can be checked from
// outside.
#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "model/textencoder.h"

namespace mizan::cli {
namespace {

struct EncodeOptions {
    std::string modelDir;
    std::string pair;
    bool hasPair = false;
    bool json = false;
    bool verbose = false;
    std::string text;
};

void runEncode(const EncodeOptions &o)
{
    auto encoder = TextEncoder::open(o.modelDir);
    if (!encoder) {
        std::cerr << "mizan encode: " << encoder.error() << '\n';
        throw CLI::RuntimeError(2);
    }
    for (const auto &note : hfEncoderNotes(encoder->info()))
        std::cerr << "mizan encode: " << note << '\n';
    if (o.verbose)
        for (const auto &name : encoder->ignoredTensors())
            std::cerr << "mizan encode: ignored tensor " << name << '\n';
    auto enc = encoder->encode(o.text, o.hasPair ? &o.pair : nullptr);
    if (!enc) {
        std::cerr << "mizan encode: " << (o.hasPair ? "text or --pair: " : "text: ") << enc.error() << '\n';
        throw CLI::RuntimeError(2);
    }
    if (o.json) {
        nlohmann::ordered_json j{{"tokens", enc->tokens},
                                 {"input_ids", enc->inputIds},
                                 {"token_type_ids", enc->tokenTypeIds},
                                 {"last_hidden_state", enc->lastHiddenState},
                                 {"pooler_output", enc->poolerOutput}};
        std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
        return;
    }
    const auto &cfg = encoder->info().config;
    std::cout << enc->inputIds.size() << " tokens x hidden " << cfg.hiddenSize << " (" << cfg.numLayers << " layers)\n";
    for (std::size_t i = 0; i < enc->inputIds.size(); ++i) {
        std::cout << i << '\t' << enc->tokens[i] << '\t' << enc->inputIds[i] << '\t' << enc->tokenTypeIds[i] << '\t';
        const auto &row = enc->lastHiddenState[i];
        for (std::size_t k = 0; k < row.size() && k < 4; ++k)
            std::cout << (k ? " " : "") << row[k];
        std::cout << (row.size() > 4 ? " ...\n" : "\n");
    }
}

} // namespace

void addEncodeCommand(CLI::App &app)
{
    auto opts = std::make_shared<EncodeOptions>();
    CLI::App *cmd = app.add_subcommand("encode", "Run a BERT encoder on a text (or pair) and print its hidden states");
    cmd->add_option("--model", opts->modelDir,
                    "Hugging Face BERT folder (config.json, vocab.txt, model.safetensors) or Mizan checkpoint")
        ->required();
    cmd->add_option("--pair", opts->pair, "Second text of a sentence pair (token_type_ids 1)")
        ->each([opts](const std::string &) { opts->hasPair = true; });
    cmd->add_flag("--json", opts->json,
                  "Print {\"input_ids\", \"token_type_ids\", \"last_hidden_state\", \"pooler_output\"} as JSON");
    cmd->add_flag("--verbose", opts->verbose, "List checkpoint tensors that are not part of the encoder");
    cmd->add_option("text", opts->text, "The text to encode")->required();
    cmd->callback([opts] { runEncode(*opts); });
}

} // namespace mizan::cli
