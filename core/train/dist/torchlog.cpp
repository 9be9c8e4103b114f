#include "train/dist/torchlog.h"

#include <glog/logging.h>
#include <torch/version.h>

#include <algorithm>
#include <utility>

// libtorch 1.x: c10::Warning::set_warning_handler, process(location, text, verbatim);
// 2.x: MIZAN_WARNING_UTILS::set_warning_handler, process(const c10::Warning &).
#if TORCH_VERSION_MAJOR >= 2
#define MIZAN_WARNING_UTILS c10::WarningUtils
#else
#define MIZAN_WARNING_UTILS c10::Warning
#endif

namespace mizan {

class TorchLogRoute::Handler : public c10::WarningHandler {
public:
#if TORCH_VERSION_MAJOR >= 2
    void process(const c10::Warning &warning) override { keep(warning.msg()); }
#else
    void process(const c10::SourceLocation &, const std::string &msg, const bool) override { keep(msg); }
#endif

    void keep(std::string text)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (std::find(m_seen.begin(), m_seen.end(), text) != m_seen.end())
            return;
        m_seen.push_back(text);
        m_pending.push_back(std::move(text));
    }

    std::vector<std::string> take()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return std::exchange(m_pending, {});
    }

private:
    std::mutex m_mutex;
    std::vector<std::string> m_seen, m_pending;
};

TorchLogRoute::TorchLogRoute() : m_handler(std::make_unique<Handler>())
{
    m_previousLevel = FLAGS_minloglevel;
    FLAGS_minloglevel = std::max(m_previousLevel, int(google::GLOG_ERROR));
    m_previousHandler = MIZAN_WARNING_UTILS::get_warning_handler();
    MIZAN_WARNING_UTILS::set_warning_handler(m_handler.get());
}

TorchLogRoute::~TorchLogRoute()
{
    MIZAN_WARNING_UTILS::set_warning_handler(m_previousHandler);
    FLAGS_minloglevel = m_previousLevel;
}

std::vector<std::string> TorchLogRoute::takeWarnings() { return m_handler->take(); }

} // namespace mizan
