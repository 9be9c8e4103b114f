// BIO tagging: the label list of a set of entity types, and decoding a tagged piece sequence
// back into spans (declared in tasks/taskdata.h).
#include <algorithm>

#include "tasks/taskdata.h"
#include "tokenize/labelalign.h"

namespace mizan {

std::vector<std::string> bioLabels(std::vector<std::string> types)
{
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    std::vector<std::string> labels = {"O"};
    for (const auto &t : types) {
        labels.push_back("B-" + t);
        labels.push_back("I-" + t);
    }
    return labels;
}

std::vector<DecodedSpan> decodeBio(const std::vector<std::int64_t> &labelIds,
                                   const std::vector<CharRange> &offsets,
                                   const std::vector<std::string> &labels,
                                   const std::vector<double> &probs)
{
    std::vector<DecodedSpan> spans;
    bool open = false;
    double scoreSum = 0;
    std::size_t scoreCount = 0;
    auto close = [&] {
        if (open && scoreCount)
            spans.back().score = scoreSum / double(scoreCount);
        open = false;
    };
    for (std::size_t i = 0; i < labelIds.size() && i < offsets.size(); ++i) {
        const std::int64_t id = labelIds[i];
        // An unlabelled piece right after the open span's end (a "##" continuation under
        // firstPieceLabels) belongs to it; any other unlabelled position closes it.
        if (id == kIgnoreLabel && open && offsets[i].end > offsets[i].start && offsets[i].start == spans.back().end) {
            spans.back().end = offsets[i].end;
            continue;
        }
        const std::string &tag = id >= 0 && std::size_t(id) < labels.size() ? labels[std::size_t(id)] : labels[0];
        const double p = i < probs.size() ? probs[i] : 1.0;
        if (tag.size() < 2 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) {
            close();
            continue;
        }
        const std::string type = tag.substr(2);
        if (tag[0] == 'I' && open && spans.back().label == type) {
            spans.back().end = std::max(spans.back().end, offsets[i].end);
            scoreSum += p;
            scoreCount++;
            continue;
        }
        close();
        spans.push_back({offsets[i].start, offsets[i].end, type, 1.0});
        open = true;
        scoreSum = p;
        scoreCount = 1;
    }
    close();
    return spans;
}

} // namespace mizan
