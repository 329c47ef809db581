#pragma once

#include <sailcheck/diagnostic.hpp>
#include <sailcheck/error.hpp>
#include <sailcheck/export.hpp>
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

// Complexity is given in n, the bytes of the text (or the values of a document), and f, the
// findings kept. "Strong guarantee" means that on an exception nothing observable changed.

/// Every rule of the CreateDistribution rule set, sorted by code.
///
/// Complexity: constant. Exception safety: no-throw. The span and the rules it points to live
/// as long as the program.
[[nodiscard]] SAILCHECK_API std::span<const rule_info* const> all_rules() noexcept;

/// Finds a rule by code ("LS2001") or name ("enum-value"); null when there is none.
///
/// Complexity: linear in the number of rules. Exception safety: no-throw.
[[nodiscard]] SAILCHECK_API const rule_info* find_rule(std::string_view code_or_name) noexcept;

/// The library version, e.g. "0.1.0".
///
/// Complexity: constant. Exception safety: no-throw.
[[nodiscard]] SAILCHECK_API std::string_view version() noexcept;

/// Checks CreateDistribution payloads. Built once from options, immutable afterwards, and safe
/// to use from several threads at once. No exception escapes a check for anything about the
/// payload: bad input is reported as diagnostics.
class SAILCHECK_API linter {
 public:
  /// A linter with every rule at its default severity and the default limits.
  ///
  /// Complexity: constant. Exception safety: no-throw.
  linter() noexcept;

  /// Validates the options (rule names, limits) and compiles the policies once; the error names
  /// what is wrong (for a policy: its file and name).
  ///
  /// Complexity: linear in the size of the options and the policy schemas. Exception safety:
  /// strong guarantee; a bad option or policy is an error in the result, never an exception.
  /// Calls to allocate may throw.
  [[nodiscard]] static boost::system::result<linter, config_error> create(const options& opts);

  /// Parses and checks `text`; diagnostics carry line, column and byte offset.
  ///
  /// Complexity: O(n + f log f) time; memory O(n) for the parsed document, which is discarded
  /// before returning, plus O(f). Input over `limits().max_input_bytes` is refused after O(1)
  /// work (an LS0003 finding). Exception safety: strong guarantee. Anything about the text is a
  /// diagnostic; an internal failure, memory exhaustion included, is an LS0004 diagnostic; only
  /// when even that report cannot be built does `std::bad_alloc` reach the caller.
  [[nodiscard]] report check_text(std::string_view text) const;

  /// Checks an already-parsed document. No positions (they are zero), no parse findings.
  ///
  /// Complexity: O(n + f log f), n the number of values in `document`. Exception safety: as
  /// `check_text`.
  [[nodiscard]] report check(const boost::json::value& document) const;

  /// The severity a rule has in this linter (`off` when disabled or unknown).
  ///
  /// Complexity: linear in the number of rules. Exception safety: no-throw.
  [[nodiscard]] severity severity_of(std::string_view code) const noexcept;

  /// The limits the linter was built with. Complexity: constant. Exception safety: no-throw.
  [[nodiscard]] const sailcheck::limits& limits() const noexcept { return limits_; }

  /// The SDK model payloads are checked against (`options::target_model`).
  /// Complexity: constant. Exception safety: no-throw.
  [[nodiscard]] sailcheck::target_model target_model() const noexcept { return target_model_; }

  /// The names of the policies, in the order of `options::policies` (with their defaults); they
  /// live as long as the linter. Complexity: linear in the policies. Exception safety: strong
  /// guarantee; calls to allocate may throw.
  [[nodiscard]] std::vector<std::string_view> policy_names() const;

 private:
  report check_text_unguarded(std::string_view text) const;

  static constexpr std::size_t k_max_rules = 64;
  std::array<severity, k_max_rules> severities_{};
  sailcheck::limits limits_;
  sailcheck::target_model target_model_ = sailcheck::target_model::latest;
  // Compiled once, then only read: copies of the linter share them, and so may threads.
  std::shared_ptr<const detail::policy_set> policies_;
  bool policy_severity_overridden_ = false;  // a `severities` entry matched LS9001
};

}  // namespace sailcheck
