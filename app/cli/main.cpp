// mizan: the headless face of Mizan Studio. Does on a server what the studio does on a desk.
#include <iostream>

#include "commands.h"
#include "common/errortext.h"

int main(int argc, char **argv)
{
    CLI::App app{"mizan: Arabic corpus, training and prediction tool (Mizan Studio, headless)", "mizan"};
    app.set_version_flag("--version", std::string("mizan ") + MIZAN_VERSION);
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
