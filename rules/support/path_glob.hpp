#pragma once

// Whether two cache path patterns can match the same URL, for LS4003 redundant-path-behavior.
// CloudFront path patterns have two wildcards: `*` matches any run of characters (`/` included,
// possibly none) and `?` exactly one character; every other character is literal and
// case-sensitive (CloudFront PathPattern documentation).

#include "unicode.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sailcheck::rules::path_glob {

/// The pattern as code points, without one leading `/` (RULES.md: `/css/*` and `css/*` are one
/// pattern). `?` must be one character, not one byte; an invalid UTF-8 byte becomes a value above
/// U+10FFFF so it equals only the same invalid byte.
inline std::u32string code_points(std::string_view path) {
  if (path.starts_with('/')) path.remove_prefix(1);
  std::u32string out;
  out.reserve(path.size());
  for (std::size_t pos = 0; pos < path.size();) {
    const detail::utf8_char ch = detail::decode_utf8(path, pos);
    out += ch.valid ? ch.code_point : static_cast<char32_t>(0x110000 + ch.code_point);
    pos += ch.length;
  }
  return out;
}

/// Decides overlap of pattern pairs within a fixed amount of work, so a payload with thousands
/// of long paths cannot make the linter slow: once `budget` steps are spent, every further pair
/// is assumed to overlap (the answer that reports nothing).
class overlap_test {
 public:
  static constexpr std::size_t k_default_budget = std::size_t{1} << 24;

  explicit overlap_test(std::size_t budget = k_default_budget) noexcept : budget_(budget) {}

  /// True when some string matches both patterns, or when the budget is spent.
  bool may_overlap(std::u32string_view a, std::u32string_view b) {
    if (exhausted_) return true;
    // The literal ends outside any `*` must agree: this settles most real pairs (`a/*` vs
    // `b/*`, `*.css` vs `*.png`) in a few steps, before the table below.
    std::size_t steps = 1;
    const bool agree = ends_agree(a, b, steps);
    if (!spend(steps)) return true;
    if (!agree) return false;
    // A literal head or tail both share (no wildcard in it) must be in every string matching
    // both, so only what lies between is compared: `site/images/*` against
    // `site/images/private-000/*` is `*` against `private-000/*`.
    trim_common_literals(a, b);
    if (!spend((a.size() + 1) * (b.size() + 1))) return true;
    return overlaps(a, b);
  }

  bool exhausted() const noexcept { return exhausted_; }

 private:
  static bool same_char(char32_t x, char32_t y) noexcept {
    return x == y || x == U'?' || y == U'?';
  }

  static bool literal(char32_t c) noexcept { return c != U'*' && c != U'?'; }

  static void trim_common_literals(std::u32string_view& a, std::u32string_view& b) noexcept {
    std::size_t k = 0;
    while (k < a.size() && k < b.size() && a[k] == b[k] && literal(a[k])) ++k;
    a.remove_prefix(k);
    b.remove_prefix(k);
    k = 0;
    while (k < a.size() && k < b.size() && a[a.size() - 1 - k] == b[b.size() - 1 - k] &&
           literal(a[a.size() - 1 - k]))
      ++k;
    a.remove_suffix(k);
    b.remove_suffix(k);
  }

  // Counts the characters it looks at in `steps`.
  static bool ends_agree(std::u32string_view a, std::u32string_view b,
                         std::size_t& steps) noexcept {
    for (std::size_t k = 0; k < a.size() && k < b.size() && a[k] != U'*' && b[k] != U'*'; ++k) {
      ++steps;
      if (!same_char(a[k], b[k])) return false;
    }
    for (std::size_t k = 1; k <= a.size() && k <= b.size(); ++k) {
      ++steps;
      const char32_t x = a[a.size() - k];
      const char32_t y = b[b.size() - k];
      if (x == U'*' || y == U'*') break;
      if (!same_char(x, y)) return false;
    }
    return true;
  }

  // match[i][j]: some string matches both a[i..] and b[j..]. Row i needs only row i + 1 and the
  // already computed cell to its right, so two rows suffice: O(|a| * |b|) time, O(|b|) space, no
  // recursion and no backtracking.
  bool overlaps(std::u32string_view a, std::u32string_view b) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    below_.assign(m + 1, 0);
    row_.assign(m + 1, 0);
    for (std::size_t i = n + 1; i-- > 0;) {
      for (std::size_t j = m + 1; j-- > 0;) {
        bool v = false;
        if (i == n && j == m)
          v = true;
        else if (i < n && a[i] == U'*')  // the star matches nothing, or absorbs what b[j] matches
          v = below_[j] != 0 || (j < m && row_[j + 1] != 0);
        else if (j < m && b[j] == U'*')
          v = row_[j + 1] != 0 || (i < n && below_[j] != 0);
        else if (i < n && j < m)
          v = same_char(a[i], b[j]) && below_[j + 1] != 0;
        row_[j] = v ? 1 : 0;
      }
      below_.swap(row_);
    }
    return below_[0] != 0;
  }

  bool spend(std::size_t steps) noexcept {
    if (exhausted_ || steps > budget_) {
      exhausted_ = true;
      return false;
    }
    budget_ -= steps;
    return true;
  }

  std::vector<unsigned char> below_;
  std::vector<unsigned char> row_;
  std::size_t budget_;
  bool exhausted_ = false;
};

}  // namespace sailcheck::rules::path_glob
