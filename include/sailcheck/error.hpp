#pragma once

#include <boost/assert/source_location.hpp>

#include <stdexcept>
#include <string>

namespace sailcheck {

/// Why a linter could not be built from its options: an unknown rule name, a bad limit.
/// Problems of the payload are never errors; they are diagnostics.
struct config_error {
  std::string message;
};

/// Lets `boost::system::result<T, config_error>::value()` throw when a caller insists.
[[noreturn]] inline void throw_exception_from_error(const config_error& e,
                                                    const boost::source_location&) {
  throw std::invalid_argument(e.message);
}

}  // namespace sailcheck
