#include "spmtowordpiece.h"

#include <set>
#include <unordered_set>

#include "common/utf8.h"

namespace mizan::vocabtool {

std::vector<std::string> spmPiecesToWordPiece(const std::vector<std::string> &pieces)
{
    static const std::string kWordStart = "\xE2\x96\x81";  // U+2581
    std::vector<std::string> out{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
    std::unordered_set<std::string> have(out.begin(), out.end());
    std::set<char32_t> chars;
    auto add = [&](const std::string &t) {
        if (!t.empty() && t != "##" && have.insert(t).second)
            out.push_back(t);
    };
    for (const std::string &p : pieces) {
        const bool initial = p.rfind(kWordStart, 0) == 0;
        const std::string body = initial ? p.substr(kWordStart.size()) : p;
        if (body.empty())
            continue;
        for (char32_t c : utf8::decodeLossy(body))
            chars.insert(c);
        add(initial ? body : "##" + body);
    }
    for (char32_t c : chars) {
        const std::string s = utf8::encode(c);
        add(s);
        add("##" + s);
    }
    return out;
}

} // namespace mizan::vocabtool
