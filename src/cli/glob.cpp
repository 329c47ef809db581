// Temporary: replaced by the full implementation.
#include "cli/glob.hpp"

namespace sailcheck::cli {

bool has_glob_chars(std::string_view s) noexcept {
  return s.find_first_of("*?[") != std::string_view::npos;
}

bool glob_match(std::string_view pattern, std::string_view path) noexcept {
  return pattern == path || pattern == "**";
}

}  // namespace sailcheck::cli
