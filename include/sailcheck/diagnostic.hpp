#pragma once

#include <sailcheck/export.hpp>
#include <sailcheck/severity.hpp>

#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck {

/// A position in the checked text. Lines and columns are 1-based, columns count Unicode code
/// points, and CRLF is one line break. All zero when the report came from an already-parsed value.
struct source_position {
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t offset = 0;  ///< byte offset from the start of the text

  friend bool operator==(const source_position&, const source_position&) = default;
};

/// Another place that explains a finding, e.g. the first occurrence of a duplicate key.
struct related_location {
  std::string pointer;  ///< RFC 6901 JSON Pointer
  source_position position;
  std::string message;
};

/// A suggested edit, expressed as one RFC 6902 JSON Patch operation: `replace` the value at
/// `path` with `value`, or `move` the member at `from` to `path` (a rename).
struct fix {
  enum class operation : std::uint8_t { replace, move };
  operation op = operation::replace;
  std::string path;
  std::string from;          ///< only for `move`
  boost::json::value value;  ///< only for `replace`
  std::string description;   ///< one short sentence, e.g. "set minimumTTL to 0"
};

/// One finding of one rule.
struct diagnostic {
  std::string_view code;  ///< stable rule code, e.g. "LS2001"
  std::string_view name;  ///< rule name, e.g. "enum-value"
  sailcheck::severity severity = severity::error;
  std::string pointer;  ///< RFC 6901 JSON Pointer of the finding ("" is the whole document)
  source_position begin;
  source_position end;  ///< one past the reported token
  std::string message;  ///< one sentence, lower-case start, no trailing period
  std::optional<sailcheck::fix> fix;
  std::vector<related_location> related;
};

/// What one check returned: every finding, sorted by offset, then rule code, then pointer.
struct report {
  std::vector<diagnostic> diagnostics;

  /// How many findings have severity `s`.
  ///
  /// Complexity: linear in the findings. Exception safety: no-throw.
  [[nodiscard]] SAILCHECK_API std::size_t count(severity s) const noexcept;
  /// True when at least one finding has error severity.
  ///
  /// Complexity: linear in the findings. Exception safety: no-throw.
  [[nodiscard]] bool has_errors() const noexcept { return count(severity::error) != 0; }
};

}  // namespace sailcheck
