#pragma once
// Where Mizan's shipped resources (presets, sample corpora, the default model) are found, in
// this order: next to the executable (<exe dir>/../share/mizan, so an installed or unpacked
// package finds its own files), then the install prefix it was built for, then the source
// tree's resources/ (a build run in place). One lookup for the CLI and the studio.
#include <string>
#include <vector>

namespace mizan {

// The candidate resource roots in lookup order (they need not exist).
std::vector<std::string> resourceRoots();

// The absolute path of `relative` (e.g. "presets/default.json", "models/default") under the
// first root where it exists, or an empty string when no root has it.
std::string findResource(const std::string &relative);

// The shipped default model (models/default: a linear baseline trained on the SemEval-2016
// Arabic hotel reviews TRAIN file), or empty when this installation has none.
std::string defaultModelDir();

// One line naming the default model for users ("hotel reviews, trained on SemEval-2016").
const char *defaultModelDescription();

} // namespace mizan
