#pragma once

#include <sailcheck/severity.hpp>

#include <string_view>

namespace sailcheck {

/// A rule's identity card: what `--list-rules`, `docs/rules.md` and every output format show.
struct rule_info {
  std::string_view code;  ///< stable, never reused: "LS2001"
  std::string_view name;  ///< kebab-case, also stable: "enum-value"
  severity default_severity = severity::error;
  std::string_view summary;       ///< one line: what the rule reports
  std::string_view rationale;     ///< why, naming the API field it protects and the source
  std::string_view example_bad;   ///< a payload fragment the rule reports
  std::string_view example_good;  ///< the same fragment, fixed
};

}  // namespace sailcheck
