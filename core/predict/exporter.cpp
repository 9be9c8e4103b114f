#include "predict/exporter.h"
#include "common/errortext.h"

#include <torch/torch.h>

#include "common/outputdir.h"
#include "model/checkpoint.h"
#include "rundir/rundir.h"

namespace mizan {

Status exportModel(const std::string &modelDir, const std::string &format, const std::string &outDir)
{
    if (format != "hf")
        return Status(ErrorCode::Unsupported, "export format '" + format + "' is not supported (expected hf)");
    if (Status st = checkOutputDir(outDir, {modelDir}); !st)  // before anything is loaded
        return st;
    auto dir = resolveModelDir(modelDir);
    if (!dir)
        return dir.status();
    if (Status st = checkOutputDir(outDir, {*dir}); !st)
        return st;
    try {
        auto loaded = loadCheckpoint(*dir, torch::Device(torch::kCPU));
        if (!loaded)
            return loaded.status();
        auto files = loaded->files.tokenizerFiles;
        files["mizan_heads.json"] = headSpecsToJson(loaded->info.heads);  // for reference; not read by transformers
        // The text settings the encoder was trained with, so `mizan train --encoder DIR`
        // feeds it text cleaned and split the same way.
        const auto training = nlohmann::json::parse(loaded->files.trainingJson, nullptr, false);
        if (!training.is_discarded())
            files["mizan_text.json"] = textSettingsToJson(textSettingsFromJson(training)).dump(2);
        return exportHfEncoder(outDir, *loaded->model, files);
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, std::string("export: ") + errorText(e));
    }
}

} // namespace mizan
