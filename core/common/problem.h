#pragma once
// Errors a user meets outside an import (a model folder that will not load, a training that
// cannot start or stops), as a stable code and its arguments, like the import issues
// (corpus/issuecode). Core's English message for such an error is its code's template filled
// with the arguments ("%1".."%9"); the CLI prints it. The studio gets the message (in a Status
// or the trainer's failed event), finds its code and arguments again with parseProblem, and
// words the code in the UI language (ui/common/problemtext), the arguments (paths, names,
// numbers) kept as they are.
#include <optional>
#include <string>
#include <vector>

namespace mizan {

enum class ProblemCode {
    None,  // no code: the message is all there is
    // Model folders
    NotAModel,           // dir, the nested model folder looked in
    NotAFolder,          // path
    FileMissing,         // folder, file name
    VocabularyMissing,   // folder
    CheckpointVocabularyMissing,  // folder
    CannotOpen,          // path, the system's reason
    ConfigFieldMissing,  // file, field
    ConfigFieldInvalid,  // file, field, what was expected
    TensorMissing,       // weights file, tensor
    TensorShape,         // weights file, tensor, shape, expected shape
    TensorUnexpected,    // weights file, tensor
    VocabularyTooLarge,  // folder, entries in vocab.txt, config's vocab_size
    // Training
    CorpusUnreadable,     // path, the first problem (English, may be empty)
    TaskNotAvailable,     // task
    NothingToLearn,       // (none)
    TaskWithoutExamples,  // task
    BaselineNoData,       // (none)
    OutOfMemory,          // (none)
    OutOfMemoryAtStep,    // "GPU " or "", step, sequences, pieces, batch size, max length
    DeviceOutOfMemory,    // the device's account (after "CUDA out of memory")
    TrainingCancelled,    // what was trained ("baseline", "category")
    Count                 // not a code: how many there are
};

struct Problem {
    ProblemCode code = ProblemCode::None;
    std::vector<std::string> args;
};

// The English template of `code`, e.g. "%1: no %2".
const char *problemTemplate(ProblemCode code);

// `templateText` with %1..%9 replaced by `args` (a missing argument leaves its %N as it is).
// (Also declared by corpus/issuecode.h, whose templates it fills too.)
std::string fillTemplate(const std::string &templateText, const std::vector<std::string> &args);

// The English message: fillTemplate(problemTemplate(p.code), p.args) (CorpusUnreadable
// without a first problem ends after the path).
std::string problemMessage(const Problem &p);

// The code and arguments of a message built by problemMessage, also after the prefixes core's
// jobs put before a step's error ("resume: ", "baseline: ", "vocabulary: ", "torch: ");
// nothing for any other message.
std::optional<Problem> parseProblem(const std::string &message);

} // namespace mizan
