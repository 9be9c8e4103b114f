// mizan export: a trained model's encoder in another layout (Hugging Face BERT).
#include <iostream>

#include "commands.h"
#include "predict/exporter.h"

namespace mizan::cli {

void addExportCommand(CLI::App &app)
{
    struct Options {
        std::string model, format = "hf", out;
    };
    auto opts = std::make_shared<Options>();
    CLI::App *cmd = app.add_subcommand("export", "Export a trained model's encoder (Hugging Face BERT layout)");
    cmd->add_option("--model", opts->model, "A trained model (mizan train --out DIR, or DIR/model)")->required();
    cmd->add_option("--format", opts->format, "Output layout")->check(CLI::IsMember({"hf"}));
    cmd->add_option("--out", opts->out, "Output directory (replaced atomically)")->required();
    cmd->callback([opts] {
        Status st = exportModel(opts->model, opts->format, opts->out);
        if (!st) {
            std::cerr << "mizan export: " << st.message() << '\n';
            throw CLI::RuntimeError(1);
        }
        std::cout << opts->out << '\n';
    });
}

} // namespace mizan::cli
