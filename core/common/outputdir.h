#pragma once
// Output folders that Mizan writes and may later replace (checkpoints, run folders, exports).
// Mizan never deletes what it did not write: before a folder is replaced it must be one that
// Mizan wrote, or empty, or absent.
#include <string>
#include <vector>

#include "common/result.h"

namespace mizan {

// The file that marks a folder as written by Mizan.
constexpr const char *kOutputMarkerName = ".mizan-output";

// Ok when `dir` may be written and replaced as an output folder: it does not exist, is an empty
// folder, or is a folder Mizan wrote (it holds the marker file, or is a checkpoint / export
// with config.json and model.safetensors, or a run folder holding one). Refuses anything that
// is not a folder (a regular file...), a folder of other files, and a folder that is one of
// `inputs`, lies inside one or holds one. Messages start with `dir`.
Status checkOutputDir(const std::string &dir, const std::vector<std::string> &inputs = {});

// Creates `dir` (and its parents) when needed and writes the marker file into it.
Status markOutputDir(const std::string &dir);

} // namespace mizan
