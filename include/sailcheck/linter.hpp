#pragma once

#include <sailcheck/diagnostic.hpp>
#include <sailcheck/error.hpp>
#include <sailcheck/options.hpp>
#include <sailcheck/rule_info.hpp>

#include <boost/json/value.hpp>
#include <boost/system/result.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace sailcheck {

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

  /// Validates the options (rule names, limits); the error names what is wrong.
  static boost::system::result<linter, config_error> create(const options& opts);

  /// Parses and checks `text`; diagnostics carry line, column and byte offset.
  report check_text(std::string_view text) const;

  /// Checks an already-parsed document. No positions (they are zero), no parse findings.
  report check(const boost::json::value& document) const;

  /// The severity a rule has in this linter (`off` when disabled).
  severity severity_of(std::string_view code) const noexcept;

  const sailcheck::limits& limits() const noexcept { return limits_; }

  /// The SDK model payloads are checked against (`options::target_model`).
  sailcheck::target_model target_model() const noexcept { return target_model_; }

 private:
  report check_text_unguarded(std::string_view text) const;

  static constexpr std::size_t k_max_rules = 64;
  std::array<severity, k_max_rules> severities_{};
  sailcheck::limits limits_;
  sailcheck::target_model target_model_ = sailcheck::target_model::latest;
};

}  // namespace sailcheck
