// mizan: the headless face of Mizan Studio. Does on a server what the studio does on a desk.
#include <iostream>
#include <string>

#include "commands.h"
#include "common/errortext.h"
#include "runtime/runtimeinfo.h"

namespace {

// CLI11 reads "-1" into an unsigned option as 2^64 - 1 (--top -1, --seed -5): every unsigned
// option of every command refuses a negative value by name instead.
void refuseNegativeUnsigned(CLI::App &app)
{
    const CLI::Validator nonNegative(
        [](std::string &value) {
            const std::size_t first = value.find_first_not_of(" \t");
            return first != std::string::npos && value[first] == '-'
                       ? "expected a number >= 0, found " + value
                       : std::string();
        },
        "NONNEGATIVE");
    for (CLI::Option *opt : app.get_options())
        if (opt->get_type_name().rfind("UINT", 0) == 0)
            opt->check(nonNegative);
    for (CLI::App *sub : app.get_subcommands({}))
        refuseNegativeUnsigned(*sub);
}

} // namespace

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
    mizan::cli::addVectorsCommand(app);
    refuseNegativeUnsigned(app);

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
