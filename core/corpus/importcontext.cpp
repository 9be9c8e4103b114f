#include "corpus/importcontext.h"

#include "common/brieftext.h"

namespace mizan::detail {

ImportContext::KindCount &ImportContext::count(IssueCode code, const std::string &key)
{
    KindCount &kind = m_kinds[{code, key}];
    ++kind.seen;
    return kind;
}

void ImportContext::finish()
{
    for (const auto &[key, count] : m_kinds) {
        if (count.seen <= kListedPerKind)
            continue;
        const std::size_t unlisted = count.seen - kListedPerKind;
        m_report.add(Severity::Warning, m_file, count.firstUnlisted.line, count.firstUnlisted.column,
                     IssueCode::MoreOfAKind,
                     {std::to_string(unlisted), utf8::brief(count.example, 80), std::to_string(kListedPerKind)});
        m_report.unlistedWarnings += unlisted;
        ++m_report.summaryWarnings;
    }
    m_kinds.clear();
}

} // namespace mizan::detail
