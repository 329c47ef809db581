// Temporary until apply.cpp and diff.cpp land.
#include <sailcheck/fix.hpp>

namespace sailcheck {

boost::system::result<fixed_text, fix_error> apply_fixes(std::string_view,
                                                         std::span<const diagnostic>) {
  return fix_error{"not available"};
}

std::string unified_diff(std::string_view, std::string_view, std::string_view) { return {}; }

}  // namespace sailcheck
