#include "baseline/categorymodel.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <set>

#include "baseline/categoryeval.h"
#include "baseline/categorynets.h"
#include "baseline/groupbatches.h"
#include "common/errortext.h"
#include "common/utf8.h"
#include "corpus/categoryview.h"

namespace mizan {
namespace {

using baseline::SentimentFeatures;

struct SentenceExample {
    std::vector<std::int64_t> bag;
    std::vector<float> gold;  // multi-hot over the categories
};

// A target or pair example: its own bags (features.sentence left empty) and the index of its
// sentence in Examples::sentences, whose bag is held once for all the sentence's examples.
struct HeldExample {
    SentimentFeatures features;
    std::size_t sentence = 0;
};

struct Examples {
    std::vector<SentenceExample> sentences;
    std::vector<HeldExample> targets;  // label = category index
    std::vector<HeldExample> pairs;    // label = polarity index
};

const std::vector<std::int64_t> kHeldApart;  // an example's sentence bag, held in Examples::sentences

// The polarity a (sentence, category) pair's opinions agree on, or -1 (none, conflict, mixed).
std::int64_t pairPolarity(const Sentence &s, const std::string &category, const std::vector<std::string> &labels)
{
    std::int64_t found = -1;
    for (const Opinion &o : s.opinions) {
        if (o.category != category)
            continue;
        const auto it = std::find(labels.begin(), labels.end(), polarityName(o.polarity));
        const std::int64_t label = it == labels.end() ? -2 : it - labels.begin();
        if (label < 0 || (found >= 0 && found != label))
            return -1;
        found = label;
    }
    return found;
}

Examples buildExamples(const CategoryModel::Impl &m, const std::vector<const Sentence *> &sentences)
{
    Examples ex;
    std::map<std::string, std::int64_t> index;
    for (std::size_t c = 0; c < m.labels.size(); ++c)
        index[m.labels[c]] = static_cast<std::int64_t>(c);
    for (const Sentence *s : sentences) {
        if (!s)
            continue;
        const baseline::UnitSentence us = baseline::prepareSentence(s->text);
        SentenceExample se{m.hasher.sentenceFeatures(us.wordForms), std::vector<float>(m.labels.size(), 0.f)};
        if (se.bag.empty())
            continue;
        const std::vector<std::string> categories = sentenceCategories(*s);
        for (const std::string &c : categories) {
            se.gold[static_cast<std::size_t>(index.at(c))] = 1.f;
            if (const std::int64_t p = pairPolarity(*s, c, m.polarityLabels); p >= 0) {
                ex.pairs.push_back({m.pairFeatures(us, kHeldApart, c), ex.sentences.size()});
                ex.pairs.back().features.label = p;
            }
        }
        for (const TargetCategory &t : targetCategories(*s)) {
            ex.targets.push_back(
                {baseline::sentimentFeatures(m.hasher, us, t.from, t.to, m.options.window, &kHeldApart),
                 ex.sentences.size()});
            ex.targets.back().features.label = index.at(t.category);
        }
        ex.sentences.push_back(std::move(se));
    }
    return ex;
}

// Sets the torch intra-op thread count for the duration of a call, then restores it.
struct ThreadCount {
    explicit ThreadCount(int threads) : saved(torch::get_num_threads())
    {
        if (threads > 0)
            torch::set_num_threads(threads);
    }
    ~ThreadCount() { torch::set_num_threads(saved); }
    int saved;
};

// One loss for a batch of `part` (0 sentences, 1 targets, 2 pairs).
torch::Tensor batchLoss(CategoryNetImpl &net, const Examples &ex, int part, const std::vector<std::size_t> &idx)
{
    if (part == 0) {
        std::vector<const std::vector<std::int64_t> *> bags;
        std::vector<float> gold;
        for (std::size_t i : idx) {
            bags.push_back(&ex.sentences[i].bag);
            gold.insert(gold.end(), ex.sentences[i].gold.begin(), ex.sentences[i].gold.end());
        }
        const auto logits = net.sentenceLogits(bags);
        return torch::binary_cross_entropy_with_logits(logits, torch::tensor(gold).view(logits.sizes()));
    }
    const auto &items = part == 1 ? ex.targets : ex.pairs;
    std::vector<const std::vector<std::int64_t> *> sentences;  // the batch's distinct sentences
    std::map<std::size_t, std::int64_t> row;
    std::vector<const SentimentFeatures *> batch;
    std::vector<std::int64_t> sentenceOf, labels;
    for (std::size_t i : idx) {
        const auto [at, fresh] = row.emplace(items[i].sentence, static_cast<std::int64_t>(sentences.size()));
        if (fresh)
            sentences.push_back(&ex.sentences[items[i].sentence].bag);
        sentenceOf.push_back(at->second);
        batch.push_back(&items[i].features);
        labels.push_back(items[i].features.label);
    }
    const auto logits = net.heldLogits(part == 1 ? net.targetOut : net.pairOut, sentences, sentenceOf, batch);
    return torch::nn::functional::cross_entropy(logits, torch::tensor(labels, torch::kLong));
}

// Epochs of the three parts' batches, interleaved in a shuffled order. False when stopped.
bool trainNet(CategoryNetImpl &net, const Examples &ex, const CategoryOptions &o, const BaselineProgressFn &progress,
              const std::atomic<bool> *stop)
{
    std::mt19937_64 rng(o.seed);
    torch::optim::Adagrad opt(net.parameters(), torch::optim::AdagradOptions(o.lr));
    const std::size_t bs = static_cast<std::size_t>(std::max(1, o.batchSize));
    std::vector<std::size_t> groupOf[3] = {std::vector<std::size_t>(ex.sentences.size()), {}, {}};
    std::iota(groupOf[0].begin(), groupOf[0].end(), std::size_t{0});
    for (int part = 1; part < 3; ++part)
        for (const HeldExample &h : part == 1 ? ex.targets : ex.pairs)
            groupOf[part].push_back(h.sentence);
    net.train();
    for (int epoch = 1; epoch <= o.epochs; ++epoch) {
        std::vector<std::pair<int, std::vector<std::size_t>>> steps;
        // A target's or pair's group is its sentence, pooled once per batch (groupbatches.h).
        for (int part = 0; part < 3; ++part)
            for (std::vector<std::size_t> &idx : baseline::groupBatches(groupOf[part], bs, rng))
                steps.emplace_back(part, std::move(idx));
        std::shuffle(steps.begin(), steps.end(), rng);
        double total = 0.0;
        for (const auto &[part, idx] : steps) {
            if (stop && stop->load(std::memory_order_relaxed))
                return false;
            opt.zero_grad();
            torch::Tensor loss = batchLoss(net, ex, part, idx);
            loss.backward();
            opt.step();
            total += loss.item<double>();
        }
        if (progress)
            progress({"categories", epoch, o.epochs, steps.empty() ? 0.0 : total / static_cast<double>(steps.size())});
    }
    net.eval();
    return true;
}

// 15% of the sentences (seeded shuffle, at least one) held out from the other 85%.
std::pair<std::vector<const Sentence *>, std::vector<const Sentence *>> holdOut(
    const std::vector<const Sentence *> &sentences, std::uint64_t seed)
{
    std::vector<std::size_t> order(sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::mt19937_64 rng(seed ^ 0x5eedc0deULL);
    std::shuffle(order.begin(), order.end(), rng);
    const std::size_t held = sentences.size() < 2 ? 0 : std::max<std::size_t>(1, sentences.size() * 15 / 100);
    std::vector<bool> isHeld(sentences.size(), false);
    for (std::size_t i = 0; i < held; ++i)
        isHeld[order[i]] = true;
    std::pair<std::vector<const Sentence *>, std::vector<const Sentence *>> out;
    for (std::size_t i = 0; i < sentences.size(); ++i)
        (isHeld[i] ? out.second : out.first).push_back(sentences[i]);
    return out;
}

BaselinePolarity polarityFrom(const torch::Tensor &logits, const std::vector<std::string> &labels)
{
    const auto probs = torch::softmax(logits, 1)[0].to(torch::kDouble);
    BaselinePolarity p;
    p.label = labels.at(static_cast<std::size_t>(probs.argmax().item<std::int64_t>()));
    for (std::size_t c = 0; c < labels.size(); ++c)
        p.scores.emplace_back(labels[c], probs[static_cast<std::int64_t>(c)].item<double>());
    return p;
}

} // namespace

CategoryModel::CategoryModel() = default;
CategoryModel::~CategoryModel() = default;
CategoryModel::CategoryModel(CategoryModel &&) noexcept = default;
CategoryModel &CategoryModel::operator=(CategoryModel &&) noexcept = default;
CategoryModel::CategoryModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Result<CategoryModel> CategoryModel::train(const std::vector<const Sentence *> &sentences,
                                           const CategoryOptions &options, const BaselineProgressFn &progress,
                                           const std::atomic<bool> *stop)
{
    if (options.buckets <= 0 || options.dim <= 0)
        return Status(ErrorCode::InvalidArgument, "categories: bucket count and dimension must be positive");
    std::vector<const Sentence *> present;
    for (const Sentence *s : sentences)
        if (s)
            present.push_back(s);
    const std::vector<std::string> labels = categoryLabels(present);
    if (labels.empty())
        return Status(ErrorCode::InvalidArgument, "categories: no opinion has a category");
    try {
        ThreadCount threads(options.threads);
        CategoryOptions o = options;
        CategoryThresholdChoice choice{o.threshold, 0.0, 0};
        if (o.threshold < 0.0) {
            auto [inner, held] = holdOut(present, o.seed);
            choice = CategoryThresholdChoice{};
            if (!inner.empty() && !held.empty()) {
                auto first = fit(inner, labels, o, {}, stop);
                if (!first)
                    return Status(ErrorCode::Cancelled, "category training cancelled");
                choice = thresholdOnHeldOut(CategoryModel(std::move(first)), held);
            }
            o.threshold = choice.threshold;
        }
        auto impl = fit(present, labels, o, progress, stop);
        if (!impl)
            return Status(ErrorCode::Cancelled, "category training cancelled");
        impl->thresholdChoice = choice;
        return CategoryModel(std::move(impl));
    } catch (const std::exception &e) {
        return Status(ErrorCode::Internal, std::string("category training failed: ") + errorText(e));
    }
}

std::unique_ptr<CategoryModel::Impl> CategoryModel::fit(const std::vector<const Sentence *> &sentences,
                                                        const std::vector<std::string> &labels,
                                                        const CategoryOptions &options,
                                                        const BaselineProgressFn &progress,
                                                        const std::atomic<bool> *stop)
{
    torch::manual_seed(options.seed);
    auto impl = std::make_unique<Impl>();
    impl->build(options, labels, {"positive", "negative", "neutral"});
    const Examples ex = buildExamples(*impl, sentences);
    if (!trainNet(*impl->net, ex, options, progress, stop))
        return nullptr;
    return impl;
}

CategoryThresholdChoice CategoryModel::thresholdOnHeldOut(const CategoryModel &model,
                                                          const std::vector<const Sentence *> &held)
{
    std::vector<std::vector<ScoredCategory>> scores;
    std::vector<std::vector<std::string>> gold, carried;
    for (const Sentence *s : held) {
        scores.push_back(model.sentenceScores(s->text));
        gold.push_back(sentenceCategories(*s));
        // As predictions assemble slot 1: the sentence categories plus its targets' (here the
        // gold target spans, each with the category the model gives it).
        carried.emplace_back();
        for (const Opinion &o : s->opinions)
            if (!o.isNull && o.to > o.from)
                if (auto c = model.predictTarget(s->text, o.from, o.to))
                    carried.back().push_back(c->category);
    }
    return chooseCategoryThreshold(scores, gold, carried);
}

std::vector<ScoredCategory> CategoryModel::sentenceScores(const std::string &text) const
{
    std::vector<ScoredCategory> out;
    if (!m_impl)
        return out;
    torch::NoGradGuard noGrad;
    ThreadCount threads(m_impl->options.threads);
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    const std::vector<std::int64_t> bag = m_impl->hasher.sentenceFeatures(us.wordForms);
    if (bag.empty())
        return out;
    const auto probs = torch::sigmoid(m_impl->net->sentenceLogits({&bag}))[0].to(torch::kDouble);
    for (std::size_t c = 0; c < m_impl->labels.size(); ++c)
        out.push_back({m_impl->labels[c], probs[static_cast<std::int64_t>(c)].item<double>()});
    return out;
}

std::vector<ScoredCategory> CategoryModel::predictSentence(const std::string &text) const
{
    std::vector<ScoredCategory> out;
    for (ScoredCategory &c : sentenceScores(text))
        if (c.score >= m_impl->options.threshold)
            out.push_back(std::move(c));
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
    return out;
}

Result<std::vector<ScoredCategory>> CategoryModel::targetScores(const std::string &text, std::size_t start,
                                                                std::size_t end) const
{
    if (!m_impl)
        return Status(ErrorCode::InvalidArgument, "categories: empty model");
    if (start >= end || end > utf8::length(text))
        return Status(ErrorCode::InvalidArgument, "categories: target span " + std::to_string(start) + "-" +
                                                      std::to_string(end) + " is empty or outside the text");
    torch::NoGradGuard noGrad;
    ThreadCount threads(m_impl->options.threads);
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    const SentimentFeatures f = baseline::sentimentFeatures(m_impl->hasher, us, start, end, m_impl->options.window);
    const auto probs = torch::softmax(m_impl->net->targetLogits({&f}), 1)[0].to(torch::kDouble).contiguous();
    std::vector<ScoredCategory> out;
    for (std::size_t i = 0; i < m_impl->labels.size(); ++i)
        out.push_back({m_impl->labels[i], probs[std::int64_t(i)].item<double>()});
    return out;
}

Result<ScoredCategory> CategoryModel::predictTarget(const std::string &text, std::size_t start, std::size_t end) const
{
    auto scores = targetScores(text, start, end);
    if (!scores)
        return scores.status();
    return *std::max_element(scores->begin(), scores->end(),
                             [](const ScoredCategory &a, const ScoredCategory &b) { return a.score < b.score; });
}

Result<BaselinePolarity> CategoryModel::predictPairPolarity(const std::string &text, const std::string &category) const
{
    if (!m_impl || std::find(m_impl->labels.begin(), m_impl->labels.end(), category) == m_impl->labels.end())
        return Status(ErrorCode::InvalidArgument, "categories: unknown category \"" + category + "\"");
    torch::NoGradGuard noGrad;
    ThreadCount threads(m_impl->options.threads);
    const baseline::UnitSentence us = baseline::prepareSentence(text);
    const SentimentFeatures f = m_impl->pairFeatures(us, m_impl->hasher.sentenceFeatures(us.wordForms), category);
    return polarityFrom(m_impl->net->pairLogits({&f}), m_impl->polarityLabels);
}

std::vector<CategorizedOpinion> CategoryModel::predictOpinions(
    const std::string &text, const std::vector<std::pair<std::size_t, std::size_t>> &targets) const
{
    std::vector<CategorizedOpinion> out;
    if (!m_impl)
        return out;
    std::set<std::string> carried;
    // predictTarget for each target and predictPairPolarity for each category, with the
    // sentence prepared, hashed and pooled once (per target it was quadratic on a long line).
    torch::NoGradGuard noGrad;
    ThreadCount threads(m_impl->options.threads);
    const CategoryModel::Impl::PooledSentence sentence = m_impl->poolSentence(text);
    for (const auto &[start, end] : targets) {
        if (start >= end || end > sentence.us.text.size())
            continue;  // predictTarget refuses it
        const auto probs =
            torch::softmax(m_impl->targetLogits(sentence, start, end), 1)[0].to(torch::kDouble).contiguous();
        std::size_t best = 0;
        for (std::size_t i = 1; i < m_impl->labels.size(); ++i)
            if (probs[std::int64_t(best)].item<double>() < probs[std::int64_t(i)].item<double>())
                best = i;
        carried.insert(m_impl->labels[best]);
        out.push_back({false, start, end, m_impl->labels[best], probs[std::int64_t(best)].item<double>(), {}});
    }
    for (const ScoredCategory &c : predictSentence(text)) {
        if (!carried.count(c.category))
            out.push_back({true, 0, 0, c.category, c.score,
                           polarityFrom(m_impl->pairLogits(sentence, c.category), m_impl->polarityLabels)});
    }
    return out;
}

const std::vector<std::string> &CategoryModel::labels() const
{
    static const std::vector<std::string> none;
    return m_impl ? m_impl->labels : none;
}

const std::vector<std::string> &CategoryModel::polarityLabels() const
{
    static const std::vector<std::string> none;
    return m_impl ? m_impl->polarityLabels : none;
}

const CategoryThresholdChoice &CategoryModel::thresholdChoice() const
{
    static const CategoryThresholdChoice none;
    return m_impl ? m_impl->thresholdChoice : none;
}

const CategoryOptions &CategoryModel::options() const
{
    static const CategoryOptions defaults;
    return m_impl ? m_impl->options : defaults;
}

bool CategoryModel::isValid() const { return m_impl != nullptr; }

} // namespace mizan
