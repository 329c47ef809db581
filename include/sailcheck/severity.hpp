#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace sailcheck {

/// How much a finding matters. `off` disables a rule.
enum class severity : std::uint8_t { off, info, warning, error };

/// The lower-case name used in output and configuration: "off", "info", "warning", "error".
std::string_view to_string(severity s) noexcept;

/// Parses a name as written by `to_string`; empty when the name is unknown.
std::optional<severity> parse_severity(std::string_view name) noexcept;

}  // namespace sailcheck
