#pragma once
// INTERNAL to core/train/dist (torch): while a data-parallel run is joined, what c10d and Gloo
// would print on stderr on their own (glog INFO and WARNING lines such as a store client's
// connection retries, and TORCH_WARN warnings) stays off it: the glog lines below ERROR are
// dropped (Mizan's own messages name what went wrong), the warnings are kept, each once, for
// the run to report through its message channel. Process-wide; restores the previous settings.
#include <c10/util/Exception.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace mizan {

class TorchLogRoute {
public:
    TorchLogRoute();
    ~TorchLogRoute();
    TorchLogRoute(const TorchLogRoute &) = delete;
    TorchLogRoute &operator=(const TorchLogRoute &) = delete;

    // The distinct warnings libtorch gave since the last call.
    std::vector<std::string> takeWarnings();

private:
    class Handler;
    std::unique_ptr<Handler> m_handler;
    c10::WarningHandler *m_previousHandler = nullptr;
    int m_previousLevel = 0;
};

} // namespace mizan
