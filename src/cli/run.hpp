#pragma once

#include <functional>
#include <iosfwd>
#include <span>
#include <string_view>

namespace sailcheck::cli {

/// Exit codes CI can trust.
enum exit_code : int {
  k_exit_clean = 0,     ///< nothing at or above the fail level
  k_exit_findings = 1,  ///< findings at or above the fail level (an invalid JSON file is one)
  k_exit_usage = 2,     ///< the tool could not do its job: bad flag or configuration, bad input
};

/// What the process gives the command line besides its arguments.
struct environment {
  int stdin_fd = 0;
  bool stdout_is_tty = false;
  /// The environment variable `name`, or null (NO_COLOR, FORCE_COLOR, GITHUB_STEP_SUMMARY).
  std::function<const char*(const char*)> getenv = [](const char*) -> const char* {
    return nullptr;
  };
  /// errno of the first failed write to `out`, 0 when none failed: EPIPE (the reader went away)
  /// ends the run quietly.
  std::function<int()> out_error = [] { return 0; };
};

/// The whole command line; main() only calls this.
int run(std::span<const std::string_view> args, std::ostream& out, std::ostream& err,
        const environment& env);

}  // namespace sailcheck::cli
