#include "tasks/categorytask.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "corpus/categoryview.h"
#include "tasks/charngrams.h"

namespace mizan {

std::string categoryPairText(const std::string &category)
{
    std::string out;
    for (char c : category) {
        if (c == '_' || c == '#')
            c = ' ';
        else if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        out += c;
    }
    return out;
}

namespace {

void finish(TaskExample &ex, const Encoding &enc, const std::string &text, const PieceEncoder &encoder)
{
    ex.inputIds = enc.inputIds;
    ex.tokenTypeIds = enc.tokenTypeIds;
    ex.offsets = enc.offsets;
    if (encoder.options().charNgramBuckets > 0)
        ex.ngrams = charNgramBags(text, ex.offsets, encoder.options().charNgramBuckets);
}

} // namespace

TaskExample makeCategoryExample(const Sentence &sentence, const std::vector<std::string> &labels,
                                const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer,
                                std::size_t maxLength)
{
    TaskExample ex;
    ex.sentenceId = sentence.id;
    ex.text = sentence.text;
    finish(ex, tokenizer.build(encoder.tokenize(sentence.text), nullptr, maxLength, Truncation::OnlyFirst),
           sentence.text, encoder);
    for (const std::string &c : sentenceCategories(sentence)) {
        const auto it = std::find(labels.begin(), labels.end(), c);
        if (it != labels.end())
            ex.labelSet.push_back(std::int64_t(it - labels.begin()));
    }
    for (const CategoryOpinion &o : categoryOpinions(sentence))
        ex.gold.push_back({o.category, o.isNull ? 0 : o.from, o.isNull ? 0 : o.to});
    return ex;
}

void fillCategoryTask(TaskData &task, const std::vector<const Sentence *> &sentences,
                      const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer, std::size_t maxLength)
{
    if (task.labels.empty())
        task.labels = categoryLabels(sentences);
    for (const Sentence *s : sentences) {
        task.examples.push_back(makeCategoryExample(*s, task.labels, encoder, tokenizer, maxLength));
        task.sentences++;
        task.goldSpans += task.examples.back().labelSet.size();
    }
}

void fillTargetCategoryTask(TaskData &task, const std::vector<const Sentence *> &sentences,
                            const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer, std::size_t maxLength,
                            bool markTarget)
{
    if (task.labels.empty())
        task.labels = categoryLabels(sentences);
    for (const Sentence *s : sentences) {
        std::set<std::tuple<std::size_t, std::size_t, std::string>> seen;  // one pair per target and category
        std::optional<std::vector<Token>> pieces;
        bool any = false;
        for (const Opinion &o : s->opinions) {
            if (o.isNull || o.to <= o.from || o.category.empty() || !seen.insert({o.from, o.to, o.category}).second)
                continue;
            const auto label = std::find(task.labels.begin(), task.labels.end(), o.category);
            task.goldSpans++;
            if (label == task.labels.end()) {
                task.skipped++;
                continue;
            }
            if (!pieces)
                pieces = encoder.tokenize(s->text);
            TaskExample ex = makePairExample(s->id, s->text, {o.from, o.to}, encoder, tokenizer, maxLength, markTarget,
                                             &*pieces);
            ex.label = std::int64_t(label - task.labels.begin());
            task.examples.push_back(std::move(ex));
            task.alignedSpans++;
            any = true;
        }
        task.sentences += any;
    }
}

std::vector<double> categoryFrequencies(const TaskData &task)
{
    std::vector<double> f(task.labels.size(), 0.0);
    for (const TaskExample &ex : task.examples)
        for (std::int64_t l : ex.labelSet)
            if (l >= 0 && std::size_t(l) < f.size())
                f[std::size_t(l)] += 1.0;
    for (double &x : f)
        x /= double(std::max<std::size_t>(1, task.examples.size()));
    return f;
}

TaskExample makeCategoryPairExample(const std::string &sentenceId, const std::string &text,
                                    const std::string &category, const PieceEncoder &encoder,
                                    const WordPieceTokenizer &tokenizer, std::size_t maxLength,
                                    const std::vector<Token> *sentencePieces)
{
    TaskExample ex;
    ex.sentenceId = sentenceId;
    ex.text = text;
    std::vector<Token> words = encoder.tokenize(categoryPairText(category));
    for (Token &t : words)
        t.range = {0, 0};  // not in the sentence: no offsets, no n-gram bags
    std::vector<Token> sentence = sentencePieces ? *sentencePieces : encoder.tokenize(text);
    finish(ex, tokenizer.build(std::move(sentence), &words, maxLength, Truncation::OnlyFirst), text, encoder);
    return ex;
}

std::size_t addCategoryPairs(TaskData &task, const std::vector<const Sentence *> &sentences,
                             const PieceEncoder &encoder, const WordPieceTokenizer &tokenizer,
                             std::size_t maxLength)
{
    std::size_t added = 0;
    for (const Sentence *s : sentences) {
        std::map<std::string, std::optional<Polarity>> pairs;  // nullopt: the opinions disagree
        for (const Opinion &o : s->opinions) {
            if (o.category.empty() || !(o.isNull || o.to <= o.from))
                continue;
            auto [it, fresh] = pairs.emplace(o.category, o.polarity);
            if (!fresh && it->second && *it->second != o.polarity)
                it->second.reset();
        }
        std::optional<std::vector<Token>> pieces;
        for (const auto &[category, polarity] : pairs) {
            const auto label = polarity ? std::find(task.labels.begin(), task.labels.end(), polarityName(*polarity))
                                        : task.labels.end();
            if (label == task.labels.end()) {
                task.skipped++;
                continue;
            }
            if (!pieces)
                pieces = encoder.tokenize(s->text);
            TaskExample ex = makeCategoryPairExample(s->id, s->text, category, encoder, tokenizer, maxLength, &*pieces);
            ex.label = std::int64_t(label - task.labels.begin());
            task.examples.push_back(std::move(ex));
            ++added;
        }
    }
    return added;
}

} // namespace mizan
