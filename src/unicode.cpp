#include "unicode.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace sailcheck::detail {
namespace {

// Inclusive bounds, so single code points need no special encoding.
struct code_point_range {
  char32_t first;
  char32_t last;
};

struct case_fold_pair {
  char32_t from;
  char32_t to;
};

#include "unicode_case_folding.inc"
#include "unicode_tables.inc"

// The binary search below relies on this; checking at compile time catches a
// hand-edited or badly regenerated table before it can misclassify anything.
template <std::size_t N>
constexpr bool is_sorted_disjoint(const code_point_range (&ranges)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    if (ranges[i].first > ranges[i].last) return false;
    if (i > 0 && ranges[i - 1].last >= ranges[i].first) return false;
  }
  return true;
}

static_assert(is_sorted_disjoint(k_letter_ranges));
static_assert(is_sorted_disjoint(k_number_ranges));
static_assert(is_sorted_disjoint(k_space_ranges));
static_assert(is_sorted_disjoint(k_mark_ranges));

constexpr bool is_sorted_unique(const auto& pairs) {
  for (std::size_t i = 1; i < std::size(pairs); ++i)
    if (pairs[i - 1].from >= pairs[i].from) return false;
  return true;
}

static_assert(is_sorted_unique(k_simple_folding));
static_assert(k_case_folding_version == k_unicode_version);

template <std::size_t N>
bool contains(const code_point_range (&ranges)[N], char32_t cp) noexcept {
  // Find the last range starting at or before cp; it is the only candidate.
  const auto* it =
      std::upper_bound(std::begin(ranges), std::end(ranges), cp,
                       [](char32_t value, const code_point_range& r) { return value < r.first; });
  if (it == std::begin(ranges)) return false;
  --it;
  return cp <= it->last;
}

constexpr bool is_continuation(unsigned char b) noexcept { return (b & 0xC0U) == 0x80U; }

constexpr utf8_char invalid_byte(unsigned char b) noexcept { return {b, 1, false}; }

}  // namespace

char_class classify(char32_t cp) noexcept {
  // Source text is overwhelmingly ASCII; skip the table searches for it.
  if (cp < 0x80) {
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z')) return char_class::letter;
    if (cp >= U'0' && cp <= U'9') return char_class::number;
    if (cp == U' ') return char_class::space;
    return char_class::other;
  }
  // Ordered by how often each class shows up in non-ASCII identifiers/text.
  if (contains(k_letter_ranges, cp)) return char_class::letter;
  if (contains(k_mark_ranges, cp)) return char_class::mark;
  if (contains(k_number_ranges, cp)) return char_class::number;
  if (contains(k_space_ranges, cp)) return char_class::space;
  return char_class::other;
}

utf8_char decode_utf8(std::string_view s, std::size_t pos) noexcept {
  if (pos >= s.size()) return {0, 0, false};
  const auto lead = static_cast<unsigned char>(s[pos]);
  if (lead < 0x80) return {lead, 1, true};

  // Bounds for the second byte follow Unicode Table 3-7: narrowing them per
  // lead byte is what rejects overlongs (E0, F0), surrogates (ED) and values
  // above U+10FFFF (F4) without a separate post-decode check.
  std::uint8_t length = 0;
  char32_t cp = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    cp = lead & 0x1FU;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    cp = lead & 0x0FU;
    if (lead == 0xE0) second_min = 0xA0;
    if (lead == 0xED) second_max = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    cp = lead & 0x07U;
    if (lead == 0xF0) second_min = 0x90;
    if (lead == 0xF4) second_max = 0x8F;
  } else {
    // Stray continuation bytes, C0/C1 (always overlong) and F5..FF.
    return invalid_byte(lead);
  }

  if (s.size() - pos < length) return invalid_byte(lead);
  const auto second = static_cast<unsigned char>(s[pos + 1]);
  if (second < second_min || second > second_max) return invalid_byte(lead);
  cp = (cp << 6) | (second & 0x3FU);
  for (std::size_t i = 2; i < length; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if (!is_continuation(b)) return invalid_byte(lead);
    cp = (cp << 6) | (b & 0x3FU);
  }
  return {cp, length, true};
}

std::size_t count_code_points(std::string_view s) noexcept {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < s.size(); pos += decode_utf8(s, pos).length) ++count;
  return count;
}

char32_t simple_fold(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= U'A' && cp <= U'Z' ? cp + (U'a' - U'A') : cp;
  const auto* it =
      std::lower_bound(std::begin(k_simple_folding), std::end(k_simple_folding), cp,
                       [](const case_fold_pair& p, char32_t value) { return p.from < value; });
  return it != std::end(k_simple_folding) && it->from == cp ? it->to : cp;
}

std::string_view unicode_version() noexcept { return k_unicode_version; }

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace sailcheck::detail
