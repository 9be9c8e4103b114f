#pragma once
// INTERNAL to core (torch): the key of a parameter in a libtorch optimizer's state map.
#include <torch/torch.h>

#include <sstream>
#include <string>
#include <type_traits>

namespace mizan {

// The optimizer state map's key for a parameter: a string in libtorch 1.x, a pointer in 2.x.
template <typename Map>
typename Map::key_type stateKey(const torch::Tensor &p)
{
    using Key = typename Map::key_type;
    if constexpr (std::is_same_v<Key, std::string>) {
        std::ostringstream os;  // what libtorch 1.x's c10::guts::to_string(TensorImpl*) produces
        os << p.unsafeGetTensorImpl();
        return os.str();
    } else {
        return static_cast<Key>(p.unsafeGetTensorImpl());
    }
}

} // namespace mizan
