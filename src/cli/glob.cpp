#include "cli/glob.hpp"

#include "unicode.hpp"

#include <cstddef>
#include <optional>
#include <utility>

namespace sailcheck::cli {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// One character of a pattern or a path: a code point, or one byte that is not valid UTF-8.
struct unit {
  char32_t cp = 0;
  bool valid = false;
  std::size_t length = 1;
};

unit unit_at(std::string_view s, std::size_t pos) noexcept {
  const detail::utf8_char c = detail::decode_utf8(s, pos);
  return {c.code_point, c.valid, c.length == 0 ? std::size_t{1} : std::size_t{c.length}};
}

// An invalid byte carries its value as code point, so validity is part of equality: byte 0xE9
// is not 'é'.
bool same(unit a, unit b) noexcept { return a.cp == b.cp && a.valid == b.valid; }

// One past the ']' that closes the class opening at pat[pos] == '[', or npos when it is unclosed.
std::size_t class_end(std::string_view pat, std::size_t pos) noexcept {
  std::size_t i = pos + 1;
  if (i < pat.size() && (pat[i] == '!' || pat[i] == '^')) ++i;
  if (i < pat.size() && pat[i] == ']') ++i;  // first in the class: a literal ']'
  while (i < pat.size() && pat[i] != ']') {
    if (pat[i] == '\\' && i + 1 < pat.size()) ++i;
    i += unit_at(pat, i).length;
  }
  return i < pat.size() ? i + 1 : npos;
}

// The class member character at pat[i] (after its escape, if any); advances i past it.
unit class_char(std::string_view pat, std::size_t& i) noexcept {
  if (pat[i] == '\\' && i + 1 < pat.size()) ++i;
  const unit u = unit_at(pat, i);
  i += u.length;
  return u;
}

// Whether `c` is in the class pat[pos, end), which class_end delimited.
bool class_matches(std::string_view pat, std::size_t pos, std::size_t end, unit c) noexcept {
  std::size_t i = pos + 1;
  bool negate = false;
  if (pat[i] == '!' || pat[i] == '^') {
    negate = true;
    ++i;
  }
  const std::size_t close = end - 1;
  bool matched = false;
  while (i < close) {
    const unit lo = class_char(pat, i);
    if (i + 1 < close && pat[i] == '-') {
      ++i;
      const unit hi = class_char(pat, i);
      if (lo.valid && hi.valid && c.valid ? lo.cp <= c.cp && c.cp <= hi.cp
                                          : same(lo, c) || same(hi, c))
        matched = true;
    } else if (same(lo, c)) {
      matched = true;
    }
  }
  return matched != negate;
}

// Matches the single pattern element at pat[p] against the character at name[s] (s is in
// range); on success returns the positions after both.
std::optional<std::pair<std::size_t, std::size_t>> match_one(std::string_view pat, std::size_t p,
                                                             std::string_view name,
                                                             std::size_t s) noexcept {
  const unit c = unit_at(name, s);
  if (pat[p] == '?') return std::pair{p + 1, s + c.length};
  if (pat[p] == '[') {
    const std::size_t end = class_end(pat, p);
    if (end != npos) {
      if (!class_matches(pat, p, end, c)) return std::nullopt;
      return std::pair{end, s + c.length};
    }
    // An unclosed '[' is a literal.
  }
  if (pat[p] == '\\' && p + 1 < pat.size()) ++p;
  const unit u = unit_at(pat, p);
  if (!same(u, c)) return std::nullopt;
  return std::pair{p + u.length, s + c.length};
}

// One segment (no '/') against one name: the two-pointer greedy algorithm. On a mismatch only
// the last '*' is retried one character further, which is enough because a '*' can absorb
// whatever an earlier '*' would have: O(pattern x name), never exponential.
bool match_segment(std::string_view pat, std::string_view name) noexcept {
  std::size_t p = 0;
  std::size_t s = 0;
  std::size_t star_p = npos;
  std::size_t star_s = 0;
  while (s < name.size()) {
    if (p < pat.size() && pat[p] == '*') {
      while (p < pat.size() && pat[p] == '*') ++p;
      star_p = p;
      star_s = s;
      continue;
    }
    if (p < pat.size()) {
      if (auto next = match_one(pat, p, name, s)) {
        p = next->first;
        s = next->second;
        continue;
      }
    }
    if (star_p == npos) return false;
    star_s += unit_at(name, star_s).length;
    s = star_s;
    p = star_p;
  }
  while (p < pat.size() && pat[p] == '*') ++p;
  return p == pat.size();
}

// Segments are walked by offset so that nothing allocates: the segment starting at `pos` ends
// at the next '/', and the text is exhausted once `pos` is past its end.
std::string_view segment(std::string_view s, std::size_t pos) noexcept {
  const std::size_t end = s.find('/', pos);
  return s.substr(pos, (end == npos ? s.size() : end) - pos);
}

std::size_t next_segment(std::string_view s, std::size_t pos) noexcept {
  const std::size_t end = s.find('/', pos);
  return end == npos ? s.size() + 1 : end + 1;
}

// The greedy algorithm again, one level up: a `**` segment is the star and every other pattern
// segment matches exactly one path segment. With `parents`, the pattern need only match a
// proper prefix of the path (one of its directories): as if it ended in `/**` with at least
// one segment left for it.
bool match_segments(std::string_view pat, std::string_view path, bool parents) noexcept {
  std::size_t p = 0;
  std::size_t s = 0;
  std::size_t star_p = npos;
  std::size_t star_s = 0;
  while (s <= path.size()) {
    if (parents && p > pat.size()) return true;
    if (p <= pat.size() && segment(pat, p) == "**") {
      p = next_segment(pat, p);
      star_p = p;
      star_s = s;
      continue;
    }
    if (p <= pat.size() && match_segment(segment(pat, p), segment(path, s))) {
      p = next_segment(pat, p);
      s = next_segment(path, s);
      continue;
    }
    if (star_p == npos) return false;
    star_s = next_segment(path, star_s);
    s = star_s;
    p = star_p;
  }
  if (parents) return false;
  while (p <= pat.size() && segment(pat, p) == "**") p = next_segment(pat, p);
  return p > pat.size();
}

std::string_view without_dot_slash(std::string_view s) noexcept {
  while (s.starts_with("./")) {
    s.remove_prefix(2);
    while (s.starts_with('/')) s.remove_prefix(1);
  }
  return s;
}

// `path` has no leading "./" and no trailing '/'; `is_dir` says whether it names a directory.
// With `parents`, true when one of the directories `path` is in matches instead.
bool match_path(std::string_view pat, std::string_view path, bool is_dir, bool parents) noexcept {
  pat = without_dot_slash(pat);
  bool dir_only = false;
  while (!pat.empty() && pat.back() == '/') {
    pat.remove_suffix(1);
    dir_only = true;
  }
  if (dir_only && !is_dir && !parents) return false;
  bool anchored = false;
  while (!pat.empty() && pat.front() == '/') {
    pat.remove_prefix(1);
    anchored = true;
  }
  if (anchored || pat.find('/') != npos) return match_segments(pat, path, parents);
  if (!parents) {
    const std::size_t slash = path.rfind('/');
    return match_segment(pat, slash == npos ? path : path.substr(slash + 1));
  }
  // A base-name pattern covers a path when it matches any segment but the last.
  for (std::size_t pos = 0; next_segment(path, pos) <= path.size(); pos = next_segment(path, pos))
    if (match_segment(pat, segment(path, pos))) return true;
  return false;
}

// Strips the leading "./" and the trailing '/' of a path; returns whether it named a directory.
bool normalize_path(std::string_view& path) noexcept {
  path = without_dot_slash(path);
  bool is_dir = false;
  while (!path.empty() && path.back() == '/') {
    path.remove_suffix(1);
    is_dir = true;
  }
  return is_dir;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) noexcept {
  const bool is_dir = normalize_path(path);
  return match_path(pattern, path, is_dir, false);
}

bool glob_covers(std::string_view pattern, std::string_view path) noexcept {
  const bool is_dir = normalize_path(path);
  return match_path(pattern, path, is_dir, false) || match_path(pattern, path, is_dir, true);
}

bool has_glob_chars(std::string_view s) noexcept {
  return s.find_first_of("*?[") != std::string_view::npos;
}

std::optional<std::string> glob_error(std::string_view pattern) {
  const std::string_view rest = without_dot_slash(pattern);
  if (rest.find_first_not_of('/') == npos) return "it is empty";
  // Segment by segment, as matching reads it: '/' ends a class or an escape.
  for (std::size_t pos = 0; pos <= rest.size(); pos = next_segment(rest, pos)) {
    const std::string_view seg = segment(rest, pos);
    if (seg == "..")
      return "it has a '..' segment, and globs match paths below the configuration's directory";
    for (std::size_t i = 0; i < seg.size(); ++i) {
      if (seg[i] == '[') {
        const std::size_t end = class_end(seg, i);
        if (end == npos) return "it has an unclosed '['";
        i = end - 1;
      } else if (seg[i] == '\\') {
        if (i + 1 < seg.size()) {
          ++i;
        } else if (pos + seg.size() < rest.size()) {
          return "'\\' cannot escape '/', which always separates segments";
        } else {
          return "it ends with a lone '\\'";
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace sailcheck::cli
