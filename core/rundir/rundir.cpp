#include "rundir/rundir.h"

#include "common/problem.h"

#include <filesystem>

namespace mizan {

std::string bestModelDir(const std::string &outDir)
{
    return (std::filesystem::path(outDir) / "model").string();
}

std::string lastStateDir(const std::string &outDir)
{
    return (std::filesystem::path(outDir) / "last").string();
}

std::string baselineDir(const std::string &outDir)
{
    return (std::filesystem::path(outDir) / "baseline").string();
}

bool isBaselineDir(const std::string &dir)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(std::filesystem::path(dir) / "baseline.json", ec);
}

std::vector<std::string> runBaselineCandidates(const std::string &modelDir)
{
    const std::filesystem::path dir(modelDir);
    return {(dir / "baseline").string(), (dir.parent_path() / "baseline").string()};
}

std::string findRunBaseline(const std::string &modelDir)
{
    for (const std::string &candidate : runBaselineCandidates(modelDir))
        if (isBaselineDir(candidate))
            return candidate;
    return {};
}

Result<std::string> resolveModelDir(const std::string &dir)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_regular_file(fs::path(dir) / "labels.json", ec) || isBaselineDir(dir))
        return dir;
    const fs::path nested = fs::path(dir) / "model";
    if (fs::is_regular_file(nested / "labels.json", ec) || isBaselineDir(nested.string()))
        return nested.string();
    return Result<std::string>(ErrorCode::NotFound, problemMessage({ProblemCode::NotAModel, {dir, nested.string()}}));
}

nlohmann::json textSettingsToJson(const TextSettings &s)
{
    return {{"normalizer", s.encoder.normalizer},
            {"split_clitics", s.encoder.splitClitics},
            {"mark_target", s.markTarget},
            {"max_length", s.maxLength},
            {"first_piece_labels", s.encoder.firstPieceLabels}};
}

TextSettings textSettingsFromJson(const nlohmann::json &training)
{
    TextSettings s;
    if (!training.is_object() || !training.contains("text") || !training["text"].is_object())
        return s;
    const auto &t = training["text"];
    s.encoder.normalizer = t.value("normalizer", s.encoder.normalizer);
    s.encoder.splitClitics = t.value("split_clitics", s.encoder.splitClitics);
    s.markTarget = t.value("mark_target", s.markTarget);
    s.encoder.firstPieceLabels = t.value("first_piece_labels", s.encoder.firstPieceLabels);
    s.maxLength = t.value("max_length", s.maxLength);
    return s;
}

} // namespace mizan
