#include "corpus/importcontext.h"

#include "common/brieftext.h"

namespace mizan::detail {

std::size_t ImportContext::count(std::string_view kind)
{
    auto it = m_kinds.find(kind);
    if (it == m_kinds.end())
        it = m_kinds.emplace(std::string(kind), KindCount{}).first;
    return ++it->second.seen;
}

void ImportContext::finish()
{
    for (const auto &[kind, count] : m_kinds) {
        if (count.seen <= kListedPerKind)
            continue;
        const std::size_t unlisted = count.seen - kListedPerKind;
        const std::string message = std::to_string(unlisted) + " more warning" + (unlisted == 1 ? "" : "s") +
                              " like \"" + utf8::brief(kind, 80) + "\" from here on (only the first " +
                              std::to_string(kListedPerKind) + " of a kind are listed)";
        m_report.warn(m_file, count.firstUnlisted.line, count.firstUnlisted.column, message);
        m_report.unlistedWarnings += unlisted;
        ++m_report.summaryWarnings;
    }
    m_kinds.clear();
}

} // namespace mizan::detail
