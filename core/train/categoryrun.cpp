#include "train/categoryrun.h"

#include "baseline/categoryeval.h"
#include "corpus/categoryview.h"
#include "train/jobguard.h"

namespace mizan {

CategoryRun runBaselineCategories(const std::vector<const Sentence *> &train, const std::vector<const Sentence *> &dev,
                                  const BaselineModel *targets, const BaselineOptions &options, const std::string &dir,
                                  const std::atomic<bool> *stop)
{
    CategoryRun run;
    if (categoryLabels(train).empty())
        return run;
    CategoryOptions co;
    co.seed = options.seed;
    co.threads = options.threads;
    auto model = CategoryModel::train(train, co, {}, stop);
    if (!model)
        throw JobError(model.status().code(), "baseline categories: " + model.error());
    if (Status st = model->save(dir); !st)
        throw JobError(st.code(), "baseline categories: " + st.message());
    run.trained = true;
    if (dev.empty())
        return run;
    const CategoryScores scores = evaluateCategories(*model, targets, dev);
    run.report = CategoryReport{};
    run.report->scores = scores;
    run.summary = " categories slot-1 F1 " + std::to_string(scores.slot1.f1) + ", slot 1+2 F1 " +
                  std::to_string(scores.slot12.f1);
    return run;
}

} // namespace mizan
