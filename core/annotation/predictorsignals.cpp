#include "annotation/predictorsignals.h"


#include "common/utf8.h"
#include "rundir/rundir.h"

namespace mizan {
namespace {

std::vector<double> probabilities(const PredictedTarget &t)
{
    std::vector<double> out;
    for (const auto &[label, p] : t.scores)
        out.push_back(p);
    return out;
}

// The linear baseline of a model folder: the folder itself when it is one, else the run's.
std::string findBaseline(const std::string &modelDir)
{
    return isBaselineDir(modelDir) ? modelDir : findRunBaseline(modelDir);
}

} // namespace

PredictorSignals::~PredictorSignals() = default;

Result<std::unique_ptr<PredictorSignals>> PredictorSignals::load(const std::string &modelDir, int threads)
{
    using R = Result<std::unique_ptr<PredictorSignals>>;
    PredictorOptions options;
    options.device = "cpu";
    options.threads = threads;
    auto predictor = Predictor::load(modelDir, options);
    if (!predictor)
        return R(predictor.status());
    std::unique_ptr<PredictorSignals> s(new PredictorSignals());
    s->m_predictor = std::move(*predictor);
    const std::string baselineDir = findBaseline(s->m_predictor->modelDir());
    if (!baselineDir.empty()) {
        auto b = BaselineModel::load(baselineDir);
        if (!b)
            return R(b.status());
        s->m_baseline = std::make_unique<BaselineModel>(std::move(*b));
        s->m_baselineSignals = std::make_unique<BaselineSignals>(*s->m_baseline);
    }
    return R(std::move(s));
}

const std::string &PredictorSignals::modelDir() const { return m_predictor->modelDir(); }

bool PredictorSignals::hasMarginals() const { return m_baselineSignals && m_baselineSignals->hasMarginals(); }

Result<SentenceSignals> PredictorSignals::signals(const std::string &text) const
{
    auto p = m_predictor->predict(text);
    if (!p)
        return p.status();
    SentenceSignals s;
    for (const PredictedTarget &t : p->targets) {
        s.spanPosteriors.push_back(t.score);
        if (!t.scores.empty())
            s.polarity.push_back(probabilities(t));
    }
    for (const PredictedEntity &e : p->entities)
        s.spanPosteriors.push_back(e.score);
    const std::size_t length = utf8::length(text);
    if (s.polarity.empty() && length > 0) {
        auto whole = m_predictor->predict(text, {{0, length}});
        if (whole.ok())
            for (const PredictedTarget &t : whole->targets)
                if (!t.scores.empty())
                    s.polarity.push_back(probabilities(t));
    }
    if (m_baselineSignals) {
        auto b = m_baselineSignals->signals(text);
        if (b.ok()) {
            s.marginals = std::move(b->marginals);
            s.outsideIndex = b->outsideIndex;
        }
    }
    return s;
}

} // namespace mizan
