#pragma once

// Did-you-mean: which expected name a misspelt one most likely stands for.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace sailcheck::detail {

/// Optimal-string-alignment distance (a transposition costs 1), ASCII case-insensitive; any
/// result above `limit` is returned as `limit + 1` without finishing the computation.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

/// Equal when ASCII letter case and the separators `_` and `-` are ignored:
/// `region_name` ~ `regionName`, `AllowedHttpMethods` ~ `allowedHTTPMethods`.
bool loosely_equal(std::string_view a, std::string_view b) noexcept;

/// The candidate `word` most likely means: a loose match first, else the nearest within
/// `max_distance` edits (earliest candidate on ties). Candidates whose bit is set in `skip`
/// are not considered.
std::optional<std::size_t> closest(std::string_view word,
                                   std::span<const std::string_view> candidates,
                                   std::size_t max_distance = 2, std::uint64_t skip = 0);

/// The edits a misspelt member name may be from the expected `name` and still be a near miss
/// (RULES.md conventions): 1 for names of up to 4 characters, 2 for longer ones, so `kye` is
/// `key` but `xqy` is not.
constexpr std::size_t member_edit_limit(std::string_view name) noexcept {
  return name.size() <= 4 ? 1 : 2;
}

/// `closest` for member names: a loose match first, else the nearest candidate within its own
/// `member_edit_limit` (earliest candidate on ties). Candidates whose bit is set in `skip` are
/// not considered.
std::optional<std::size_t> closest_member(std::string_view word,
                                          std::span<const std::string_view> candidates,
                                          std::uint64_t skip = 0);

}  // namespace sailcheck::detail
