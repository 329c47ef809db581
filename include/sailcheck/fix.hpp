#pragma once

#include <sailcheck/diagnostic.hpp>
#include <sailcheck/export.hpp>

#include <boost/assert/source_location.hpp>
#include <boost/system/result.hpp>

#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sailcheck {

/// Why fixes could not be applied: two fixes edit overlapping bytes, or a fix no longer matches
/// the text (it was found in another version of the file).
struct fix_error {
  std::string message;
};

[[noreturn]] inline void throw_exception_from_error(const fix_error& e,
                                                    const boost::source_location&) {
  throw std::invalid_argument(e.message);
}

struct fixed_text {
  std::string text;
  std::size_t applied = 0;  ///< how many fixes were applied
};

/// Applies the fixes of `diagnostics` (those that have one) to `text`, the text they were found
/// in. Only the bytes of the affected values or member names change: formatting, key order, line
/// endings and indentation are kept. Refuses overlapping or stale fixes.
///
/// Complexity: O(n + d log d), n the bytes of `text`, d the diagnostics. Exception safety:
/// strong guarantee; a fix that cannot be applied is an error in the result. Calls to allocate
/// may throw.
[[nodiscard]] SAILCHECK_API boost::system::result<fixed_text, fix_error> apply_fixes(
    std::string_view text, std::span<const diagnostic> diagnostics);

/// A unified diff (`diff -u` style, 3 lines of context) from `before` to `after`, with headers
/// `--- a/NAME` and `+++ b/NAME`; empty when the texts are equal.
///
/// Complexity: O((a + b) * e), a and b the lines of the texts and e the lines that differ
/// (Myers' algorithm), and never more than 64 million line comparisons: past that bound the diff
/// is still exact but no longer minimal. Exception safety: strong guarantee. Calls to allocate
/// may throw.
[[nodiscard]] SAILCHECK_API std::string unified_diff(std::string_view name,
                                                     std::string_view before,
                                                     std::string_view after);

}  // namespace sailcheck
