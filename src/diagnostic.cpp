#include <sailcheck/diagnostic.hpp>
#include <sailcheck/severity.hpp>

#include <algorithm>

namespace sailcheck {

std::string_view to_string(severity s) noexcept {
  switch (s) {
    case severity::off:
      return "off";
    case severity::info:
      return "info";
    case severity::warning:
      return "warning";
    case severity::error:
      return "error";
  }
  return "error";
}

std::optional<severity> parse_severity(std::string_view name) noexcept {
  for (severity s : {severity::off, severity::info, severity::warning, severity::error})
    if (to_string(s) == name) return s;
  return std::nullopt;
}

std::size_t report::count(severity s) const noexcept {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [s](const diagnostic& d) { return d.severity == s; }));
}

}  // namespace sailcheck
