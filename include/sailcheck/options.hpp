#pragma once

#include <sailcheck/export.hpp>
#include <sailcheck/severity.hpp>

#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sailcheck {

/// Hard limits of a check. Exceeding the size or depth limit is an LS0003 finding, never a
/// crash; findings beyond a cap are left out and counted by one LS0006 finding, so that hostile
/// input cannot make a report (or its output) grow without bound.
struct limits {
  /// The largest `max_depth` a linter accepts: parsing recurses once per level.
  static constexpr std::size_t k_max_depth_cap = 512;

  std::size_t max_input_bytes = 4 * 1024 * 1024;
  std::size_t max_depth = 32;  ///< 1 to k_max_depth_cap
  /// Findings kept per rule and per check; 0 keeps every finding.
  std::size_t max_findings_per_rule = 100;
  /// Findings kept per check (the LS0006 finding aside), the first in report order; 0 keeps all.
  std::size_t max_findings = 1000;
};

/// The SDK model a payload must work with. Ordered oldest first: a member or enum value a model
/// has is in every newer one. `latest` is the model sailcheck's rules follow.
enum class target_model : std::uint8_t {
  botocore_1_29,  ///< botocore 1.29 (Debian 12's python3-botocore and awscli)
  latest,
};

/// The name used on the command line and in configuration: "latest", "botocore-1.29".
[[nodiscard]] SAILCHECK_API std::string_view to_string(target_model m) noexcept;

/// Parses a name as written by `to_string`; empty when the name is unknown.
[[nodiscard]] SAILCHECK_API std::optional<target_model> parse_target_model(
    std::string_view name) noexcept;

/// Every target model's name, newest first ("latest", "botocore-1.29").
[[nodiscard]] SAILCHECK_API std::span<const std::string_view> target_model_names() noexcept;

/// An organisation's own rule: a JSON Schema (draft 7, as valijson reads it) that every
/// payload must satisfy; a violation is an LS9001 finding at the failing value.
struct policy {
  /// The schema as JSON text; when empty, `schema` is used instead.
  std::string schema_text;
  /// An already-parsed schema, used when `schema_text` is empty.
  boost::json::value schema;
  /// Where the schema came from (a file name), for messages; may be empty.
  std::string file;
  /// The severity of its findings; `off` disables the policy (the schema is still checked).
  sailcheck::severity severity = sailcheck::severity::error;
  /// Names it in findings; when empty, the schema's `title`, else the stem of `file`.
  std::string name;
  /// Said in each finding, before valijson's reason; may be empty.
  std::string message;
};

/// How a linter is built. Rules are named by code ("LS2001"), name ("enum-value") or code
/// prefix ("LS4", "LS40"); "ALL" names every rule.
struct options {
  /// When not empty, only these rules run (plus the input rules LS0001 to LS0004, which always
  /// run because nothing can be checked without them).
  std::vector<std::string> select;
  /// Rules that do not run; applied after `select`.
  std::vector<std::string> ignore;
  /// Severity overrides, applied in order after `select`/`ignore`; `severity::off` disables.
  std::vector<std::pair<std::string, severity>> severities;
  sailcheck::limits limits;
  /// With a model older than `latest`, LS5001 newer-than-target-model runs (at error severity,
  /// before `select`, `ignore` and `severities` apply) and reports what that model lacks.
  sailcheck::target_model target_model = target_model::latest;
  /// Checked after the rules on every document that is a request object (see `policy`).
  std::vector<policy> policies;
};

}  // namespace sailcheck
