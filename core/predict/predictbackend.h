#pragma once
// INTERNAL to core/predict: one kind of loaded model behind the Predictor, chosen at load
// (transformerbackend.h: a multi-task checkpoint, with its ensemble; baselinebackend.h: a
// linear baseline folder). Raw text in, offsets in code points of the raw text out.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "baseline/categorymodel.h"
#include "common/result.h"
#include "corpus/corpus.h"
#include "eval/evalreport.h"
#include "eval/metrictypes.h"
#include "predict/predictor.h"
#include "tasks/taskdata.h"

namespace mizan {

// A task the model answers: its name, kind and labels (in the head's order).
struct ModelTask {
    std::string name;
    TaskKind kind = TaskKind::Tagging;
    std::vector<std::string> labels;
};

using ErrorsByTask = std::map<std::string, std::vector<PredictionError>>;

class PredictBackend {
public:
    virtual ~PredictBackend() = default;

    // "transformer" or "baseline" (the "model_kind" of an evaluation).
    virtual const char *kind() const = 0;
    virtual const std::vector<ModelTask> &tasks() const = 0;
    // Entities and targets (with polarity) of valid UTF-8 text. May throw (the Predictor
    // turns exceptions into a Status).
    virtual Prediction predict(const std::string &raw) const = 0;
    // Polarity and scores of the given targets of `raw`; none without a sentiment task.
    virtual Status classifyTargets(const std::string &raw, std::vector<PredictedTarget> &targets) const = 0;
    // The "tasks" part of an evaluation on annotated sentences; `errors` (optional) gets
    // every wrong prediction by task.
    virtual Result<TaskReports> scoreTasks(const std::vector<const Sentence *> &sentences,
                                              ErrorsByTask *errors) const = 0;

    // The aspect-category model answering with this one (the baseline's categories.json, in
    // its own folder or beside the transformer's run); null when there is none.
    const CategoryModel *categories() const { return m_categories.isValid() ? &m_categories : nullptr; }
    // Whether addCategories() gives categories: a linear category model, or (transformer) a
    // category head.
    virtual bool hasCategories() const { return categories() != nullptr; }
    // Gives each of p's targets its category and score and sets p.sentenceOpinions (the
    // sentence categories no target carries, with their polarity); nothing without
    // categories. By default from the linear category model (categorizer.h). May throw.
    virtual void addCategories(Prediction &p) const;

protected:
    // Loads `dir`'s category model when the folder has one (categorizer.cpp); a folder without
    // one is fine, a broken one fails naming the file.
    Status loadCategories(const std::string &dir);

    CategoryModel m_categories;
};

} // namespace mizan
