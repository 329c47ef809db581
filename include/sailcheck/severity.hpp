#pragma once

#include <sailcheck/export.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace sailcheck {

/// How much a finding matters. `off` disables a rule.
enum class severity : std::uint8_t { off, info, warning, error };

/// The lower-case name used in output and configuration: "off", "info", "warning", "error".
///
/// Complexity: constant. Exception safety: no-throw.
[[nodiscard]] SAILCHECK_API std::string_view to_string(severity s) noexcept;

/// Parses a name as written by `to_string`; empty when the name is unknown.
///
/// Complexity: constant. Exception safety: no-throw.
[[nodiscard]] SAILCHECK_API std::optional<severity> parse_severity(std::string_view name) noexcept;

}  // namespace sailcheck
