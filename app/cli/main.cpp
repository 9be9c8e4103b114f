// mizan: the headless face of Mizan Studio. Does on a server what the studio does on a desk.
#include <iostream>

#include "commands.h"
#include "common/errortext.h"
#include "runtime/runtimeinfo.h"

int main(int argc, char **argv)
{
    CLI::App app{"mizan: Arabic corpus, training and prediction tool (Mizan Studio, headless)", "mizan"};
    // --version: Mizan, libtorch, the BLAS actually loaded and CUDA (what a bug report needs).
    app.set_version_flag("--version", [] {
        std::string text = mizan::runtimeInfoText(mizan::runtimeInfo());
        text.pop_back();
        return text;
    });
    // The reference BLAS makes every matrix product ~18x slower: say so before any work.
    if (const std::string warning = mizan::blasWarning(mizan::detectBlas()); !warning.empty())
        std::cerr << "mizan: " << warning << '\n';
    app.require_subcommand(1);
    mizan::cli::addCleanCommand(app);
    mizan::cli::addTokenizeCommand(app);
    mizan::cli::addStatsCommand(app);
    mizan::cli::addEncodeCommand(app);
    mizan::cli::addBaselineCommand(app);
    mizan::cli::addTrainCommand(app);
    mizan::cli::addEvalCommand(app);
    mizan::cli::addPredictCommand(app);
    mizan::cli::addExportCommand(app);
    mizan::cli::addPretrainCommand(app);
    mizan::cli::addAgreeCommand(app);
    mizan::cli::addRankCommand(app);


    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        return app.exit(e);
    } catch (const std::exception &e) {
        std::cerr << "mizan: " << mizan::errorText(e) << '\n';
        return 1;
    }
    return 0;
}
