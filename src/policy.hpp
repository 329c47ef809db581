#pragma once

// Policies: an organisation's own rules as JSON Schema, compiled once with valijson and run on
// every request object after the rules (LS9001). valijson stays inside policy.cpp.

#include <sailcheck/error.hpp>
#include <sailcheck/options.hpp>

#include <boost/json/value.hpp>
#include <boost/system/result.hpp>

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::detail {

/// Strings and member names longer than this many bytes never reach a policy that has a
/// `pattern`, `patternProperties` or `format`: valijson tests those with std::regex, whose
/// recursion needs hundreds of bytes of stack per character (a 1 MiB string overflows an 8 MiB
/// stack). Such a string gets a finding that says so, and the policy checks the rest.
inline constexpr std::size_t k_max_pattern_subject = 1024;

/// The longest `pattern` (or `patternProperties` key) a policy may have, in bytes: compiling a
/// regular expression recurses too.
inline constexpr std::size_t k_max_pattern_length = 1024;

/// One LS9001 finding, before positions are known.
struct policy_finding {
  std::string pointer;  ///< RFC 6901
  bool at_key = false;  ///< at the member name rather than its value
  std::string message;
  std::size_t policy = 0;  ///< index into the policy set
};

/// The compiled policies of one linter: immutable once built, shared by its copies and threads.
class policy_set {
 public:
  /// Parses (under `lim`), checks and compiles each policy. The error names the policy's file
  /// and name: not JSON, not a valid schema, a pattern std::regex cannot compile, a `$ref` that
  /// is not local or that loops back to its own schema without entering a member or item.
  static boost::system::result<std::shared_ptr<const policy_set>, config_error> compile(
      std::span<const policy> policies, const limits& lim);

  ~policy_set();
  policy_set(const policy_set&) = delete;
  policy_set& operator=(const policy_set&) = delete;

  std::size_t size() const noexcept;
  std::string_view name(std::size_t i) const noexcept;
  sailcheck::severity level(std::size_t i) const noexcept;

  /// Runs every policy whose severity is not `off` on `document`; findings in policy order,
  /// one per failing value. Never throws for anything about the document: a policy that fails
  /// to run becomes a finding at the root.
  std::vector<policy_finding> check(const boost::json::value& document) const;

 private:
  struct compiled;
  policy_set() = default;
  std::vector<std::unique_ptr<compiled>> policies_;
};

}  // namespace sailcheck::detail
