#include "format/terminal.hpp"

#include "text.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace sailcheck::detail {
namespace {

struct code_point_range {
  char32_t first;
  char32_t last;
};

// East Asian Width W and F, by block rather than code point by code point: the scripts and
// symbols people put in names and tags (CJK, kana, Hangul, fullwidth forms, emoji). A character
// it misses is one column short in the excerpt; nothing else depends on it.
constexpr std::array<code_point_range, 17> k_wide = {{
    {0x1100, 0x115F},    // Hangul Jamo initial consonants
    {0x2E80, 0x303E},    // CJK radicals, Kangxi, ideographic description, CJK punctuation
    {0x3041, 0x33FF},    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compat
    {0x3400, 0x4DBF},    // CJK extension A
    {0x4E00, 0x9FFF},    // CJK unified ideographs
    {0xA000, 0xA4CF},    // Yi
    {0xA960, 0xA97F},    // Hangul Jamo extended A
    {0xAC00, 0xD7A3},    // Hangul syllables
    {0xF900, 0xFAFF},    // CJK compatibility ideographs
    {0xFE10, 0xFE19},    // vertical forms
    {0xFE30, 0xFE6F},    // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},    // fullwidth ASCII
    {0xFFE0, 0xFFE6},    // fullwidth signs
    {0x1F300, 0x1F64F},  // pictographs, emoticons
    {0x1F900, 0x1F9FF},  // supplemental symbols and pictographs
    {0x20000, 0x2FFFD},  // CJK extensions B to F, compatibility supplement
    {0x30000, 0x3FFFD},  // CJK extensions G and H
}};

bool is_wide(char32_t cp) noexcept {
  const auto it =
      std::upper_bound(k_wide.begin(), k_wide.end(), cp,
                       [](char32_t value, const code_point_range& r) { return value < r.first; });
  return it != k_wide.begin() && cp <= std::prev(it)->last;
}

bool is_line_break(char c) noexcept { return c == '\n' || c == '\r'; }

bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// Width of the character at `pos` as the window walks see it: a tab counts as a whole tab stop,
// the most it can take, so that the rendered window never exceeds its budget.
struct piece {
  std::size_t length;
  std::size_t width;
};

piece measure(std::string_view s, std::size_t pos) noexcept {
  const utf8_char ch = decode_utf8(s, pos);
  if (!ch.valid) return {1, 4};  // \xNN
  if (ch.code_point == '\t') return {1, k_tab_stop};
  if (must_escape(ch.code_point)) return {ch.length, 6};  // \uXXXX (all in the BMP)
  return {ch.length, display_width(ch.code_point)};
}

// Start of the character that ends at `pos` (> 0), splitting bytes that are not a valid sequence
// into single bytes as decode_utf8 does going forward.
std::size_t previous_char(std::string_view s, std::size_t pos) noexcept {
  const std::size_t limit = pos >= 4 ? pos - 4 : 0;
  std::size_t p = pos - 1;
  while (p > limit && is_continuation(s[p])) --p;
  const utf8_char ch = decode_utf8(s, p);
  return ch.valid && p + ch.length == pos ? p : pos - 1;
}

// Moves `start` left over whole characters while they fit in `budget` columns, never across a
// line break.
void walk_left(std::string_view s, std::size_t& start, std::size_t& used, std::size_t budget) {
  while (start > 0 && !is_line_break(s[start - 1])) {
    const std::size_t p = previous_char(s, start);
    const std::size_t w = measure(s, p).width;
    if (used + w > budget) break;
    used += w;
    start = p;
  }
}

void walk_right(std::string_view s, std::size_t& stop, std::size_t& used, std::size_t budget) {
  while (stop < s.size() && !is_line_break(s[stop])) {
    const piece pc = measure(s, stop);
    if (used + pc.width > budget) break;
    used += pc.width;
    stop += pc.length;
  }
}

}  // namespace

void append_printable(std::string& out, std::string_view s) {
  std::size_t clean = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const utf8_char ch = decode_utf8(s, pos);
    if (ch.valid && !must_escape(ch.code_point)) {
      pos += ch.length;
      continue;
    }
    out.append(s.substr(clean, pos - clean));
    // append_escaped owns the spelling of the escapes; these characters are never `\` or `'`.
    append_escaped(out, s.substr(pos, ch.length));
    pos += ch.length;
    clean = pos;
  }
  out.append(s.substr(clean));
}

std::size_t display_width(char32_t cp) noexcept {
  if (cp < 0x300) return 1;  // before the first combining marks
  if (is_wide(cp)) return 2;
  // Combining marks draw over the previous character. Spacing marks (Mc) are in this class too
  // and take one column on most terminals: their excerpts may be a column off.
  if (classify(cp) == char_class::mark) return 0;
  return 1;
}

std::optional<excerpt> make_excerpt(std::string_view s, std::size_t begin, std::size_t end) {
  if (begin > s.size()) return std::nullopt;
  // Context before the token first (at most the lead), then the token and what follows with
  // the rest of the budget; a line that ends soon after the token gives its unused budget back
  // to the left side.
  std::size_t start = begin;
  std::size_t left = 0;
  walk_left(s, start, left, k_excerpt_lead);
  std::size_t stop = begin;
  std::size_t right = 0;
  walk_right(s, stop, right, k_excerpt_columns - left);
  const bool ends_line = stop == s.size() || is_line_break(s[stop]);
  if (ends_line) walk_left(s, start, left, k_excerpt_columns - right);
  const bool cut_left = start > 0 && !is_line_break(s[start - 1]);

  excerpt e;
  std::size_t col = 0;
  if (cut_left) {
    e.text += "\u2026";
    col = 1;
  }
  const std::size_t token_stop = std::max(begin, std::min(end, stop));
  bool caret_set = false;
  bool end_set = false;
  std::size_t end_col = 0;
  for (std::size_t pos = start; pos < stop;) {
    // `>=` rather than `==`: an offset inside a multi-byte character (a syntax error in broken
    // UTF-8) still gets its caret, on the character that holds it.
    if (!caret_set && pos >= begin) {
      e.caret = col;
      caret_set = true;
    }
    if (!end_set && pos >= token_stop) {
      end_col = col;
      end_set = true;
    }
    const utf8_char ch = decode_utf8(s, pos);
    if (ch.valid && ch.code_point == '\t') {
      const std::size_t n = k_tab_stop - col % k_tab_stop;
      e.text.append(n, ' ');
      col += n;
    } else if (!ch.valid || must_escape(ch.code_point)) {
      const std::size_t before = e.text.size();
      append_printable(e.text, s.substr(pos, ch.length));
      col += e.text.size() - before;  // escapes are ASCII
    } else {
      e.text.append(s.substr(pos, ch.length));
      col += display_width(ch.code_point);
    }
    pos += ch.length;
  }
  if (!caret_set) e.caret = col;
  if (!end_set) end_col = col;
  e.width = std::max<std::size_t>(1, end_col > e.caret ? end_col - e.caret : 0);
  if (!ends_line) e.text += "\u2026";
  return e;
}

std::size_t token_end(std::string_view s, std::size_t begin) noexcept {
  if (begin >= s.size()) return begin;
  const char c = s[begin];
  if (c == '{' || c == '[') return begin + 1;
  if (c == '"') {
    for (std::size_t pos = begin + 1; pos < s.size(); ++pos) {
      if (s[pos] == '\\') {
        ++pos;
      } else if (s[pos] == '"') {
        return pos + 1;
      } else if (is_line_break(s[pos])) {
        return pos;
      }
    }
    return s.size();
  }
  std::size_t pos = begin;
  while (pos < s.size() && std::string_view(",:]} \t\r\n").find(s[pos]) == std::string_view::npos)
    ++pos;
  return std::max(pos, begin + 1);
}

}  // namespace sailcheck::detail
