#pragma once
// What a user sees of an exception caught at the edge of a unit of work: one bounded line of
// our own words, never a C++ stack trace (libtorch's messages carry one after the first line),
// never a library's internal tag ("[json.exception.type_error.302]").
#include <exception>
#include <string>

namespace mizan {

std::string errorText(const std::exception &e);

} // namespace mizan
