#include "train/pretrainer.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

#include "common/ignorelabel.h"
#include "common/outputdir.h"
#include "corpus/corpusfiles.h"
#include "corpus/corpusio.h"
#include "model/checkpoint.h"
#include "model/multitaskmodel.h"
#include "rundir/rundir.h"
#include "runtime/cputhreads.h"
#include "runtime/device.h"
#include "train/batching.h"
#include "train/encodersetup.h"
#include "train/foreachadamw.h"
#include "train/jobguard.h"
#include "train/mlmdata.h"
#include "train/paramgroups.h"
#include "train/schedule.h"
#include "train/timebudget.h"

namespace mizan {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

EventTime now() { return std::chrono::system_clock::now(); }

constexpr std::size_t kLossWindow = 50;  // updates averaged into the summary's last loss

} // namespace

struct Pretrainer::Impl {
    PretrainParams m_params;
    TrainObserver *m_observer = nullptr;
    std::atomic<bool> *m_stop = nullptr;

    // Built by setUp().
    Clock::time_point m_started;
    torch::Device m_device{torch::kCPU};
    PieceEncoderOptions m_textOptions;
    TokenizerFolder m_vocab;
    MlmText m_text;
    BertConfig m_config;
    MultitaskModel m_model{nullptr};
    MlmHead m_head{nullptr};
    std::unique_ptr<torch::optim::AdamW> m_optimizer;
    std::vector<torch::Tensor> m_parameters;  // the encoder's and the head's, for clipping
    std::unique_ptr<BatchCursor> m_cursor;

    // The loop's progress.
    std::size_t m_step = 0;
    std::size_t m_totalSteps = 1;
    std::vector<double> m_recentLosses;
    double m_tokensWindow = 0, m_secondsWindow = 0;

    enum class StepOutcome { Updated, NothingToPredict, NotFinite };
    struct StepResult {
        StepOutcome outcome = StepOutcome::Updated;
        double loss = 0;
        double learningRate = 0;
        double tokens = 0;  // non-padding tokens of the batch
        double seconds = 0;
    };

    void message(const std::string &m)
    {
        if (m_observer)
            m_observer->onMessage(now(), m);
    }

    fs::path workDir() const { return fs::path(m_params.outDir + ".work"); }

    Result<PretrainSummary> runImpl()
    {
        m_started = Clock::now();
        setUp();
        runLoop();
        writeEncoder();
        return finish();
    }

    // ---- set-up ----

    void setUp()
    {
        if (m_params.outDir.empty())
            throw JobError(ErrorCode::InvalidArgument, "no output directory given");
        const auto chosen = deviceFromName(m_params.device);
        if (!chosen)
            throw JobError(chosen.status().code(), chosen.error());
        m_device = *chosen;
        configureCpuThreads(m_params.threads);
        torch::manual_seed(m_params.seed);
        prepareOutput();
        m_text.lines = readLines();
        message("pre-training text: " + std::to_string(m_text.lines.size()) + " lines");
        learnTextVocabulary();
        tokenizeText();
        buildModel();
        const TrainPreset &p = m_params.preset;
        m_cursor = std::make_unique<BatchCursor>(m_text.lengths, std::size_t(p.batchSize), m_params.seed);
        m_totalSteps = std::max<std::size_t>(1, m_cursor->batchesPerEpoch() * std::size_t(std::max(1, p.epochs)));
    }

    // Before the work: Mizan replaces only its own folders; the work folder is marked as ours
    // (removed at the end).
    void prepareOutput()
    {
        std::vector<std::string> inputs = m_params.textFiles;
        inputs.insert(inputs.end(), m_params.corpusFiles.begin(), m_params.corpusFiles.end());
        Status st = checkOutputDir(m_params.outDir, inputs);
        if (st)
            st = checkOutputDir(workDir().string(), inputs);
        if (st)
            st = markOutputDir(workDir().string());
        if (!st)
            throw JobError(st.code(), st.message());
    }

    std::vector<std::string> readLines()
    {
        std::vector<std::string> lines;
        for (const auto &path : m_params.textFiles) {
            std::ifstream in(path);
            if (!in)
                throw JobError(ErrorCode::IoError, "cannot read " + path);
            std::string line;
            while (std::getline(in, line)) {
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                if (line.find_first_not_of(" \t") != std::string::npos)
                    lines.push_back(line);
            }
        }
        auto corpora = importCorpora(m_params.corpusFiles);
        if (!corpora)
            throw JobError(corpora.status().code(), corpora.error());
        for (const Corpus &corpus : *corpora)
            for (const Document &d : corpus.documents)
                for (const Sentence &s : d.sentences)
                    if (!s.text.empty())
                        lines.push_back(s.text);
        if (m_params.maxLines && lines.size() > m_params.maxLines) {
            std::mt19937_64 rng(m_params.seed);
            for (std::size_t i = 0; i < m_params.maxLines; ++i)
                std::swap(lines[i], lines[i + std::size_t(rng() % (lines.size() - i))]);
            lines.resize(m_params.maxLines);
        }
        if (lines.empty())
            throw JobError(ErrorCode::InvalidArgument, "no text to pre-train on");
        return lines;
    }

    // The vocabulary from the same pre-tokenized text the encoder will see.
    void learnTextVocabulary()
    {
        const TrainPreset &p = m_params.preset;
        m_textOptions = PieceEncoderOptions{p.normalizer, p.splitClitics, std::max(0, p.charNgramBuckets)};
        VocabLearning how;
        how.textPath = (workDir() / "text.txt").string();
        how.vocabDir = (workDir() / "vocab").string();
        how.vocabSize = std::size_t(p.vocabSize);
        how.maxSentences = 300000;
        message("learning a " + std::to_string(how.vocabSize) + "-piece vocabulary");
        m_vocab = learnVocabulary(m_text.lines, m_textOptions, how);
    }

    void tokenizeText()
    {
        m_text = tokenizeForMlm(std::move(m_text.lines), *m_vocab.tokenizer, m_textOptions,
                                std::size_t(m_params.preset.maxLength));
        message("tokenized: " + std::to_string(m_text.sequences.size()) + " sequences, " +
                std::to_string(m_text.tokens) + " tokens");
    }

    // The encoder, the MLM head and AdamW over both: LayerNorms and biases without decay.
    void buildModel()
    {
        const TrainPreset &p = m_params.preset;
        m_config = builtinEncoderConfig(p, *m_vocab.tokenizer);
        m_model = MultitaskModel(m_config, std::vector<HeadSpec>{});
        m_head = MlmHead(m_config.hiddenSize, m_config.vocabSize);
        m_model->to(m_device);
        m_head->to(m_device);
        std::vector<torch::Tensor> decay, noDecay;
        auto sort = [&](const torch::OrderedDict<std::string, torch::Tensor> &named) {
            for (const auto &item : named) {
                const std::string &n = item.key();
                const bool nd = n.find("LayerNorm") != std::string::npos ||
                                (n.size() >= 4 && n.compare(n.size() - 4, 4, "bias") == 0);
                (nd ? noDecay : decay).push_back(item.value());
            }
        };
        sort(m_model->named_parameters());
        sort(m_head->named_parameters());
        std::vector<torch::optim::OptimizerParamGroup> groups;
        auto adamW = [&](double weightDecay) {
            return std::make_unique<torch::optim::AdamWOptions>(
                torch::optim::AdamWOptions(p.encoderLr).weight_decay(weightDecay));
        };
        groups.emplace_back(decay, adamW(p.weightDecay));
        groups.emplace_back(noDecay, adamW(0.0));
        m_optimizer = std::make_unique<ForeachAdamW>(groups, torch::optim::AdamWOptions(p.encoderLr));
        m_parameters = m_model->parameters();
        for (auto &t : m_head->parameters())
            m_parameters.push_back(t);
    }

    // ---- the loop ----

    void runLoop()
    {
        // The run fitted to the time budget from the loop's own speed (the vocabulary came
        // before), by the trainer's rule (timebudget.h, no evaluations).
        const TrainPreset &p = m_params.preset;
        TimeBudget budget(p.maxMinutes > 0 ? p.maxMinutes * 60.0 : 0.0, m_started, m_totalSteps, false);
        if (m_observer)
            m_observer->onStarted({now(), m_totalSteps, 0, m_device.is_cuda() ? "cuda" : "cpu",
                                   {{"mlm", m_text.sequences.size()}}});
        m_model->train();
        m_head->train();
        budget.startLoop(Clock::now());
        while (m_step < m_totalSteps && !m_stop->load()) {
            if (budget.spent(Clock::now()))
                break;
            const StepResult r = step();
            if (r.outcome == StepOutcome::NotFinite && m_observer)
                m_observer->onSkippedStep({now(), m_step + 1, "mlm", "loss is not finite", 1});
            if (r.outcome != StepOutcome::Updated)
                continue;
            m_recentLosses.push_back(r.loss);
            if (m_recentLosses.size() > kLossWindow)
                m_recentLosses.erase(m_recentLosses.begin());
            m_tokensWindow = m_tokensWindow * 0.9 + r.tokens;
            m_secondsWindow = m_secondsWindow * 0.9 + r.seconds;
            const auto stepEnded = Clock::now();
            const double loopSeconds = budget.loopSeconds(stepEnded);
            m_totalSteps = budget.fit(m_step, m_step, m_totalSteps, stepEnded);
            report(r, stepEnded, loopSeconds);
        }
        m_model->eval();
    }

    // Draws a batch, masks it and makes one update.
    StepResult step()
    {
        const auto t0 = Clock::now();
        StepResult r;
        const std::optional<MaskedBatch> masked =
            maskBatch(m_text, m_cursor->next(), *m_vocab.tokenizer, m_params.maskProbability);
        if (!masked) {
            r.outcome = StepOutcome::NothingToPredict;
            return r;
        }
        const torch::Tensor logits = forward(*masked);
        const torch::Tensor loss = torch::nn::functional::cross_entropy(
            logits.reshape({-1, m_config.vocabSize}), upload(masked->labels, m_device).reshape({-1}),
            torch::nn::functional::CrossEntropyFuncOptions().ignore_index(kIgnoreLabel));
        const TrainPreset &p = m_params.preset;
        zeroGradients(m_parameters);
        loss.backward();  // a non-finite loss too: its gradients are dropped below
        const torch::Tensor norm = clipGradientNorm(m_parameters, p.clipNorm > 0 ? p.clipNorm : 1e30);
        // The step's one wait for the device, as in the trainer's loop: the loss and the
        // gradient norm together decide whether the update is taken.
        r.loss = readStepValues(loss, norm).loss;
        if (!std::isfinite(r.loss)) {
            zeroGradients(m_parameters);
            r.outcome = StepOutcome::NotFinite;
            return r;
        }
        const LinearSchedule schedule{std::size_t(double(m_totalSteps) * p.warmupRatio), m_totalSteps};
        r.learningRate = p.encoderLr * schedule.factor(m_step + 1);
        for (auto &g : m_optimizer->param_groups())
            static_cast<torch::optim::AdamWOptions &>(g.options()).lr(r.learningRate);
        m_optimizer->step();
        ++m_step;
        r.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        r.tokens = masked->attention.sum().item<double>();  // a host tensor: no wait
        return r;
    }

    // The MLM logits of a masked batch.
    torch::Tensor forward(const MaskedBatch &b)
    {
        const torch::Tensor inputIds = upload(b.shown, m_device);
        const torch::Tensor attention = upload(b.attention, m_device);
        const torch::Tensor extra = m_config.charNgramBuckets > 0 ? charNgramInput(b) : torch::Tensor();
        const BertOutput out =
            m_model->bert->forward(inputIds, torch::zeros_like(inputIds), attention, false, extra);
        return m_head->forward(out.lastHiddenState);
    }

    // The character n-gram input of a masked batch.
    torch::Tensor charNgramInput(const MaskedBatch &b)
    {
        const NgramBags bags = maskedNgramBags(b, m_text, m_config.charNgramBuckets);
        const auto opts = torch::TensorOptions().dtype(torch::kInt64);
        auto bagged = m_model->charNgrams(upload(torch::tensor(bags.grams, opts), m_device),
                                          upload(torch::tensor(bags.starts, opts), m_device));
        return m_model->charProjection(bagged).view({b.shown.size(0), b.shown.size(1), m_config.hiddenSize});
    }

    void report(const StepResult &r, Clock::time_point stepEnded, double loopSeconds)
    {
        if (!m_observer)
            return;
        StepEvent e;
        e.time = now();
        e.step = m_step;
        e.totalSteps = m_totalSteps;
        e.task = "mlm";
        e.loss = r.loss;
        e.learningRate = r.learningRate;
        e.tokensPerSecond = m_secondsWindow > 0 ? m_tokensWindow / m_secondsWindow : 0;
        e.epoch = double(m_step) / double(std::max<std::size_t>(1, m_cursor->batchesPerEpoch()));
        e.elapsedSeconds = std::chrono::duration<double>(stepEnded - m_started).count();
        e.etaSeconds = loopSeconds / double(m_step) * double(m_totalSteps - m_step);
        m_observer->onStep(e);
    }

    // ---- the end ----

    // The encoder in Hugging Face layout with its vocabulary and text settings; the work
    // folder removed.
    void writeEncoder()
    {
        std::map<std::string, std::string> files = m_vocab.files;
        TextSettings settings;
        settings.encoder = m_textOptions;
        settings.maxLength = std::size_t(m_params.preset.maxLength);
        files["mizan_text.json"] = textSettingsToJson(settings).dump(2);
        if (Status st = exportHfEncoder(m_params.outDir, *m_model, files); !st)
            throw JobError(st.code(), st.message());
        std::error_code ec;
        fs::remove_all(workDir(), ec);
    }

    PretrainSummary finish()
    {
        PretrainSummary summary;
        summary.steps = m_step;
        summary.lines = m_text.lines.size();
        summary.seconds = std::chrono::duration<double>(Clock::now() - m_started).count();
        for (double l : m_recentLosses)
            summary.lastLoss += l / double(m_recentLosses.size());
        summary.outDir = m_params.outDir;
        if (m_observer)
            m_observer->onFinished({now(), m_step, m_stop->load() ? StopReason::Cancelled : StopReason::Completed,
                                    summary.lastLoss, m_step, m_params.outDir, summary.seconds});
        return summary;
    }
};

Pretrainer::Pretrainer(PretrainParams params) : m_impl(std::make_unique<Impl>())
{
    m_impl->m_params = std::move(params);
    m_impl->m_stop = &m_stop;
}

Pretrainer::~Pretrainer() = default;
void Pretrainer::setObserver(TrainObserver *observer) { m_impl->m_observer = observer; }
void Pretrainer::requestStop() { m_stop.store(true); }

Result<PretrainSummary> Pretrainer::run()
{
    return runGuarded<PretrainSummary>([this] { return m_impl->runImpl(); }, m_impl->m_observer);
}

} // namespace mizan
