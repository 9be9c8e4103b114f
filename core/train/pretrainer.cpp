#include "train/pretrainer.h"

#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

#include "common/atomicfile.h"
#include "common/outputdir.h"
#include "corpus/corpusfiles.h"
#include "corpus/corpusio.h"
#include "model/checkpoint.h"
#include "model/multitaskmodel.h"
#include "tokenize/vocabbuilder.h"
#include "train/batching.h"
#include "tasks/charngrams.h"
#include "train/jobguard.h"
#include "tasks/pieceencoder.h"
#include "train/schedule.h"
#include "train/timebudget.h"
#include "runtime/cputhreads.h"
#include "runtime/device.h"
#include "rundir/rundir.h"

namespace mizan {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

EventTime now() { return std::chrono::system_clock::now(); }

// BERT's masked-LM head: dense + GELU + LayerNorm, then a projection onto the vocabulary.
struct MlmHeadImpl : torch::nn::Module {
    MlmHeadImpl(std::int64_t hidden, std::int64_t vocab)
        : dense(register_module("dense", torch::nn::Linear(hidden, hidden))),
          norm(register_module("LayerNorm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden}).eps(1e-12)))),
          decoder(register_module("decoder", torch::nn::Linear(hidden, vocab)))
    {
    }
    torch::Tensor forward(const torch::Tensor &h) { return decoder(norm(torch::gelu(dense(h)))); }
    torch::nn::Linear dense;
    torch::nn::LayerNorm norm;
    torch::nn::Linear decoder;
};
TORCH_MODULE(MlmHead);

} // namespace

struct Pretrainer::Impl {
    PretrainParams params;
    TrainObserver *observer = nullptr;
    std::atomic<bool> *stop = nullptr;

    void message(const std::string &m) { if (observer) observer->onMessage(now(), m); }

    std::vector<std::string> readLines()
    {
        std::vector<std::string> lines;
        for (const auto &path : params.textFiles) {
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
        auto corpora = importCorpora(params.corpusFiles);
        if (!corpora)
            throw JobError(corpora.status().code(), corpora.error());
        for (const Corpus &corpus : *corpora)
            for (const Document &d : corpus.documents)
                for (const Sentence &s : d.sentences)
                    if (!s.text.empty())
                        lines.push_back(s.text);
        if (params.maxLines && lines.size() > params.maxLines) {
            std::mt19937_64 rng(params.seed);
            for (std::size_t i = 0; i < params.maxLines; ++i)
                std::swap(lines[i], lines[i + std::size_t(rng() % (lines.size() - i))]);
            lines.resize(params.maxLines);
        }
        if (lines.empty())
            throw JobError(ErrorCode::InvalidArgument, "no text to pre-train on");
        return lines;
    }

    Result<PretrainSummary> runImpl()
    {
        const auto started = Clock::now();
        const TrainPreset &p = params.preset;
        if (params.outDir.empty())
            throw JobError(ErrorCode::InvalidArgument, "no output directory given");
        const auto chosen = deviceFromName(params.device);
        if (!chosen)
            throw JobError(chosen.status().code(), chosen.error());
        const torch::Device device = *chosen;
        configureCpuThreads(params.threads);
        torch::manual_seed(params.seed);
        {
            const fs::path work = fs::path(params.outDir + ".work");
            std::vector<std::string> inputs = params.textFiles;
            inputs.insert(inputs.end(), params.corpusFiles.begin(), params.corpusFiles.end());
            Status st = checkOutputDir(params.outDir, inputs);  // before the work: Mizan replaces only its own
            if (st)
                st = checkOutputDir(work.string(), inputs);
            if (st)
                st = markOutputDir(work.string());  // removed at the end: marked as ours
            if (!st)
                throw JobError(st.code(), st.message());
        }

        const std::vector<std::string> lines = readLines();
        message("pre-training text: " + std::to_string(lines.size()) + " lines");

        // Vocabulary from the same pre-tokenized text the encoder will see.
        PieceEncoderOptions textOptions{p.normalizer, p.splitClitics, std::max(0, p.charNgramBuckets)};
        const fs::path work = fs::path(params.outDir + ".work");
        {
            PieceEncoder pre(nullptr, textOptions);
            std::string text;
            for (const auto &l : lines)
                text += pre.pretokenize(l) + '\n';
            if (Status st = writeFileAtomic((work / "text.txt").string(), text); !st)
                throw JobError(st.code(), st.message());
        }
        VocabBuildOptions vo;
        vo.inputFiles = {(work / "text.txt").string()};
        vo.outputDir = (work / "vocab").string();
        vo.vocabSize = std::size_t(p.vocabSize);
        vo.lowerCase = false;
        vo.maxSentences = 300000;
        message("learning a " + std::to_string(vo.vocabSize) + "-piece vocabulary");
        auto built = buildVocab(vo);
        if (!built)
            throw JobError(built.status().code(), "vocabulary: " + built.error());
        auto tok = WordPieceTokenizer::fromDirectory(vo.outputDir);
        if (!tok)
            throw JobError(tok.status().code(), tok.error());
        PieceEncoder encoder(&*tok, textOptions);

        std::vector<std::vector<std::int64_t>> sequences;
        std::vector<std::size_t> lengths;
        // With character n-grams: the line and piece ranges of each sequence, so a batch's
        // bags are hashed when it is drawn (storing them all would take gigabytes).
        std::vector<std::size_t> sequenceLine;
        std::vector<std::vector<CharRange>> sequenceOffsets;
        for (std::size_t li = 0; li < lines.size(); ++li) {
            Encoding e = tok->build(encoder.tokenize(lines[li]), nullptr, std::size_t(p.maxLength));
            if (e.size() < 4)
                continue;
            lengths.push_back(e.size());
            sequences.push_back(std::move(e.inputIds));
            if (textOptions.charNgramBuckets > 0) {
                sequenceLine.push_back(li);
                sequenceOffsets.push_back(std::move(e.offsets));
            }
        }
        std::size_t tokens = 0;
        for (auto n : lengths)
            tokens += n;
        message("tokenized: " + std::to_string(sequences.size()) + " sequences, " + std::to_string(tokens) + " tokens");

        BertConfig c = builtinSmallConfig(std::int64_t(tok->vocab().size()));
        c.numLayers = p.layers;
        c.hiddenSize = p.hidden;
        c.numHeads = p.heads;
        c.intermediateSize = p.ffn;
        c.maxPositions = std::max<std::int64_t>(p.maxLength, 64);
        c.hiddenDropout = p.dropout;
        c.attentionDropout = p.dropout;
        c.padTokenId = tok->padId();
        c.charNgramBuckets = textOptions.charNgramBuckets;
        c.charNgramDim = c.charNgramBuckets > 0 ? p.charNgramDim : 0;
        MultitaskModel model(c, std::vector<HeadSpec>{});
        MlmHead head(c.hiddenSize, c.vocabSize);
        model->to(device);
        head->to(device);
        std::vector<torch::Tensor> decay, noDecay;
        auto sort = [&](const torch::OrderedDict<std::string, torch::Tensor> &named) {
            for (const auto &item : named) {
                const std::string &n = item.key();
                const bool nd = n.find("LayerNorm") != std::string::npos ||
                                (n.size() >= 4 && n.compare(n.size() - 4, 4, "bias") == 0);
                (nd ? noDecay : decay).push_back(item.value());
            }
        };
        sort(model->named_parameters());
        sort(head->named_parameters());
        std::vector<torch::optim::OptimizerParamGroup> groups;
        auto adamW = [&](double weightDecay) {
            return std::make_unique<torch::optim::AdamWOptions>(
                torch::optim::AdamWOptions(p.encoderLr).weight_decay(weightDecay));
        };
        groups.emplace_back(decay, adamW(p.weightDecay));
        groups.emplace_back(noDecay, adamW(0.0));
        torch::optim::AdamW optimizer(groups, torch::optim::AdamWOptions(p.encoderLr));
        std::vector<torch::Tensor> all = model->parameters();
        for (auto &t : head->parameters())
            all.push_back(t);

        BatchCursor cursor(lengths, std::size_t(p.batchSize), params.seed);
        std::size_t totalSteps = std::max<std::size_t>(1, cursor.batchesPerEpoch() * std::size_t(std::max(1, p.epochs)));
        // The run fitted to the time budget from the loop's own speed (the vocabulary came
        // before), by the trainer's rule (timebudget.h, no evaluations).
        TimeBudget timeBudget(p.maxMinutes > 0 ? p.maxMinutes * 60.0 : 0.0, started, totalSteps, false);
        if (observer)
            observer->onStarted({now(), totalSteps, 0, device.is_cuda() ? "cuda" : "cpu", {{"mlm", sequences.size()}}});
        const std::int64_t specials = 5;  // [PAD] [UNK] [CLS] [SEP] [MASK] come first in vocab.txt
        const std::int64_t vocabSize = c.vocabSize;
        std::vector<double> recent;
        std::size_t step = 0;
        double tokensWindow = 0, secondsWindow = 0;
        model->train();
        head->train();
        timeBudget.startLoop(Clock::now());
        while (step < totalSteps && !stop->load()) {
            if (timeBudget.spent(Clock::now()))
                break;
            const auto t0 = Clock::now();
            const auto idx = cursor.next();
            std::size_t width = 0;
            for (auto i : idx)
                width = std::max(width, sequences[i].size());
            std::vector<std::int64_t> ids(idx.size() * width, tok->padId()), mask(ids.size(), 0);
            for (std::size_t r = 0; r < idx.size(); ++r)
                for (std::size_t t = 0; t < sequences[idx[r]].size(); ++t) {
                    ids[r * width + t] = sequences[idx[r]][t];
                    mask[r * width + t] = 1;
                }
            const auto opts = torch::TensorOptions().dtype(torch::kInt64);
            torch::Tensor input = torch::from_blob(ids.data(), {std::int64_t(idx.size()), std::int64_t(width)}, opts).clone();
            torch::Tensor attention = torch::from_blob(mask.data(), input.sizes(), opts).clone();
            // 15% of the real, non-special tokens are predicted: 80% shown as [MASK], 10% as a
            // random piece, 10% unchanged (BERT's recipe).
            torch::Tensor candidates = input.ge(specials) & attention.eq(1);
            torch::Tensor chosen = (torch::rand(input.sizes()) < params.maskProbability) & candidates;
            if (!chosen.any().item<bool>()) {
                // A batch of very short lines drew nothing to predict (its loss would be 0/0):
                // predict one of its tokens.
                const torch::Tensor where = candidates.flatten().nonzero().flatten();
                if (where.numel() == 0)
                    continue;  // only special tokens: nothing to learn from
                const auto pick = torch::randint(where.numel(), {1}, opts).item<std::int64_t>();
                chosen = chosen.flatten().index_put_({where[pick]}, true).view(input.sizes());
            }
            torch::Tensor labels = torch::where(chosen, input, torch::full_like(input, -100));
            torch::Tensor roll = torch::rand(input.sizes());
            torch::Tensor masked = input.clone();
            masked.masked_fill_(chosen & (roll < 0.8), tok->maskId());
            torch::Tensor randomIds = torch::randint(specials, vocabSize, input.sizes(), opts);
            masked = torch::where(chosen & (roll >= 0.8) & (roll < 0.9), randomIds, masked);

            Batch batch;
            batch.inputIds = masked.to(device);
            batch.attentionMask = attention.to(device);
            batch.tokenTypeIds = torch::zeros_like(batch.inputIds);
            torch::Tensor extra;
            if (c.charNgramBuckets > 0) {
                // The bags of the positions to predict stay empty: their spelling would give
                // the answer away.
                auto chosenCpu = chosen.contiguous();
                const bool *hidden = chosenCpu.data_ptr<bool>();
                std::vector<std::int64_t> grams, starts(ids.size(), 0);
                for (std::size_t r = 0; r < idx.size(); ++r) {
                    const auto bags = charNgramBags(lines[sequenceLine[idx[r]]], sequenceOffsets[idx[r]],
                                                    c.charNgramBuckets);
                    for (std::size_t t = 0; t < width; ++t) {
                        starts[r * width + t] = std::int64_t(grams.size());
                        if (t < bags.size() && !hidden[r * width + t])
                            grams.insert(grams.end(), bags[t].begin(), bags[t].end());
                    }
                }
                auto bagged = model->charNgrams(torch::tensor(grams, opts).to(device),
                                                torch::tensor(starts, opts).to(device));
                extra = model->charProjection(bagged).view({input.size(0), input.size(1), c.hiddenSize});
            }
            const BertOutput out = model->bert->forward(batch.inputIds, batch.tokenTypeIds, batch.attentionMask, false, extra);
            torch::Tensor logits = head->forward(out.lastHiddenState);
            torch::Tensor loss = torch::nn::functional::cross_entropy(
                logits.reshape({-1, vocabSize}), labels.to(device).reshape({-1}),
                torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100));
            const double lossValue = loss.item<double>();
            optimizer.zero_grad();
            if (!std::isfinite(lossValue)) {
                if (observer)
                    observer->onSkippedStep({now(), step + 1, "mlm", "loss is not finite", 1});
                continue;
            }
            loss.backward();
            torch::nn::utils::clip_grad_norm_(all, p.clipNorm > 0 ? p.clipNorm : 1e30);
            LinearSchedule schedule{std::size_t(double(totalSteps) * p.warmupRatio), totalSteps};
            const double factor = schedule.factor(step + 1);
            for (auto &g : optimizer.param_groups())
                static_cast<torch::optim::AdamWOptions &>(g.options()).lr(p.encoderLr * factor);
            optimizer.step();
            ++step;
            recent.push_back(lossValue);
            if (recent.size() > 50)
                recent.erase(recent.begin());
            const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
            tokensWindow = tokensWindow * 0.9 + attention.sum().item<double>();
            secondsWindow = secondsWindow * 0.9 + secs;
            const auto stepEnded = Clock::now();
            const double elapsedNow = std::chrono::duration<double>(stepEnded - started).count();
            const double loopSeconds = timeBudget.loopSeconds(stepEnded);
            totalSteps = timeBudget.fit(step, step, totalSteps, stepEnded);
            if (observer) {
                StepEvent e;
                e.time = now();
                e.step = step;
                e.totalSteps = totalSteps;
                e.task = "mlm";
                e.loss = lossValue;
                e.learningRate = p.encoderLr * factor;
                e.tokensPerSecond = secondsWindow > 0 ? tokensWindow / secondsWindow : 0;
                e.epoch = double(step) / double(std::max<std::size_t>(1, cursor.batchesPerEpoch()));
                e.elapsedSeconds = elapsedNow;
                e.etaSeconds = loopSeconds / double(step) * double(totalSteps - step);
                observer->onStep(e);
            }
        }
        model->eval();
        std::map<std::string, std::string> files;
        for (const char *f : {"vocab.txt", "tokenizer_config.json"}) {
            auto content = readFile((fs::path(vo.outputDir) / f).string());
            if (content)
                files[f] = *content;
        }
        TextSettings settings;
        settings.encoder = textOptions;
        settings.maxLength = std::size_t(p.maxLength);
        files["mizan_text.json"] = textSettingsToJson(settings).dump(2);
        if (Status st = exportHfEncoder(params.outDir, *model, files); !st)
            throw JobError(st.code(), st.message());
        std::error_code ec;
        fs::remove_all(work, ec);
        PretrainSummary summary;
        summary.steps = step;
        summary.lines = lines.size();
        summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
        for (double l : recent)
            summary.lastLoss += l / double(recent.size());
        summary.outDir = params.outDir;
        if (observer)
            observer->onFinished({now(), step, stop->load() ? StopReason::Cancelled : StopReason::Completed,
                                  summary.lastLoss, step, params.outDir, summary.seconds});
        return summary;
    }
};

Pretrainer::Pretrainer(PretrainParams params) : m_impl(std::make_unique<Impl>())
{
    m_impl->params = std::move(params);
    m_impl->stop = &m_stop;
}

Pretrainer::~Pretrainer() = default;
void Pretrainer::setObserver(TrainObserver *observer) { m_impl->observer = observer; }
void Pretrainer::requestStop() { m_stop.store(true); }

Result<PretrainSummary> Pretrainer::run()
{
    return runGuarded<PretrainSummary>([this] { return m_impl->runImpl(); }, m_impl->observer);
}

} // namespace mizan
