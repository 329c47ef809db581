#pragma once

#include <iosfwd>
#include <span>
#include <string_view>

namespace sailcheck::cli {

/// Exit codes CI can trust.
enum exit_code : int {
  k_exit_clean = 0,     ///< no finding at error severity
  k_exit_findings = 1,  ///< at least one error finding (an invalid JSON file is one)
  k_exit_usage = 2,     ///< the tool could not do its job: bad flag, unreadable or missing file
};

/// The whole command line; main() only calls this.
int run(std::span<const std::string_view> args, std::istream& in, std::ostream& out,
        std::ostream& err);

}  // namespace sailcheck::cli
