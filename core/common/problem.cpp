#include "common/problem.h"

#include <algorithm>
#include <iterator>
#include <regex>
#include <string_view>

namespace mizan {

namespace {

constexpr const char *kTemplates[] = {
    "%1",
    "%1: not a Mizan model (no labels.json in it or in %2)",
    "%1: not a folder",
    "%1: no %2",
    "%1: no vocab.txt (a WordPiece vocabulary is required)",
    "%1: the checkpoint has no vocab.txt",
    "%1: cannot open: %2",
    "%1: missing field '%2'",
    "%1: field '%2': expected %3",
    "%1: missing tensor '%2'",
    "%1: tensor '%2' has shape %3, expected %4",
    "%1: unexpected tensor '%2' (labels.json and the weights disagree)",
    "%1: vocab.txt has %2 entries but config.json says vocab_size %3",
    "cannot read corpus %1: %2",
    "task '%1' is not available in the training corpora (SemEval files give targets, sentiment and categories, "
    "CoNLL files give ner)",
    "the training corpora have nothing to learn (no opinion targets and no entity spans)",
    "task '%1' has no training examples",
    "baseline: no training data (need sentences with explicit opinion targets, or with entities)",
    "out of memory",
    "out of %1memory at step %2 on a batch of %3 sequences of %4 pieces: lower --batch-size (now %5) or the "
    "preset's max_length (now %6)",
    "CUDA out of memory%1",
    "%1 training cancelled",
};
static_assert(std::size(kTemplates) == static_cast<std::size_t>(ProblemCode::Count), "one template per code");

// Prefixes a job puts before the error of one of its steps.
constexpr const char *kPrefixes[] = {"resume: ", "baseline categories: ", "baseline: ", "vocabulary: ", "torch: "};

struct Pattern {
    ProblemCode code;
    std::regex regex;
    std::vector<int> argOf;  // the argument each capture group fills (0-based)
    std::size_t literal;     // characters of the template outside its placeholders
};

// One anchored pattern per code, the most literal text first (so "%1: no %2" is tried after
// the templates it would also match).
const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> out;
        for (int c = 1; c < static_cast<int>(ProblemCode::Count); ++c) {
            const std::string t = kTemplates[c];
            std::string re = "^";
            Pattern p{static_cast<ProblemCode>(c), {}, {}, 0};
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
                    re += "([\\s\\S]*?)";
                    p.argOf.push_back(t[++i] - '1');
                    continue;
                }
                if (std::string("\\^$.|?*+()[]{}").find(t[i]) != std::string::npos)
                    re += '\\';
                re += t[i];
                ++p.literal;
            }
            p.regex = std::regex(re + "$");
            out.push_back(std::move(p));
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const Pattern &a, const Pattern &b) { return a.literal > b.literal; });
        return out;
    }();
    return all;
}

std::optional<Problem> match(const std::string &message)
{
    if (message.rfind("cannot read corpus ", 0) == 0 && message.find(": ", 19) == std::string::npos)
        return Problem{ProblemCode::CorpusUnreadable, {message.substr(19), ""}};
    std::smatch m;
    for (const Pattern &p : patterns()) {
        if (!std::regex_match(message, m, p.regex))
            continue;
        Problem out{p.code, {}};
        for (std::size_t g = 0; g < p.argOf.size(); ++g) {
            const auto n = static_cast<std::size_t>(p.argOf[g]);
            out.args.resize(std::max(out.args.size(), n + 1));
            out.args[n] = m[g + 1].str();
        }
        return out;
    }
    return std::nullopt;
}

} // namespace

const char *problemTemplate(ProblemCode code)
{
    const auto i = static_cast<std::size_t>(code);
    return i < std::size(kTemplates) ? kTemplates[i] : "%1";
}

std::string fillTemplate(const std::string &templateText, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(templateText.size());
    for (std::size_t i = 0; i < templateText.size(); ++i) {
        const char next = i + 1 < templateText.size() ? templateText[i + 1] : '\0';
        const std::size_t n = static_cast<std::size_t>(next - '1');
        if (templateText[i] == '%' && next >= '1' && next <= '9' && n < args.size()) {
            out += args[n];
            ++i;
        } else {
            out += templateText[i];
        }
    }
    return out;
}

std::string problemMessage(const Problem &p)
{
    if (p.code == ProblemCode::None)
        return p.args.empty() ? std::string() : p.args.front();
    if (p.code == ProblemCode::CorpusUnreadable && (p.args.size() < 2 || p.args[1].empty()))
        return "cannot read corpus " + (p.args.empty() ? std::string() : p.args.front());
    return fillTemplate(problemTemplate(p.code), p.args);
}

std::optional<Problem> parseProblem(const std::string &message)
{
    // The prefixes first: a template's leading %1 would take them in as part of a path.
    std::string_view rest = message;
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const char *prefix : kPrefixes)
            if (rest.substr(0, std::char_traits<char>::length(prefix)) == prefix) {
                rest.remove_prefix(std::char_traits<char>::length(prefix));
                stripped = true;
                break;
            }
    }
    if (auto found = match(std::string(rest)))
        return found;
    return rest.size() == message.size() ? std::nullopt : match(message);  // a template that starts like a prefix
}

} // namespace mizan
