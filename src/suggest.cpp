#include "suggest.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>

namespace sailcheck::detail {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t too_far = limit + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return too_far;
  // Names are short; longer inputs are not near misses of anything we know.
  constexpr std::size_t k_max = 64;
  if (a.size() > k_max || b.size() > k_max) return too_far;
  std::array<std::array<std::size_t, k_max + 1>, 3> rows{};  // two back, previous, current
  for (std::size_t j = 0; j <= b.size(); ++j) rows[1][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    auto& cur = rows[(i + 1) % 3];
    auto& prev = rows[i % 3];
    auto& prev2 = rows[(i + 2) % 3];
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const bool same = ascii_lower(a[i - 1]) == ascii_lower(b[j - 1]);
      std::size_t d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && ascii_lower(a[i - 1]) == ascii_lower(b[j - 2]) &&
          ascii_lower(a[i - 2]) == ascii_lower(b[j - 1]))
        d = std::min(d, prev2[j - 2] + 1);
      cur[j] = d;
      row_min = std::min(row_min, d);
    }
    if (row_min > limit) return too_far;
  }
  return std::min(rows[(a.size() + 1) % 3][b.size()], too_far);
}

bool loosely_equal(std::string_view a, std::string_view b) noexcept {
  std::size_t i = 0;
  std::size_t j = 0;
  auto separator = [](char c) { return c == '_' || c == '-'; };
  for (;;) {
    while (i < a.size() && separator(a[i])) ++i;
    while (j < b.size() && separator(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (ascii_lower(a[i]) != ascii_lower(b[j])) return false;
    ++i;
    ++j;
  }
}

namespace {

// The search both `closest` and `closest_member` make; `limit_of(candidate)` is how far a
// candidate may be.
template <typename limit_fn>
std::optional<std::size_t> nearest(std::string_view word,
                                   std::span<const std::string_view> candidates, std::uint64_t skip,
                                   limit_fn limit_of) {
  auto skipped = [&](std::size_t i) { return i < 64 && ((skip >> i) & 1u) != 0; };
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (!skipped(i) && loosely_equal(word, candidates[i])) return i;
  std::optional<std::size_t> best;
  std::size_t best_distance = 0;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (skipped(i)) continue;
    const std::size_t limit = limit_of(candidates[i]);
    const std::size_t d = edit_distance(word, candidates[i], limit);
    // A distance as large as the word itself means nothing of it matched.
    if (d <= limit && (!best || d < best_distance) && d < candidates[i].size() && d < word.size()) {
      best = i;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace

std::optional<std::size_t> closest(std::string_view word,
                                   std::span<const std::string_view> candidates,
                                   std::size_t max_distance, std::uint64_t skip) {
  return nearest(word, candidates, skip, [&](std::string_view) { return max_distance; });
}

std::optional<std::size_t> closest_member(std::string_view word,
                                          std::span<const std::string_view> candidates,
                                          std::uint64_t skip) {
  return nearest(word, candidates, skip, member_edit_limit);
}

}  // namespace sailcheck::detail
