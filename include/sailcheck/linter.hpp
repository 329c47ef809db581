#pragma once

#include <sailcheck/diagnostic.hpp>
#include <sailcheck/error.hpp>
#include <sailcheck/options.hpp>
#include <sailcheck/rule_info.hpp>

#include <boost/json/value.hpp>
#include <boost/system/result.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace sailcheck {

namespace detail {
class policy_set;
}  // namespace detail

/// Every rule of the CreateDistribution rule set, sorted by code.
std::span<const rule_info* const> all_rules() noexcept;

/// Finds a rule by code ("LS2001") or name ("enum-value"); null when there is none.
const rule_info* find_rule(std::string_view code_or_name) noexcept;

/// The library version, e.g. "0.1.0".
std::string_view version() noexcept;

/// Checks CreateDistribution payloads. Built once from options, immutable afterwards, and safe
/// to use from several threads at once. No exception escapes a check for anything about the
/// payload: bad input is reported as diagnostics.
class linter {
 public:
  /// A linter with every rule at its default severity and the default limits.
  linter() noexcept;

  /// Validates the options (rule names, limits) and compiles the policies once; the error names
  /// what is wrong (for a policy: its file and name).
  static boost::system::result<linter, config_error> create(const options& opts);

  /// Parses and checks `text`; diagnostics carry line, column and byte offset.
  report check_text(std::string_view text) const;

  /// Checks an already-parsed document. No positions (they are zero), no parse findings.
  report check(const boost::json::value& document) const;

  /// The severity a rule has in this linter (`off` when disabled).
  severity severity_of(std::string_view code) const noexcept;

  const sailcheck::limits& limits() const noexcept { return limits_; }

  /// The names of the policies, in the order of `options::policies` (with their defaults).
  std::vector<std::string_view> policy_names() const;

 private:
  report check_text_unguarded(std::string_view text) const;

  static constexpr std::size_t k_max_rules = 64;
  std::array<severity, k_max_rules> severities_{};
  sailcheck::limits limits_;
  // Compiled once, then only read: copies of the linter share them, and so may threads.
  std::shared_ptr<const detail::policy_set> policies_;
  bool policy_severity_overridden_ = false;  // a `severities` entry matched LS9001
};

}  // namespace sailcheck
